package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/serve"
)

// copySite copies the repository's site (config.toml and events/) into a
// temporary folder.
func copySite(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, name := range []string{"config.toml", "events"} {
		err := filepath.WalkDir(filepath.Join(repoRoot, name), func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(repoRoot, path)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dir, rel), 0o755)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// TestServeReloadsInTheBrowser opens a page of the development server: its
// reload client and error overlay must work under the page's
// Content-Security-Policy, with no console error. An edit reloads the page;
// a broken file shows the overlay; the fix takes it away.
func TestServeReloadsInTheBrowser(t *testing.T) {
	dir := copySite(t)
	server, err := serve.New(serve.Options{SiteDir: dir, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Run(ctx) }()
	t.Cleanup(func() { stop(); <-done })

	tab := newTab(t, 1280, 900)
	var mu sync.Mutex
	var problems []string
	if err := chromedp.Listen(tab, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+ev.ExceptionDetails.Text)
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				problems = append(problems, "log: "+ev.Entry.Text)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	browsertest.Do(t, tab, chromedp.Navigate(server.URL()+"events/2005-12-kfor.html"), chromedp.WaitReady("body"))
	browsertest.EvalJS[bool](t, tab, `window.marker = true`)
	// The reload client must be connected before the edit.
	browsertest.EvalJS[bool](t, tab, `new Promise(r => setTimeout(() => r(true), 300))`)

	event := filepath.Join(dir, "events", "2005-12-kfor.toml")
	original, err := os.ReadFile(event)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(original), "Mongolia joins the Kosovo Force", "Mongolia joins KFOR (edited)", 1)
	if err := os.WriteFile(event, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitForPage(t, tab, `!window.marker && document.querySelector("h1").textContent.includes("(edited)")`, "the edit to reload the page")

	browsertest.EvalJS[bool](t, tab, `window.marker = true`)
	if err := os.WriteFile(event, []byte(edited+"\nbad = [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitForPage(t, tab, `!window.marker && !!document.getElementById("timeline-errors") && getComputedStyle(document.getElementById("timeline-errors")).position === "fixed"`, "the styled error overlay")

	browsertest.EvalJS[bool](t, tab, `window.marker = true`)
	if err := os.WriteFile(event, original, 0o644); err != nil {
		t.Fatal(err)
	}
	waitForPage(t, tab, `!window.marker && !document.getElementById("timeline-errors") && document.querySelector("h1").textContent === "Mongolia joins the Kosovo Force"`, "the fix to remove the overlay")

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("console: %s", p)
	}
}

// waitForPage polls a JavaScript condition in the tab, across reloads, for
// up to ten seconds.
func waitForPage(tb testing.TB, tab context.Context, condition, what string) {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`(() => { try { return `+condition+` } catch (e) { return false } })()`))
		if err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	tb.Fatalf("waited 10 s for %s", what)
}
