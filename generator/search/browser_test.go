package search_test

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/natomongolia/timeline/generator/search"
)

// The browser tests open pages from file:// in the headless Chromium
// generator/e2e uses, started once for the package.

var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserCancel context.CancelFunc
)

func TestMain(m *testing.M) {
	code := m.Run()
	if browserCancel != nil {
		browserCancel()
	}
	os.Exit(code)
}

// newTab opens a tab in the shared headless Chromium; it closes when the
// test ends.
func newTab(tb testing.TB) context.Context {
	tb.Helper()
	path := browsertest.Chromium()
	browsertest.Need(tb, path != "", "Chromium is not installed (apt-get install chromium)")
	browserOnce.Do(func() {
		profile, _ := os.MkdirTemp("", "timeline-search-chromium-")
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
			chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.UserDataDir(profile))
		ctx, cancel := chromedp.NewContext(alloc)
		if err := chromedp.Do(ctx); err != nil {
			cancel()
			cancelAlloc()
			return
		}
		browserCtx = ctx
		browserCancel = func() { cancel(); cancelAlloc(); os.RemoveAll(profile) }
	})
	if browserCtx == nil {
		tb.Fatalf("Chromium at %s did not start", path)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 120*time.Second)
	tb.Cleanup(func() { cancelTimeout(); cancel() })
	browsertest.Do(tb, ctx, chromedp.EmulateViewport(1280, 900))
	return ctx
}

// placeholder is the search placeholder of the test pages, as the package
// doc tells a layout to write it.
const placeholder = `<div class="search" id="search" hidden data-index="` + search.IndexFile + `" data-root=""` +
	` data-label="Search events" data-found-one="{n} event found" data-found-other="{n} events found"` +
	` data-none="No events found" data-more="(the first {n} shown)" data-loading="Loading the index…"` +
	` data-error="The search index could not be loaded."></div>`

// writePage writes a page with the search placeholder, the script and the
// style sheet inlined and minified as a build minifies them, under the
// site's Content-Security-Policy with script-src 'self' added, and beside
// it the index file. It returns the page's file:// URL.
func writePage(tb testing.TB, dir string, indexFile []byte) string {
	tb.Helper()
	return writePageAllowing(tb, dir, indexFile, "'self'")
}

// writePageAllowing is writePage with the sources script-src allows
// besides the inline script.
func writePageAllowing(tb testing.TB, dir string, indexFile []byte, scriptSources string) string {
	tb.Helper()
	script, err := minify.File("search.js", []byte(search.Script))
	if err != nil {
		tb.Fatal(err)
	}
	style, err := minify.File("search.css", []byte(search.Style))
	if err != nil {
		tb.Fatal(err)
	}
	policy := "default-src 'none'; script-src " + scriptSources + " " + hash(script) + "; style-src " + hash(style) +
		"; img-src 'self' data:; base-uri 'none'; form-action 'none'"
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
		`<meta http-equiv="Content-Security-Policy" content="` + policy + `">` +
		`<title>Search</title><style>` + string(style) + `</style></head><body><main>` + placeholder +
		`<h1>Timeline</h1><p>The events.</p></main><script>` + string(script) + `</script></body></html>`
	write(tb, filepath.Join(dir, "index.html"), []byte(page))
	write(tb, filepath.Join(dir, search.IndexFile), indexFile)
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "index.html"))}
	return u.String()
}

// hash returns the CSP source that allows an inline block.
func hash(block []byte) string {
	sum := sha256.Sum256(block)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func write(tb testing.TB, path string, data []byte) {
	tb.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// watcher records what a tab requests and the problems it logs: console
// errors and warnings (Content-Security-Policy violations among them) and
// uncaught exceptions.
type watcher struct {
	mu                 sync.Mutex
	requests, problems []string
}

// watch starts recording in the tab; call it before navigating.
func watch(tb testing.TB, ctx context.Context) *watcher {
	tb.Helper()
	w := &watcher{}
	err := chromedp.Listen(ctx, func(ev any) {
		w.mu.Lock()
		defer w.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			w.requests = append(w.requests, ev.Request.URL)
		case *runtime.EventExceptionThrown:
			w.problems = append(w.problems, "exception: "+ev.ExceptionDetails.Text+" "+exceptionText(ev.ExceptionDetails))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				w.problems = append(w.problems, "console "+string(ev.Type))
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
				w.problems = append(w.problems, "log: "+ev.Entry.Text)
			}
		}
	})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		tb.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		tb.Fatal(err)
	}
	return w
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// check fails tb for every problem logged and every request for anything
// but a file, and when no request was seen at all.
func (w *watcher) check(tb testing.TB) {
	tb.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.problems {
		tb.Errorf("the page logged %s; want no error", p)
	}
	if len(w.requests) == 0 {
		tb.Fatalf("saw no request at all; the listener is broken")
	}
	for _, u := range w.requests {
		if !strings.HasPrefix(u, "file://") {
			tb.Errorf("the page requested %s; want only file:// requests", u)
		}
	}
}

// requested returns the requests seen so far.
func (w *watcher) requested() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.requests...)
}

// open opens the page at u in a new tab, recording what it does.
func open(tb testing.TB, u string) (context.Context, *watcher) {
	tb.Helper()
	ctx := newTab(tb)
	w := watch(tb, ctx)
	browsertest.Do(tb, ctx, chromedp.Navigate(u), chromedp.WaitReady("body"))
	return ctx, w
}

// loadIndex focuses the search field, which loads the index, and waits
// until it has loaded.
func loadIndex(tb testing.TB, ctx context.Context) {
	tb.Helper()
	browsertest.Do(tb, ctx, chromedp.Focus(".search-input"))
	ok := browsertest.EvalJS[bool](tb, ctx, `new Promise(resolve => {
	  const t0 = performance.now();
	  const tick = () => window.timelineSearchIndex ? resolve(true) : performance.now() - t0 > 20000 ? resolve(false) : setTimeout(tick, 10);
	  tick();
	})`)
	if !ok {
		tb.Fatalf("focusing the field did not load search-index.js within 20 s")
	}
}
