package browsertest_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator"
)

// repoRoot is the repository's top folder, which holds the default site.
const repoRoot = "../.."

// inCI reports whether the tests run in CI, where nothing may be skipped.
func inCI() bool { return os.Getenv("CI") == "true" }

// need skips the test (or fails it in CI) when a tool is missing.
func need(tb testing.TB, ok bool, what string) {
	tb.Helper()
	if ok {
		return
	}
	if inCI() {
		tb.Fatalf("%s; CI=true, so this test must run (.ci/run installs it)", what)
	}
	tb.Skipf("skipped: %s (bash .ci/run installs it; CI=true makes this a failure)", what)
}

var (
	siteOnce sync.Once
	siteDir  string
	siteErr  error
)

// builtSite builds the repository's site once per test run into a
// temporary folder and returns that folder.
func builtSite(tb testing.TB) string {
	tb.Helper()
	siteOnce.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-browsertest-")
		if err != nil {
			siteErr = err
			return
		}
		siteDir = filepath.Join(dir, "public")
		_, siteErr = generator.Build(generator.BuildOptions{SiteDir: repoRoot, OutDir: siteDir})
	})
	if siteErr != nil {
		tb.Fatalf("building the site: %v", siteErr)
	}
	return siteDir
}

// fileURL returns the file:// URL of a page of the built site.
func fileURL(tb testing.TB, page string) string {
	tb.Helper()
	return pathURL(filepath.Join(builtSite(tb), page))
}

// pathURL returns the file:// URL of a file.
func pathURL(path string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	return u.String()
}

// chromiumPath finds the browser.
func chromiumPath() string {
	if p := os.Getenv("TIMELINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

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
	if siteDir != "" {
		os.RemoveAll(filepath.Dir(siteDir))
	}
	os.Exit(code)
}

// newTab opens a new tab in the shared headless Chromium, with the given
// viewport, and returns its context. The tab closes when the test ends.
func newTab(tb testing.TB, width, height int64) context.Context {
	tb.Helper()
	ctx, closeTab := openTab(tb, width, height)
	tb.Cleanup(closeTab)
	return ctx
}

// openTab opens a new tab in the shared headless Chromium, with the given
// viewport, and returns its context and the function that closes it.
func openTab(tb testing.TB, width, height int64) (context.Context, context.CancelFunc) {
	tb.Helper()
	path := chromiumPath()
	need(tb, path != "", "Chromium is not installed (apt-get install chromium)")
	browserOnce.Do(func() {
		profile, _ := os.MkdirTemp("", "timeline-chromium-")
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.UserDataDir(profile),
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
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
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	closeTab := func() { cancelTimeout(); cancel() }
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		closeTab()
		tb.Fatalf("opening a tab: %v", err)
	}
	return ctx, closeTab
}

// emulate sets prefers-color-scheme ("light" or "dark") and, when media
// is not empty, a media type such as "print". It also asks for reduced
// motion, so that scrolling to a fragment is instant and can be measured.
func emulate(tb testing.TB, ctx context.Context, scheme, media string) {
	tb.Helper()
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Media: media,
		Features: []*emulation.MediaFeature{
			{Name: "prefers-color-scheme", Value: scheme},
			{Name: "prefers-reduced-motion", Value: "reduce"},
		},
	})
	if err != nil {
		tb.Fatalf("emulating %s %s: %v", scheme, media, err)
	}
}

// do runs actions in the tab and fails the test on error.
func do(tb testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.Fatalf("browser: %v", err)
	}
}

// evalJS evaluates a JavaScript expression in the tab, awaiting a promise,
// and decodes its value.
func evalJS[T any](tb testing.TB, ctx context.Context, js string) T {
	tb.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluating %.80q: %v", js, err)
	}
	return v
}

// open opens a page of the built site in a new tab of the given size and
// color scheme, and waits until it is ready.
func open(tb testing.TB, page string, width, height int64, scheme string) context.Context {
	tb.Helper()
	ctx := newTab(tb, width, height)
	emulate(tb, ctx, scheme, "")
	do(tb, ctx, chromedp.Navigate(fileURL(tb, page)), chromedp.WaitReady("body"))
	return ctx
}

// pages are the pages every check opens.
var pages = []string{"index.html", "events/2012-03-ipcp.html", "embed.html", "404.html"}
