package search

import "sync"

// termField is a term of a doc with the weightiest field it is in.
type termField struct {
	term  string
	field Field
}

// Cache keeps the terms of docs from one build to the next, by a key the
// caller gives each doc, so that a build after an edit looks again only at
// the docs that changed: finding the terms of 10,000 events costs more
// than the rest of the index. A doc given the same key must have the same
// title, tags, place, summary and body. A Cache is safe for concurrent
// use.
type Cache struct {
	mu sync.Mutex
	// cur holds the terms found or used since Begin, prev those of the
	// build before, which are kept no longer.
	cur, prev map[string][]termField
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{cur: map[string][]termField{}} }

// Begin starts a build: the terms the last build did not use are let go.
func (c *Cache) Begin() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.prev, c.cur = c.cur, map[string][]termField{}
}

// terms returns the terms of d, from the cache under key when it holds
// them, and keeps them there.
func (c *Cache) terms(key string, d *Doc) []termField {
	if c == nil || key == "" {
		return docTerms(d)
	}
	c.mu.Lock()
	tf, ok := c.cur[key]
	if !ok {
		if tf, ok = c.prev[key]; ok {
			c.cur[key] = tf
		}
	}
	c.mu.Unlock()
	if ok {
		return tf
	}
	tf = docTerms(d)
	c.mu.Lock()
	c.cur[key] = tf
	c.mu.Unlock()
	return tf
}

// docTerms returns the terms of a doc, each once, with the weightiest
// field it is in, in no particular order.
func docTerms(d *Doc) []termField {
	best := map[string]Field{}
	add := func(text string, f Field) {
		for _, t := range Terms(text) {
			if have, ok := best[t]; !ok || f < have {
				best[t] = f
			}
		}
	}
	add(d.Title, TitleField)
	for _, tag := range d.Tags {
		add(tag, TagsField)
	}
	add(d.Place, PlaceField)
	add(d.Summary, SummaryField)
	if body := d.Body; body != "" || d.BodyHTML == "" {
		add(body, BodyField)
	} else {
		add(PlainText(d.BodyHTML), BodyField)
	}
	out := make([]termField, 0, len(best))
	for t, f := range best {
		out = append(out, termField{t, f})
	}
	return out
}
