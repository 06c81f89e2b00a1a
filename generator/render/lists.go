package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"path"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/natomongolia/timeline/generator/output"
)

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
// which are minified: the part of the ith event comes from part, minified
// unless
// it is JSON (written compact already), in timeline order, joined by sep.
// Parts come from the renderer's Parts when it holds them, made in the
// same context: what they depend on besides their events. The file is
// head, the parts and tail as pieces, never joined.
func (r *renderer) eventList(file string, head, tail []byte, sep, context string, part func(i int, e *content.Event) ([]byte, error)) (output.Pieces, error) {
	pieces := make(output.Pieces, 0, 2*len(r.site.Events)+1)
	pieces = append(pieces, head)
	separator := []byte(sep)
	lens := make([]int, 0, len(r.site.Events))
	var shown [][sha256.Size]byte
	var parts List
	if r.parts != nil {
		parts = r.parts.List(r.folder+file, context)
	}
	for i, e := range r.site.Events {
		var data []byte
		var ok bool
		if parts != nil {
			data, ok = parts.Part(e, r.version(e))
		}
		if !ok {
			rendered, err := part(i, e)
			if err != nil {
				return nil, err
			}
			data = rendered
			if path.Ext(file) != ".json" {
				if data, err = minify.OwnFile(file, rendered); err != nil {
					return nil, fmt.Errorf("minify %s: %w", file, err)
				}
			}
			if parts != nil {
				parts.Put(e, r.version(e), data)
			}
		}
		if i > 0 && sep != "" {
			pieces = append(pieces, separator)
		}
		pieces = append(pieces, data)
		lens = append(lens, len(data))
		if r.folder != "" {
			shown = append(shown, r.version(e))
		}
	}
	if parts != nil {
		parts.Done(ListLayout{Context: context, Head: len(head), Sep: len(sep), Lens: lens, Shown: shown})
	}
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
	if shell, err = minify.File(file, append([]byte(xml.Header), shell...)); err != nil {
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

// jsonShell returns the JSON of doc, whose last field is an empty list of
// events, split where the events go. encoding/json writes it compact.
func jsonShell(file string, doc any) (head, tail []byte, err error) {
	shell, err := json.Marshal(doc)
	if err != nil {
		return nil, nil, err
	}
	return splitShell(file, shell, "[]", 1)
}
