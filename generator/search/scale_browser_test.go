package search_test

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/search"
)

// TestSearchCorpus searches synthetic sites of 2,000 and 10,000 events
// from file:// with the keyboard alone: the field is reached with Tab,
// the index loads, and for each query the page shows and announces the
// count of the events that hold its words, and lists the first 50;
// nothing but files is requested and nothing breaks the
// Content-Security-Policy. BenchmarkSearchKeystroke measures how fast.
func TestSearchCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it writes, loads and searches 12,000 events")
	}
	browsertest.Need(t, browsertest.Chromium() != "", "Chromium is not installed (apt-get install chromium)")
	queries := []string{"event 42", "place 17 peace", "p", "kosovo"}
	for _, n := range []int{2000, 10000} {
		t.Run("events="+itoa(n), func(t *testing.T) {
			docs := corpusDocs(t, n)
			ref := referenceOf(docs)
			ctx, w := open(t, writePage(t, t.TempDir(), search.Build(docs)))
			browsertest.EvalJS[bool](t, ctx, recordViolations)
			browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Tab))
			for _, query := range queries {
				found := ref.count(query)
				browsertest.Do(t, ctx, chromedp.KeyEvent(query))
				want := countText(found)
				if got := waitStatus(t, ctx, want); got != want {
					t.Errorf("after typing %q the live region reads %q; want %q", query, got, want)
				}
				if got := shownCount(t, ctx); got != want+" (hidden from screen readers)" {
					t.Errorf("after typing %q the page shows the count %q; want %q", query, got, want)
				}
				if got := len(results(t, ctx)); got != min(found, 50) {
					t.Errorf("after typing %q the list shows %d results; want %d", query, got, min(found, 50))
				}
				browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Escape))
			}
			if v := browsertest.EvalJS[[]string](t, ctx, `violations`); len(v) > 0 {
				t.Errorf("Content-Security-Policy violations: %q", v)
			}
			w.check(t)
		})
	}
}

// countText is what the test page says of n events found.
func countText(n int) string {
	switch {
	case n == 0:
		return "No events found"
	case n == 1:
		return "1 event found"
	case n > 50:
		return thousands(n) + " events found (the first 50 shown)"
	}
	return itoa(n) + " events found"
}

// thousands writes n ≥ 0 with a comma between groups of three digits, as
// Intl.NumberFormat does in English.
func thousands(n int) string {
	if n < 1000 {
		return itoa(n)
	}
	return thousands(n/1000) + fmt.Sprintf(",%03d", n%1000)
}
