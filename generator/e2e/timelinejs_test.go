package e2e_test

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// timelineJSDir returns the folder of Knight Lab's TimelineJS, which
// .ci/package.json installs.
func timelineJSDir(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(repoRoot, ".ci", "node_modules", "@knight-lab", "timelinejs", "dist")
	_, err := os.Stat(filepath.Join(dir, "js", "timeline.js"))
	browsertest.Need(tb, err == nil, "TimelineJS is not installed at "+dir+" (npm install --prefix .ci)")
	return dir
}

// viewerPage loads TimelineJS with a timeline given as JSON.
const viewerPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Viewer</title>
<link rel="stylesheet" href="tl/css/timeline.css"></head><body>
<div id="timeline" style="width: 1000px; height: 600px"></div>
<script src="tl/js/timeline.js"></script>
<script>window.tl = new TL.Timeline("timeline", JSON.parse(document.getElementById("data").textContent));</script>
</body></html>`

// TestTimelineJSLoadsTheExport loads the ages site's timelinejs.json into
// the real TimelineJS viewer: every event becomes a slide, and the years
// before 1 are the ones TimelineJS shows as BCE. Where the export gives no
// display_date, TimelineJS writes the date itself: 490 BCE must read so.
func TestTimelineJSLoadsTheExport(t *testing.T) {
	tl := timelineJSDir(t)
	data, err := os.ReadFile(filepath.Join(agesSite.built(t), "timelinejs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	// Let TimelineJS write the dates of the events it can.
	var raw map[string]any
	json.Unmarshal(data, &raw)
	for _, e := range raw["events"].([]any) {
		delete(e.(map[string]any), "display_date")
	}
	bare, _ := json.Marshal(raw)
	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(tl))))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		page := strings.Replace(viewerPage, `<script src="tl/js`, `<script type="application/json" id="data">`+strings.ReplaceAll(string(bare), "</", `<\/`)+`</script><script src="tl/js`, 1)
		w.Write([]byte(page))
	})
	base := listen(t, mux)
	ctx := newTab(t, 1100, 700)
	browsertest.Do(t, ctx, chromedp.Navigate(base), chromedp.WaitReady("body"))
	deadline := time.Now().Add(20 * time.Second)
	var slides int
	for time.Now().Before(deadline) {
		if slides = browsertest.EvalJS[int](t, ctx, `document.querySelectorAll('.tl-slide').length`); slides > len(doc.Events) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if slides < len(doc.Events)+1 {
		t.Fatalf("TimelineJS made %d slides of %d events and a title", slides, len(doc.Events))
	}
	dates := browsertest.EvalJS[[]string](t, ctx, `Array.from(document.querySelectorAll('.tl-slide .tl-headline-date')).map(e => e.textContent.trim())`)
	joined := strings.Join(dates, " | ")
	for _, want := range []string{"490 BCE", "2024"} {
		if !strings.Contains(joined, want) {
			t.Errorf("TimelineJS shows the dates %q; want one reading %q", joined, want)
		}
	}
	if errs := browsertest.EvalJS[string](t, ctx, `(document.querySelector('.tl-message-content') || {}).textContent || ""`); strings.Contains(strings.ToLower(errs), "error") {
		t.Errorf("TimelineJS reports: %s", errs)
	}
}

// TestTimelineJSShowsTheMedia loads the gallery's timelinejs.json into the
// real TimelineJS viewer, served beside the gallery's output: the slides
// of events with a lead picture show it, from the site's media/ folder,
// with its alt text, caption and credit.
func TestTimelineJSShowsTheMedia(t *testing.T) {
	tl := timelineJSDir(t)
	out := gallerySite.built(t)
	data, err := os.ReadFile(filepath.Join(out, "timelinejs.json"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(tl))))
	site := http.FileServer(http.Dir(out))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			site.ServeHTTP(w, r)
			return
		}
		page := strings.Replace(viewerPage, `<script src="tl/js`, `<script type="application/json" id="data">`+strings.ReplaceAll(string(data), "</", `<\/`)+`</script><script src="tl/js`, 1)
		w.Write([]byte(page))
	})
	base := listen(t, mux)
	ctx := newTab(t, 1100, 700)
	browsertest.Do(t, ctx, chromedp.Navigate(base), chromedp.WaitReady("body"))
	type picture struct{ Src, Alt, Caption, Credit string }
	var pictures []picture
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		// TimelineJS draws a slide's media when the slide comes near: go
		// through them all.
		pictures = browsertest.EvalJS[[]picture](t, ctx, `(() => {
			if (window.tl && window.tl.goToNext) window.tl.goToNext();
			return Array.from(document.querySelectorAll('.tl-slide .tl-media-image')).filter(i => i.getAttribute('src')).map(i => {
				const media = i.closest('.tl-media');
				return {Src: i.getAttribute('src'), Alt: i.alt,
					Caption: (media.querySelector('.tl-caption') || {}).textContent || '',
					Credit: (media.querySelector('.tl-credit') || {}).textContent || ''};
			});
		})()`)
		if len(pictures) >= 4 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	var harbour *picture
	for i, p := range pictures {
		if strings.HasPrefix(p.Src, "media/harbour-") {
			harbour = &pictures[i]
		}
	}
	if harbour == nil {
		t.Fatalf("TimelineJS shows the pictures %+v; want the harbour's from media/", pictures)
	}
	if harbour.Alt != "Steamships and sailing ships at anchor in a wide bay, hills behind" || !strings.Contains(harbour.Caption, "The bay seen from Cerro Alegre.") || !strings.Contains(harbour.Credit, "Archivo del Puerto") {
		t.Errorf("TimelineJS shows the harbour as %+v", *harbour)
	}
	if loaded := browsertest.EvalJS[bool](t, ctx, `new Promise(r => { const i = [...document.querySelectorAll('.tl-media-image')].find(i => (i.getAttribute('src') || '').startsWith('media/harbour-')); if (i.complete) r(i.naturalWidth > 0); else { i.onload = () => r(true); i.onerror = () => r(false); } })`); !loaded {
		t.Errorf("TimelineJS could not load the harbour's picture from the site")
	}
}
