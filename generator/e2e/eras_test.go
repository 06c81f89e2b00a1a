package e2e_test

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// TestEraLabelsDoNotOverlap measures the labels of the eras on the eras
// site's overview as the browser draws them, at 320 and 1280 px, with the
// line of the present day: none may overlap another or leave the drawing.
func TestEraLabelsDoNotOverlap(t *testing.T) {
	for _, width := range []int64{320, 1280} {
		t.Run(itoa(int(width)), func(t *testing.T) {
			ctx := openPage(t, erasSite, "index.html", width, 900, "light")
			got := browsertest.EvalJS[struct {
				Labels   []string `json:"labels"`
				Overlaps []string `json:"overlaps"`
			}](t, ctx, `(() => {
			  const svg = document.querySelector('.overview-svg'); const box = svg.getBoundingClientRect();
			  const texts = Array.from(svg.querySelectorAll('.era text, .today text')).map(el => [el.textContent, el.getBoundingClientRect()]);
			  const overlaps = [];
			  texts.forEach(([t, r], i) => {
			    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) overlaps.push(t + ' leaves the drawing');
			    texts.slice(i + 1).forEach(([u, s]) => {
			      if (r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom) overlaps.push(t + ' and ' + u);
			    });
			  });
			  return {labels: texts.map(([t]) => t), overlaps};
			})()`)
			if len(got.Labels) < 8 {
				t.Fatalf("the overview has the era labels %q; want the 8 eras'", got.Labels)
			}
			for _, o := range got.Overlaps {
				t.Errorf("labels overlap: %s (labels %q)", o, got.Labels)
			}
		})
	}
}

// fakeToday makes the tab's clock read the given day, at noon, for every
// page it opens from now on: the page's script reads the present day from
// Date.
func fakeToday(tb testing.TB, ctx context.Context, year, month, day int) {
	tb.Helper()
	script := `(() => { const now = new Date(` + itoa(year) + `, ` + itoa(month-1) + `, ` + itoa(day) + `, 12).getTime(); const D = Date;
	  window.Date = class extends D { constructor(...a) { super(...(a.length ? a : [now])); } static now() { return now; } }; })()`
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
		tb.Fatal(err)
	}
}

// todayLine returns the line of the present day the page drew, if any:
// where it stands, its label, and the name it has for assistive
// technology; and the overview's scale (its data-today).
type todayLine struct {
	Drawn bool    `json:"drawn"`
	X     float64 `json:"x"`
	Label string  `json:"label"`
	Name  string  `json:"name"`
	Scale string  `json:"scale"`
	// BeforeMarks tells that it is drawn behind every mark.
	BeforeMarks bool `json:"beforeMarks"`
}

const readTodayLine = `(() => {
  const svg = document.querySelector('.overview-svg'); const g = svg.querySelector('.today');
  const first = svg.querySelector(':scope > .item');
  return g ? {drawn: true, x: +g.querySelector('line').getAttribute('x1'), label: g.querySelector('text').textContent,
    name: g.getAttribute('aria-label'), scale: svg.getAttribute('data-today'),
    beforeMarks: !!first && !!(g.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)}
    : {drawn: false, scale: svg.getAttribute('data-today') || ''};
})()`

// xOfDay returns where the middle of a day lies by the overview's scale.
func xOfDay(tb testing.TB, scale string, d edtf.Day) float64 {
	tb.Helper()
	f := strings.Fields(scale)
	if len(f) != 6 {
		tb.Fatalf("data-today %q: want six numbers", scale)
	}
	n := make([]float64, 6)
	for i := range f {
		n[i], _ = strconv.ParseFloat(f[i], 64)
	}
	day := float64(d.Number()) + 0.5
	return n[2] + (n[3]-n[2])*(day-n[0])/(n[1]-n[0])
}

