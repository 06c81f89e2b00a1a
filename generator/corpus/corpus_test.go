package corpus_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/natomongolia/timeline/generator/corpus"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestWriteIsDeterministicAndValid writes the same corpus twice: the files
// must be identical, load without errors, and have the mix of a real
// timeline.
func TestWriteIsDeterministicAndValid(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := corpus.Write(dir, corpus.Options{Events: 300, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(filepath.Join(a, "events"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 300 {
		t.Fatalf("wrote %d event files; want 300", len(entries))
	}
	for _, e := range entries {
		x, _ := os.ReadFile(filepath.Join(a, "events", e.Name()))
		y, err := os.ReadFile(filepath.Join(b, "events", e.Name()))
		if err != nil || string(x) != string(y) {
			t.Fatalf("%s differs between two writes with the same seed", e.Name())
		}
	}

	site, err := testsite.Load(a, load.Options{})
	if err != nil {
		t.Fatalf("the corpus does not load: %v", err)
	}
	precisions := map[edtf.Precision]int{}
	categories := map[string]int{}
	var ranges, ongoing int
	for _, e := range site.Events {
		precisions[e.Date.Precision]++
		categories[e.Category]++
		if !e.End.IsZero() {
			ranges++
		}
		if e.Ongoing {
			ongoing++
		}
	}
	if len(precisions) != 3 || ranges == 0 || ongoing == 0 || len(categories) != len(corpus.Categories) {
		t.Errorf("mix: precisions %v, %d ranges, %d ongoing, categories %v; want all three precisions, some ranges and ongoing events, every category",
			precisions, ranges, ongoing, categories)
	}
}
