package e2e_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/corpus"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// benchEvents is the size of the synthetic site BenchmarkLayout opens.
const benchEvents = 10000

// BenchmarkLayout opens pages in a fresh tab of headless Chromium and
// measures what it costs to show them: the index of the repository's site,
// for comparison, and the index and the biggest year page of a synthetic
// site of 10,000 events. A time per op is from navigation until the page
// has loaded and is laid out. Besides it, each page reports, per op:
//
//   - layout-ms and style-ms: Chromium's time spent in layout and in style
//     recalculation (the Performance domain's LayoutDuration and
//     RecalcStyleDuration);
//   - load-ms: the page's loadEventEnd in its navigation timing;
//   - bytes: the size of the HTML file.
func BenchmarkLayout(b *testing.B) {
	browsertest.Need(b, browsertest.Chromium() != "", "Chromium is not installed (apt-get install chromium)")
	big := buildCorpus(b, benchEvents)
	pages := []struct{ name, path string }{
		{"site=default/index", filepath.Join(builtSite(b), "index.html")},
		{"events=10000/index", filepath.Join(big, "index.html")},
		{"events=10000/biggest-year", biggestYearPage(b, big)},
	}
	for _, page := range pages {
		b.Run(page.name, func(b *testing.B) { benchmarkPage(b, page.path) })
	}
}

// buildCorpus writes a synthetic site of n events into a temporary folder
// of b, builds it, and returns the folder of the built site.
func buildCorpus(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	site, out := filepath.Join(dir, "site"), filepath.Join(dir, "public")
	if err := corpus.Write(site, corpus.Options{Events: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		b.Fatalf("building %d events: %v", n, err)
	}
	return out
}

// biggestYearPage returns the path of the largest file in the built site's
// years/ folder.
func biggestYearPage(b *testing.B, public string) string {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(public, "years", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no year pages in %s (%v)", public, err)
	}
	var biggest string
	var most int64 = -1
	for _, p := range paths {
		if size := fileSize(b, p); size > most {
			biggest, most = p, size
		}
	}
	return biggest
}

// fileSize returns the size of a file in bytes.
func fileSize(b *testing.B, path string) int64 {
	b.Helper()
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return info.Size()
}

// loadedJS waits until the page has loaded and its load handlers have
// finished, forces a layout, and returns the page's loadEventEnd in ms.
const loadedJS = `(async () => {
	if (document.readyState !== 'complete') await new Promise(r => addEventListener('load', r, {once: true}));
	await new Promise(r => setTimeout(r));
	document.body.offsetHeight;
	return performance.getEntriesByType('navigation')[0].loadEventEnd;
})()`

// benchmarkPage opens the HTML file at path in a new tab per iteration and
// reports the layout, style and load times and the file's size.
func benchmarkPage(b *testing.B, path string) {
	url := pathURL(path)
	var layout, style, load float64
	for b.Loop() {
		b.StopTimer()
		ctx, closeTab := openTab(b, 1280, 900)
		if _, err := chromedp.Call(ctx, performance.Enable, performance.EnableParams{}); err != nil {
			b.Fatalf("enabling performance metrics: %v", err)
		}
		b.StartTimer()
		browsertest.Do(b, ctx, chromedp.Navigate(url))
		load += browsertest.EvalJS[float64](b, ctx, loadedJS)
		b.StopTimer()
		metrics, err := chromedp.Call(ctx, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			b.Fatalf("reading performance metrics: %v", err)
		}
		layout += metric(b, metrics.Metrics, "LayoutDuration")
		style += metric(b, metrics.Metrics, "RecalcStyleDuration")
		closeTab()
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(1000*layout/n, "layout-ms")
	b.ReportMetric(1000*style/n, "style-ms")
	b.ReportMetric(load/n, "load-ms")
	b.ReportMetric(float64(fileSize(b, path)), "bytes")
}

// metric returns the value of the named metric, in the metric's unit
// (seconds for durations).
func metric(b *testing.B, metrics []*performance.Metric, name string) float64 {
	b.Helper()
	for _, m := range metrics {
		if m.Name == name {
			return m.Value
		}
	}
	b.Fatalf("Chromium reports no %s metric", name)
	return 0
}