// TestTodayLine opens the overviews on given days, as their script reads
// the clock: the eras site's, whose axis runs past 2030, draws the line of
// the present day where the day lies on its scale, behind the marks,
// labelled and named with the date, whatever the day the page was built
// on; a day beyond the axis draws none, and neither does the default
// site's overview, which ends in 2015, today; nor a page without
// JavaScript.
func TestTodayLine(t *testing.T) {
	for _, tt := range []struct {
		name             string
		site             *testSite
		year, month, day int
		drawn            bool
	}{
		{"eras site, 2031", erasSite, 2031, 6, 15, true},
		{"eras site, 1000", erasSite, 1000, 1, 1, true},
		{"eras site, beyond the axis", erasSite, 2150, 1, 1, false},
		{"default site, its present", defaultSite, 2010, 3, 1, true},
		{"default site, beyond the axis", defaultSite, 2030, 1, 1, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := newTab(t, 1280, 900)
			emulate(t, ctx, "light", "")
			fakeToday(t, ctx, tt.year, tt.month, tt.day)
			browsertest.Do(t, ctx, chromedp.Navigate(tt.site.url(t, "index.html")), chromedp.WaitReady("body"))
			got := browsertest.EvalJS[todayLine](t, ctx, readTodayLine)
			if got.Drawn != tt.drawn {
				t.Fatalf("line drawn: %v, want %v (data-today %q)", got.Drawn, tt.drawn, got.Scale)
			}
			if !got.Drawn {
				return
			}
			if want := xOfDay(t, got.Scale, edtf.Day{Year: tt.year, Month: tt.month, Day: tt.day}); math.Abs(got.X-want) > 0.01 {
				t.Errorf("the line stands at %.2f, want %.2f", got.X, want)
			}
			if got.Label != "Today" || !strings.HasPrefix(got.Name, "Today, ") || !strings.Contains(got.Name, itoa(tt.year)) {
				t.Errorf("label %q, name %q; want Today, and a name with the date", got.Label, got.Name)
			}
			if !got.BeforeMarks {
				t.Error("the line is drawn over the marks; want it behind them")
			}
		})
	}
	t.Run("the real present, and none in the page as built", func(t *testing.T) {
		ctx := openPage(t, erasSite, "index.html", 1280, 900, "light")
		if got := browsertest.EvalJS[todayLine](t, ctx, readTodayLine); !got.Drawn {
			t.Errorf("no line on the eras site today, %s; want one (data-today %q)", time.Now().Format("2006-01-02"), got.Scale)
		}
		data, err := os.ReadFile(filepath.Join(erasSite.built(t), "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), `class="today"`) || strings.Contains(string(data), "class=today") {
			t.Error("the page as built has a line of the present day; want it drawn only by the script")
		}
	})
}

// TestTimelineJSShowsTheEras loads the eras site's timelinejs.json into
// the real TimelineJS viewer: each era becomes one of its eras, with its
// headline, and TimelineJS reports no error.
func TestTimelineJSShowsTheEras(t *testing.T) {
	tl := timelineJSDir(t)
	data, err := os.ReadFile(filepath.Join(erasSite.built(t), "timelinejs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Eras []struct {
			Text struct{ Headline string } `json:"text"`
		} `json:"eras"`
	}
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.Eras) != 8 {
		t.Fatalf("timelinejs.json: %d eras, %v; want 8", len(doc.Eras), err)
	}
	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(tl))))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		page := strings.Replace(viewerPage, `<script src="tl/js`, `<script type="application/json" id="data">`+strings.ReplaceAll(string(data), "</", `<\/`)+`</script><script src="tl/js`, 1)
		w.Write([]byte(page))
	})
	ctx := newTab(t, 1100, 700)
	browsertest.Do(t, ctx, chromedp.Navigate(listen(t, mux)), chromedp.WaitReady("body"))
	var eras []string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if eras = browsertest.EvalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('.tl-timeera')).map(e => e.textContent.trim())`); len(eras) >= len(doc.Eras) {
			break
		}
	}
	if len(eras) != len(doc.Eras) {
		t.Fatalf("TimelineJS drew the eras %q; want %d", eras, len(doc.Eras))
	}
	for i, e := range doc.Eras {
		if !strings.Contains(eras[i], e.Text.Headline) {
			t.Errorf("era %d: TimelineJS shows %q, want %q", i, eras[i], e.Text.Headline)
		}
	}
	if errs := browsertest.EvalJS[string](t, ctx, `(document.querySelector('.tl-message-content') || {}).textContent || ""`); strings.Contains(strings.ToLower(errs), "error") {
		t.Errorf("TimelineJS reports: %s", errs)
	}
}
