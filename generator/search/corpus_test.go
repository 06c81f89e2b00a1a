package search_test

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/corpus"
	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/search"
)

// The synthetic sites of generator/corpus are loaded once per test run
// and size, since writing and loading 10,000 events takes seconds.
var (
	corpusMu    sync.Mutex
	corpusSites = map[int][]search.Doc{}
)

// corpusDocs writes a synthetic site of n events, loads it as a build
// does, and returns its events as docs, with the text a build indexes.
func corpusDocs(tb testing.TB, n int) []search.Doc {
	tb.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if docs, ok := corpusSites[n]; ok {
		return docs
	}
	dir, err := os.MkdirTemp("", "timeline-search-corpus-")
	if err != nil {
		tb.Fatal(err)
	}
	defer os.RemoveAll(dir)
	site := filepath.Join(dir, "site")
	if err := corpus.Write(site, corpus.Options{Events: n, Seed: 1}); err != nil {
		tb.Fatal(err)
	}
	res, err := load.Site(site, load.Options{})
	if err != nil {
		tb.Fatalf("loading %d events: %v", n, err)
	}
	dates := datefmt.English()
	docs := make([]search.Doc, len(res.Site.Events))
	for i, e := range res.Site.Events {
		docs[i] = eventDoc(e, dates)
	}
	corpusSites[n] = docs
	return docs
}

// eventDoc returns the doc of an event as a build makes it: its dates as
// its page shows them, its URL from the site root, and the text of its
// rendered body.
func eventDoc(e *content.Event, dates *datefmt.Formatter) search.Doc {
	shown := e.Display
	if shown == "" {
		shown = dates.Span(e.Date, e.End, e.Ongoing, e.EndUnknown).String()
	}
	return search.Doc{
		ID: e.ID, Title: e.Title, Dates: shown, URL: "events/" + e.ID + ".html",
		Tags: e.Tags, Place: e.Place, Summary: e.Summary, Body: search.PlainText(string(e.HTML)),
	}
}

// eventsText returns the text the docs index: their titles, tags, places,
// summaries and bodies, one field a line.
func eventsText(docs []search.Doc) []byte {
	var b bytes.Buffer
	for _, d := range docs {
		b.WriteString(strings.Join(append([]string{d.Title, d.Place, d.Summary, d.Body}, d.Tags...), "\n"))
		b.WriteString("\n")
	}
	return b.Bytes()
}

// gzipped returns the size of data gzipped as a web server would, at the
// default level.
func gzipped(tb testing.TB, data []byte) int {
	tb.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Len()
}

// reference finds events without the index, to check what search.js
// finds: it holds the sorted terms of each doc.
type reference [][]string

// referenceOf returns the reference of docs.
func referenceOf(docs []search.Doc) reference {
	r := make(reference, len(docs))
	for i, d := range docs {
		var terms []string
		for _, field := range append([]string{d.Title, d.Place, d.Summary, d.Body}, d.Tags...) {
			terms = append(terms, search.Terms(field)...)
		}
		slices.Sort(terms)
		r[i] = slices.Compact(terms)
	}
	return r
}

// count returns how many docs hold every word of the query, each as the
// prefix of a word of theirs.
func (r reference) count(query string) int {
	words := search.Terms(query)
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, terms := range r {
		if !slices.ContainsFunc(words, func(w string) bool {
			at, _ := slices.BinarySearch(terms, w)
			return at == len(terms) || !strings.HasPrefix(terms[at], w)
		}) {
			n++
		}
	}
	return n
}
