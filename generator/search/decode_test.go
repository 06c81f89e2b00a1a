package search_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/search"
)

// decoded is an index file read back: what search.js reads of it.
type decoded struct {
	V        int      `json:"v"`
	IDs      []string `json:"id"`
	Titles   []string `json:"title"`
	Dates    []string `json:"date"`
	URL      []string `json:"url"`
	URLs     []string `json:"urls"`
	Terms    string   `json:"terms"`
	Postings string   `json:"postings"`

	// postings maps each term to its documents, each with the weightiest
	// field it is in.
	postings map[string][]hit
}

// hit is a document a term is found in.
type hit struct {
	Doc   int
	Field search.Field
}

// decode reads an index file as search.js does, and fails tb when it is
// not one.
func decode(tb testing.TB, file []byte) *decoded {
	tb.Helper()
	start := "\ufeffwindow." + search.GlobalName + "="
	if !bytes.HasPrefix(file, []byte(start)) || !bytes.HasSuffix(file, []byte(";\n")) {
		tb.Fatalf("index file starts %.40q and ends %q; want %q … \";\\n\"", file, file[max(0, len(file)-4):], start)
	}
	var d decoded
	if err := json.Unmarshal(file[len(start):len(file)-2], &d); err != nil {
		tb.Fatalf("index file: %v", err)
	}
	terms, lists := strings.Split(d.Terms, " "), strings.Split(d.Postings, " ")
	if len(terms) != len(lists) {
		tb.Fatalf("%d terms and %d posting lists; want as many", len(terms), len(lists))
	}
	d.postings = map[string][]hit{}
	for i, t := range terms {
		doc, v := -1, 0
		for _, c := range []byte(lists[i]) {
			switch {
			case c >= ']' && c <= '|':
				v = v*32 + int(c-']')
				doc += v/5 + 1
				d.postings[t] = append(d.postings[t], hit{doc, search.Field(v % 5)})
				v = 0
			case c >= '#' && c <= 'B':
				v = v*32 + int(c-'#')
			default:
				tb.Fatalf("posting list of %q holds %q; want only '#'…'B' and ']'…'|'", t, c)
			}
		}
	}
	return &d
}

// url returns the URL of the ith document as search.js makes it.
func (d *decoded) url(i int) string {
	if d.URL != nil {
		return d.URL[0] + d.IDs[i] + d.URL[1]
	}
	return d.URLs[i]
}
