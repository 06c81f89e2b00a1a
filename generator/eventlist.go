package generator

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sync"
)

// partCache keeps the part each event has in the files that list every
// event (feed.xml, timeline.json, timelinejs.json, timeline.ics), rendered
// and minified, so that a session renders again only the parts of the
// events that changed. Unchanged events keep their *Event from build to
// build; a changed one gets a new one.
type partCache struct {
	mu    sync.Mutex
	parts map[partKey]*cachedPart
	// build counts the builds; a part remembers the last that used it.
	build int
}

// partKey names the part of an event in a file. Context holds what else
// the part depends on and may change without the event changing.
type partKey struct {
	file    string
	event   *Event
	context string
}

type cachedPart struct {
	data []byte
	used int
}

func newPartCache() *partCache { return &partCache{parts: map[partKey]*cachedPart{}} }

// next starts a build.
func (c *partCache) next() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.build++
}

// prune drops the parts the last build did not use: those of events that
// changed or went, and those made in another context.
func (c *partCache) prune() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for key, part := range c.parts {
		if part.used != c.build {
			delete(c.parts, key)
		}
	}
}

func (c *partCache) get(key partKey) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	part := c.parts[key]
	if part == nil {
		return nil
	}
	part.used = c.build
	return part.data
}

func (c *partCache) put(key partKey, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.parts[key] = &cachedPart{data: data, used: c.build}
}

// splitShell splits shell, a whole file with no events, where its events
// go: at the last marker, plus offset.
func splitShell(file string, shell []byte, marker string, offset int) (head, tail []byte, err error) {
	at := bytes.LastIndex(shell, []byte(marker))
	if at < 0 {
		return nil, nil, fmt.Errorf("%s: no %q to list the events in", file, marker)
	}
	return shell[:at+offset], shell[at+offset:], nil
}

// eventList renders a file that lists every event between head and tail,
// which are minified: each event's part comes from part, minified, in
// timeline order, joined by sep. Parts come from the renderer's cache when
// it has one, or from the previous output in a build with a build cache;
// context is what they depend on besides their events. The file is head,
// the parts and tail as pieces, never joined.
func (r *renderer) eventList(file string, head, tail []byte, sep, context string, part func(*Event) ([]byte, error)) (Pieces, error) {
	pieces := make(Pieces, 0, 2*len(r.site.Events)+1)
	pieces = append(pieces, head)
	separator := []byte(sep)
	var lens []int
	if r.lists != nil {
		lens = make([]int, 0, len(r.site.Events))
	}
	for i, e := range r.site.Events {
		key := partKey{file: file, event: e, context: context}
		var data []byte
		if r.parts != nil {
			data = r.parts.get(key)
		}
		if data == nil {
			data = r.lists.take(file, context, e)
		}
		if data == nil {
			rendered, err := part(e)
			if err != nil {
				return nil, err
			}
			if data, err = minifyOwnFile(file, rendered); err != nil {
				return nil, fmt.Errorf("minify %s: %w", file, err)
			}
			if r.parts != nil {
				r.parts.put(key, data)
			}
		}
		if i > 0 && sep != "" {
			pieces = append(pieces, separator)
		}
		pieces = append(pieces, data)
		if lens != nil {
			lens = append(lens, len(data))
		}
	}
	r.lists.done(file, listRecord{context: context, head: len(head), sep: len(sep), lens: lens})
	return append(pieces, tail), nil
}

// xmlShell returns the XML of doc, a whole file with no events, with its
// declaration and minified, split before closing, its end tag, where its
// events go.
func xmlShell(file string, doc any, closing string) (head, tail []byte, err error) {
	shell, err := xml.Marshal(doc)
	if err != nil {
		return nil, nil, err
	}
	if shell, err = minifyFile(file, append([]byte(xml.Header), shell...)); err != nil {
		return nil, nil, err
	}
	return splitShell(file, shell, closing, 0)
}

// xmlParts marshals the parts of a list file one after another with one
// encoder: xml.Marshal makes an encoder, with a 4 KB buffer, every call.
type xmlParts struct {
	buf bytes.Buffer
	enc *xml.Encoder
}

func newXMLParts() *xmlParts {
	p := new(xmlParts)
	p.enc = xml.NewEncoder(&p.buf)
	return p
}

// marshal returns the XML encoding of v, as xml.Marshal does.
func (p *xmlParts) marshal(v any) ([]byte, error) {
	p.buf.Reset()
	if err := p.enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.Clone(p.buf.Bytes()), nil
}
