// Package browsertest holds what the browser tests of every package share:
// where Chromium is, how a test that needs a missing tool skips locally but
// fails in CI, where everything must run, and how a test drives a tab.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// InCI reports whether the tests run in CI (CI=true), where nothing may be
// skipped.
func InCI() bool { return os.Getenv("CI") == "true" }

// Need skips the test when ok is false, saying what is missing, or fails
// it in CI.
func Need(tb testing.TB, ok bool, what string) {
	tb.Helper()
	if ok {
		return
	}
	if InCI() {
		tb.Fatalf("%s; CI=true, so this test must run (.ci/run installs it)", what)
	}
	tb.Skipf("skipped: %s (bash .ci/run installs it; CI=true makes this a failure)", what)
}

// Chromium returns the path of the browser: $TIMELINE_CHROMIUM, or the
// first of chromium, chromium-browser and google-chrome on the PATH; ""
// when there is none.
func Chromium() string {
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

// Do runs actions in the tab of ctx and fails the test on error.
func Do(tb testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.Fatalf("browser: %v", err)
	}
}

// EvalJS evaluates a JavaScript expression in the tab of ctx, awaiting a
// promise, and decodes its value.
func EvalJS[T any](tb testing.TB, ctx context.Context, js string) T {
	tb.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluating %.80q: %v", js, err)
	}
	return v
}
