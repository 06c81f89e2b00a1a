package e2e_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// TestPagesOfflineAndClean opens each page from file:// and fails on any
// console error, uncaught exception, or request for anything but a file.
func TestPagesOfflineAndClean(t *testing.T) {
	forEachPage(t, func(t *testing.T, s *testSite, page string) {
		ctx := newTab(t, 1280, 900)
		var mu sync.Mutex
		var problems, requests []string
		err := chromedp.Listen(ctx, func(ev any) {
			mu.Lock()
			defer mu.Unlock()
			switch ev := ev.(type) {
			case *network.EventRequestWillBeSent:
				requests = append(requests, ev.Request.URL)
			case *runtime.EventExceptionThrown:
				problems = append(problems, "exception: "+ev.ExceptionDetails.Text)
			case *runtime.EventConsoleAPICalled:
				if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
					problems = append(problems, "console "+string(ev.Type))
				}
			case *cdplog.EventEntryAdded:
				if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
					problems = append(problems, "log: "+ev.Entry.Text)
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
		browsertest.Do(t, ctx, chromedp.Navigate(s.url(t, page)), chromedp.WaitReady("body"))
		// Give late scripts and resources a moment to show up.
		browsertest.EvalJS[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true), 200)))`)
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("%s: %s", page, p)
		}
		if len(requests) == 0 {
			t.Fatalf("%s: saw no request at all; the listener is broken", page)
		}
		for _, u := range requests {
			// The browser's own video and audio controls draw their icons
			// from data: URLs.
			if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
				t.Errorf("%s requested %s; want only file:// requests", page, u)
			}
		}
	})
}
