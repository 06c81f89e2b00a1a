package search_test

import (
	"encoding/json"
	"slices"
	"testing"
	"unicode"

	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/search"
)

// folding is what one side makes of a text.
type folding struct {
	Folded string   `json:"folded"`
	Terms  []string `json:"terms"`
}

// foldInBrowser runs texts through search.js's fold and terms.
func foldInBrowser(tb testing.TB, texts []string) []folding {
	tb.Helper()
	ctx, _ := open(tb, writePage(tb, tb.TempDir(), search.Build(nil)))
	in, err := json.Marshal(texts)
	if err != nil {
		tb.Fatal(err)
	}
	return browsertest.EvalJS[[]folding](tb, ctx, `(`+string(in)+`).map(t => ({folded: timelineSearch.fold(t), terms: timelineSearch.terms(t, false)}))`)
}

// TestFoldAgreesWithBrowser runs the texts of TestFold through search.js:
// the browser must fold and split them as Go does.
func TestFoldAgreesWithBrowser(t *testing.T) {
	texts := make([]string, len(foldCases))
	for i, c := range foldCases {
		texts[i] = c.text
	}
	got := foldInBrowser(t, texts)
	for i, c := range foldCases {
		t.Run(c.name, func(t *testing.T) {
			if got[i].Folded != search.Fold(c.text) {
				t.Errorf("search.js fold(%q) = %q, want %q as Go folds it", c.text, got[i].Folded, search.Fold(c.text))
			}
			if want := search.Terms(c.text); !slices.Equal(got[i].Terms, want) {
				t.Errorf("search.js terms(%q) = %q, want %q as Go splits it", c.text, got[i].Terms, want)
			}
		})
	}
}

// TestFoldAgreesWithBrowserOnEveryCharacter folds each character of
// Unicode's first two planes that Go's tables know, alone and between two
// letters, on both sides. Characters newer than Go's Unicode version may
// fold differently: the browser's tables may know them, Go's do not.
func TestFoldAgreesWithBrowserOnEveryCharacter(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x20000; r++ {
		if (r >= 0xd800 && r <= 0xdfff) || !assigned(r) {
			continue
		}
		texts = append(texts, string(r), "a"+string(r)+"b")
	}
	got := foldInBrowser(t, texts)
	differ := 0
	for i, text := range texts {
		want := folding{search.Fold(text), search.Terms(text)}
		if got[i].Folded != want.Folded || !slices.Equal(got[i].Terms, want.Terms) {
			if differ++; differ <= 20 {
				t.Errorf("U+%04X %q: search.js folds it to %q, terms %q; Go to %q, terms %q", []rune(text)[min(1, len([]rune(text))-1)], text, got[i].Folded, got[i].Terms, want.Folded, want.Terms)
			}
		}
	}
	if differ > 20 {
		t.Errorf("… %d texts in all fold differently", differ)
	}
	t.Logf("%d texts folded alike on both sides (Go's Unicode %s)", len(texts)-differ, unicode.Version)
}

// assigned reports whether Go's Unicode tables know r: give it a category
// other than Cn, unassigned.
func assigned(r rune) bool {
	for name, table := range unicode.Categories {
		if name != "Cn" && name != "C" && unicode.Is(table, r) {
			return true
		}
	}
	return false
}
