package browsertest_test

import (
	"compress/gzip"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestReadableWithoutJavaScript opens the index with scripts off: every
// event's whole text is on the page, and no control is left that would do
// nothing.
func TestReadableWithoutJavaScript(t *testing.T) {
	ctx := newTab(t, 1280, 900)
	emulate(t, ctx, "light", "")
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(fileURL(t, "index.html")), chromedp.WaitReady("body"))
	text := evalJS[string](t, ctx, `document.body.innerText.replace(/\s+/g, " ")`)
	for _, e := range siteEvents(t) {
		for _, part := range append([]string{e.Title, e.Summary}, textRuns(e.HTML)...) {
			if !strings.Contains(text, part) {
				t.Errorf("event %s: the page without JavaScript does not show %.80q", e.ID, part)
			}
		}
	}
	controls := evalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('button, input, select, textarea, [role=button]'))
	  .filter(el => el.getClientRects().length > 0).map(el => el.outerHTML.slice(0, 80))`)
	for _, c := range controls {
		t.Errorf("without JavaScript this control does nothing but shows: %s", c)
	}
}

type siteEvent struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	HTML    string `json:"html"`
}

// siteEvents reads the events from the built site's timeline.json.
func siteEvents(tb testing.TB) []siteEvent {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(builtSite(tb), "timeline.json"))
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
// screen, and that the overview scrolls inside its own box.
func TestReflowAt320px(t *testing.T) {
	for _, page := range pages {
		t.Run(page, func(t *testing.T) {
			ctx := open(t, page, 320, 800, "light")
			widths := evalJS[[]int](t, ctx, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`)
			if widths[0] > widths[1] {
				t.Errorf("page is %d px wide in a %d px viewport: it scrolls sideways", widths[0], widths[1])
			}
			if page != "index.html" {
				return
			}
			box := evalJS[struct {
				Scroll   int    `json:"scroll"`
				Client   int    `json:"client"`
				Overflow string `json:"overflow"`
			}](t, ctx, `(() => { const b = document.querySelector('.overview-scroll');
			  return {scroll: b.scrollWidth, client: b.clientWidth, overflow: getComputedStyle(b).overflowX}; })()`)
			if box.Overflow != "auto" && box.Overflow != "scroll" {
				t.Errorf("overview box overflow-x = %q; want it to scroll inside itself", box.Overflow)
			}
			if box.Scroll <= box.Client {
				t.Errorf("overview is %d px in a %d px box: squeezed instead of scrolling (markers would be too small)", box.Scroll, box.Client)
			}
		})
	}
}

// TestPrintShowsEveryEvent filters the index, then prints: every event is
// laid out all the same and the controls are hidden.
func TestPrintShowsEveryEvent(t *testing.T) {
	ctx := open(t, "index.html", 1280, 900, "light")
	do(t, ctx, chromedp.Click(`.chip[data-filter="operations"]`))
	if shown := evalJS[int](t, ctx, `Array.from(document.querySelectorAll('.entry')).filter(e => e.getClientRects().length > 0).length`); shown != 2 {
		t.Fatalf("on screen after filtering: %d events; want 2", shown)
	}
	emulate(t, ctx, "light", "print")
	got := evalJS[struct {
		Shown    int      `json:"shown"`
		Total    int      `json:"total"`
		Controls []string `json:"controls"`
	}](t, ctx, `({
	  shown: Array.from(document.querySelectorAll('.entry')).filter(e => e.getClientRects().length > 0).length,
	  total: document.querySelectorAll('.entry').length,
	  controls: Array.from(document.querySelectorAll('button, .filter, .skip')).filter(e => e.getClientRects().length > 0 && getComputedStyle(e).position !== 'absolute').map(e => e.className)
	})`)
	if got.Shown != got.Total || got.Total != 7 {
		t.Errorf("printed %d of %d events; want all 7", got.Shown, got.Total)
	}
	for _, c := range got.Controls {
		t.Errorf("control %q is printed; want controls hidden in print", c)
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF())
	if err != nil || len(pdf) < 1000 {
		t.Errorf("printing to PDF: %d bytes, %v", len(pdf), err)
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
