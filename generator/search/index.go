package search

import (
	"bytes"
	"cmp"
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/internal/parallel"
)

// Doc is one event as the search finds and shows it.
type Doc struct {
	// ID is the event's id.
	ID string
	// Title is the result's link text, and the text indexed first.
	Title string
	// Dates are the event's dates as its page shows them, in plain text
	// ("December 2005 – March 2007").
	Dates string
	// URL is where the result leads, from the site root
	// ("events/2005-12-kfor.html", "years/2005.html#2005-12-kfor").
	URL string
	// Tags, Place, Summary and Body are the rest of the text indexed, in
	// plain text: PlainText turns a rendered body into it.
	Tags                 []string
	Place, Summary, Body string
	// BodyHTML, when Body is empty, is the body as HTML, made text by
	// PlainText only when its terms are not cached.
	BodyHTML string
}

// Field is a part of an event the index tells a term was found in, in
// the order of their weight in the ranking: a term in the title counts
// most, one in the body least.
type Field uint8

// The fields of an event, weightiest first.
const (
	TitleField Field = iota
	TagsField
	PlaceField
	SummaryField
	BodyField
	fieldCount
)

// IndexVersion is the version of the index format Build writes and
// search.js reads (the "v" of the index).
const IndexVersion = 1

// IndexFile is the name of the index file Build writes, which a build
// puts at the root of each language's site; the placeholder's data-index
// leads to it from the page.
const IndexFile = "search-index.js"

// GlobalName is the global variable the index file assigns.
const GlobalName = "timelineSearchIndex"

// index is the index as the file holds it; the package doc describes
// each member.
type index struct {
	V        int      `json:"v"`
	IDs      []string `json:"id"`
	Titles   []string `json:"title"`
	Dates    []string `json:"date"`
	URL      []string `json:"url,omitempty"`
	URLs     []string `json:"urls,omitempty"`
	Terms    string   `json:"terms"`
	Postings string   `json:"postings"`
}

// Build returns the index file of docs, search-index.js: a script that
// assigns the index to window.timelineSearchIndex. Results are numbered
// and ranked ties broken in the order of docs, which should be the
// timeline's. The same docs give the same bytes.
func Build(docs []Doc) []byte { return BuildCached(docs, nil, nil) }

// BuildCached is Build, taking the terms of each doc from cache under its
// key in keys (the same length as docs) when the cache holds them, and
// finding the others on every CPU. A nil cache keeps nothing.
func BuildCached(docs []Doc, keys []string, cache *Cache) []byte {
	ix := index{V: IndexVersion, IDs: make([]string, len(docs)), Titles: make([]string, len(docs)), Dates: make([]string, len(docs))}
	for i, d := range docs {
		ix.IDs[i], ix.Titles[i], ix.Dates[i] = d.ID, d.Title, d.Dates
	}
	if prefix, suffix, ok := urlPattern(docs); ok {
		ix.URL = []string{prefix, suffix}
	} else {
		ix.URLs = make([]string, len(docs))
		for i, d := range docs {
			ix.URLs[i] = d.URL
		}
	}
	postings := collect(docs, keys, cache)
	terms := make([]string, 0, len(postings))
	for t := range postings {
		terms = append(terms, t)
	}
	slices.SortFunc(terms, compareUTF16)
	ix.Terms = strings.Join(terms, " ")
	var b []byte
	for i, t := range terms {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendPostings(b, postings[t])
	}
	ix.Postings = string(b)

	var out bytes.Buffer
	// A byte order mark makes browsers read the file as UTF-8 whatever
	// charset a server sends with it.
	out.WriteString("\ufeffwindow." + GlobalName + "=")
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(ix) // strings and slices of them always encode
	out.Truncate(out.Len() - 1)
	out.WriteString(";\n")
	return out.Bytes()
}

// posting is a document a term is found in, and the weightiest field it
// is found in there.
type posting struct {
	doc   int
	field Field
}

// collect returns the postings of each term of docs, in the order of
// docs.
func collect(docs []Doc, keys []string, cache *Cache) map[string][]posting {
	terms := make([][]termField, len(docs))
	_ = parallel.ForEach(len(docs), func(i int) error {
		key := ""
		if keys != nil {
			key = keys[i]
		}
		terms[i] = cache.terms(key, &docs[i])
		return nil
	})
	postings := map[string][]posting{}
	for i, tf := range terms {
		for _, t := range tf {
			postings[t.term] = append(postings[t.term], posting{doc: i, field: t.field})
		}
	}
	return postings
}

// urlPattern reports whether every doc's URL is prefix + ID + suffix, and
// with which prefix and suffix.
func urlPattern(docs []Doc) (prefix, suffix string, ok bool) {
	if len(docs) == 0 || docs[0].ID == "" {
		return "", "", false
	}
	at := strings.Index(docs[0].URL, docs[0].ID)
	if at < 0 {
		return "", "", false
	}
	prefix, suffix = docs[0].URL[:at], docs[0].URL[at+len(docs[0].ID):]
	for _, d := range docs {
		if d.URL != prefix+d.ID+suffix {
			return "", "", false
		}
	}
	return prefix, suffix, true
}

// compareUTF16 orders strings as JavaScript compares them: by UTF-16 code
// unit, which differs from Go's byte order for characters above U+FFFF.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return cmp.Compare(utf16Order(ra), utf16Order(rb))
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}

// utf16Order returns a key that orders runes as their UTF-16 encodings:
// the characters above U+FFFF, written with surrogates, come between
// U+D7FF and U+E000.
func utf16Order(r rune) rune {
	switch {
	case r >= 0x10000:
		return 0xd800 + r - 0x10000
	case r >= 0xe000:
		return r + 0x100000
	}
	return r
}
