package e2e_test

import (
	"compress/gzip"
	"encoding/json"
	"html"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// TestReadableWithoutJavaScript opens the pages that list events with
// scripts off: every event's whole text is on the page that lists it (the
// index, or its year's page on a site too large for one), and no control
// is left that would do nothing.
func TestReadableWithoutJavaScript(t *testing.T) {
	for _, s := range sites {
		t.Run(s.name, func(t *testing.T) {
			ctx := newTab(t, 1280, 900)
			emulate(t, ctx, "light", "")
			if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
				t.Fatal(err)
			}
			byPage := map[string][]siteEvent{}
			for _, e := range siteEvents(t, s) {
				byPage[listingPage(t, s, e)] = append(byPage[listingPage(t, s, e)], e)
			}
			for _, page := range slices.Sorted(maps.Keys(byPage)) {
				browsertest.Do(t, ctx, chromedp.Navigate(s.url(t, page)), chromedp.WaitReady("body"))
				text := browsertest.EvalJS[string](t, ctx, `document.body.innerText.replace(/\s+/g, " ")`)
				for _, e := range byPage[page] {
					for _, part := range append([]string{e.Title, e.Summary}, textRuns(e.HTML)...) {
						if !strings.Contains(text, part) {
							t.Errorf("%s: event %s: the page without JavaScript does not show %.80q", page, e.ID, part)
						}
					}
				}
				controls := browsertest.EvalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('button, input, select, textarea, [role=button]'))
				  .filter(el => el.getClientRects().length > 0).map(el => el.outerHTML.slice(0, 80))`)
				for _, c := range controls {
					t.Errorf("%s: without JavaScript this control does nothing but shows: %s", page, c)
				}
			}
		})
	}
}

type siteEvent struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	Summary string `json:"summary"`
	HTML    string `json:"html"`
}

// siteEvents reads the events from a built site's timeline.json.
func siteEvents(tb testing.TB, s *testSite) []siteEvent {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(s.built(tb), "timeline.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var doc struct{ Events []siteEvent }
	if err := json.Unmarshal(data, &doc); err != nil {
		tb.Fatal(err)
	}
	if len(doc.Events) == 0 {
		tb.Fatal("timeline.json has no events")
	}
	return doc.Events
}

// listingPage returns the page that lists an event in full: its year's
// page when the site has year pages, the index otherwise.
func listingPage(tb testing.TB, s *testSite, e siteEvent) string {
	tb.Helper()
	page := "years/" + strings.SplitN(e.Date, "-", 2)[0] + ".html"
	if _, err := os.Stat(filepath.Join(s.built(tb), page)); err == nil {
		return page
	}
	return "index.html"
}

var (
	tags   = regexp.MustCompile(`<[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
)

// textRuns returns the runs of text between the tags of an event's HTML,
// white space folded, as a browser shows them.
func textRuns(markup string) []string {
	var runs []string
	for _, run := range tags.Split(markup, -1) {
		run = strings.TrimSpace(spaces.ReplaceAllString(html.UnescapeString(run), " "))
		if run != "" {
			runs = append(runs, run)
		}
	}
	return runs
}

// TestReflowAt320px checks that nothing scrolls sideways on a 320 px
// screen, whatever the words, and that an overview too wide for the screen
// scrolls inside its own box.
func TestReflowAt320px(t *testing.T) {
	forEachPage(t, func(t *testing.T, s *testSite, page string) {
		ctx := openPage(t, s, page, 320, 800, "light")
		widths := browsertest.EvalJS[[]int](t, ctx, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`)
		if widths[0] > widths[1] {
			wide := browsertest.EvalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('body *')).filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.overview-scroll')).slice(0, 5).map(el => el.tagName + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 40))`)
			t.Errorf("page is %d px wide in a %d px viewport: it scrolls sideways, because of %q", widths[0], widths[1], wide)
		}
		box := browsertest.EvalJS[struct {
			Found    bool   `json:"found"`
			Scroll   int    `json:"scroll"`
			Client   int    `json:"client"`
			Overflow string `json:"overflow"`
		}](t, ctx, `(() => { const b = document.querySelector('.overview-scroll');
		  return b ? {found: true, scroll: b.scrollWidth, client: b.clientWidth, overflow: getComputedStyle(b).overflowX} : {found: false}; })()`)
		if !box.Found || page != "index.html" {
			return
		}
		if box.Overflow != "auto" && box.Overflow != "scroll" {
			t.Errorf("overview box overflow-x = %q; want it to scroll inside itself", box.Overflow)
		}
		if box.Scroll <= box.Client {
			t.Errorf("overview is %d px in a %d px box: squeezed instead of scrolling (markers would be too small)", box.Scroll, box.Client)
		}
	})
}

// TestOverviewLabelsDoNotOverlap measures the labels of each index's
// overview axis as the browser draws them, at 320 and 1280 px: none may
// overlap another or leave the drawing.
func TestOverviewLabelsDoNotOverlap(t *testing.T) {
	for _, s := range sites {
		for _, width := range []int64{320, 1280} {
			t.Run(s.name+"/"+itoa(int(width)), func(t *testing.T) {
				ctx := openPage(t, s, "index.html", width, 900, "light")
				got := browsertest.EvalJS[struct {
					Labels   []string `json:"labels"`
					Overlaps []string `json:"overlaps"`
				}](t, ctx, `(() => {
				  const svg = document.querySelector('.overview-svg'); const box = svg.getBoundingClientRect();
				  const texts = Array.from(svg.querySelectorAll('.axis text')).map(el => [el.textContent, el.getBoundingClientRect()]);
				  const overlaps = [];
				  texts.forEach(([t, r], i) => {
				    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) overlaps.push(t + ' leaves the drawing');
				    if (i > 0 && r.left < texts[i-1][1].right + 2) overlaps.push(texts[i-1][0] + ' and ' + t);
				  });
				  return {labels: texts.map(([t]) => t), overlaps};
				})()`)
				if len(got.Labels) == 0 {
					t.Fatal("the overview has no axis labels")
				}
				for _, o := range got.Overlaps {
					t.Errorf("axis labels overlap: %s (labels %q)", o, got.Labels)
				}
			})
		}
	}
}

// TestFilterHidesEmptyYears filters the index at a width where years are
// laid out as a grid: a year with no event left shows no heading.
func TestFilterHidesEmptyYears(t *testing.T) {
	ctx := open(t, "index.html", 1280, 900, "light")
	browsertest.Do(t, ctx, chromedp.Click(`.chip[data-filter="operations"]`))
	empty := browsertest.EvalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('.year')).filter(y => y.getClientRects().length > 0 && !Array.from(y.querySelectorAll('.entry')).some(e => e.getClientRects().length > 0)).map(y => y.dataset.year)`)
	if len(empty) > 0 {
		t.Errorf("after filtering, the years %v show with no event", empty)
	}
}

// TestPrintShowsEveryEvent filters each page that lists events, then
// prints: every event is laid out all the same and the controls are
// hidden.
func TestPrintShowsEveryEvent(t *testing.T) {
	for _, s := range sites {
		page := "index.html"
		if s == centuriesSite {
			page = "years/1898.html"
		}
		t.Run(s.name+"/"+page, func(t *testing.T) {
			ctx := openPage(t, s, page, 1280, 900, "light")
			browsertest.EvalJS[bool](t, ctx, `(() => { const c = document.querySelector('.chip:not([data-filter=""])'); if (c) c.click(); return true; })()`)
			emulate(t, ctx, "light", "print")
			got := browsertest.EvalJS[struct {
				Shown    int      `json:"shown"`
				Total    int      `json:"total"`
				Controls []string `json:"controls"`
			}](t, ctx, `({
			  shown: Array.from(document.querySelectorAll('.entry')).filter(e => e.getClientRects().length > 0).length,
			  total: document.querySelectorAll('.entry').length,
			  controls: Array.from(document.querySelectorAll('button, .filter, .skip')).filter(e => e.getClientRects().length > 0 && getComputedStyle(e).position !== 'absolute').map(e => e.className)
			})`)
			if got.Shown != got.Total || got.Total == 0 {
				t.Errorf("printed %d of %d events; want all", got.Shown, got.Total)
			}
			for _, c := range got.Controls {
				t.Errorf("control %q is printed; want controls hidden in print", c)
			}
			pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF())
			if err != nil || len(pdf) < 1000 {
				t.Errorf("printing to PDF: %d bytes, %v", len(pdf), err)
			}
		})
	}
}

// TestIndexWeight keeps the default site's index.html, which needs no other
// request, at most 14 KiB gzipped: one round trip on a slow connection.
func TestIndexWeight(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(builtSite(t), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	zipped := gzipSize(t, data)
	t.Logf("index.html: %d bytes, %d bytes gzipped (limit 14336)", len(data), zipped)
	if zipped > 14*1024 {
		t.Errorf("index.html is %d bytes gzipped; want at most 14336", zipped)
	}
}

func gzipSize(tb testing.TB, data []byte) int {
	tb.Helper()
	var n countingWriter
	zw, _ := gzip.NewWriterLevel(&n, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return int(n)
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
