package search_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/natomongolia/timeline/generator/search"
)

// TestBuildCachedEqualsBuild builds the index of a set of docs with a
// cache through a series of edits: each time the index must be the bytes
// Build writes, the edited doc's new words found and its old ones gone.
func TestBuildCachedEqualsBuild(t *testing.T) {
	docs := make([]search.Doc, 50)
	keys := make([]string, len(docs))
	for i := range docs {
		docs[i] = search.Doc{ID: fmt.Sprintf("e%d", i), Title: fmt.Sprintf("Event %d of Ulaanbaatar", i), Dates: "2005", URL: fmt.Sprintf("events/e%d.html", i),
			Tags: []string{"kfor"}, Place: "Kosovo", Summary: "A summary.", Body: fmt.Sprintf("Body %d", i)}
		keys[i] = fmt.Sprintf("e%d v1", i)
	}
	cache := search.NewCache()
	for step, edit := range []func(){
		func() {},
		func() { docs[7].Title, keys[7] = "Zanabazar", "e7 v2" },
		func() { docs[7].Body, keys[7] = "Erdenet", "e7 v3" },
		func() { docs = append(docs[:3], docs[4:]...); keys = append(keys[:3], keys[4:]...) },
		func() {},
	} {
		edit()
		cache.Begin()
		got, want := search.BuildCached(docs, keys, cache), search.Build(docs)
		if !bytes.Equal(got, want) {
			t.Fatalf("step %d: the index built with the cache differs from Build's", step)
		}
	}
	index := string(search.Build(docs))
	for _, word := range []string{"zanabazar", "erdenet"} {
		if !bytes.Contains([]byte(index), []byte(word)) {
			t.Errorf("the edited doc's word %q is not in the index", word)
		}
	}
}
