package search_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/search"
)

// recordViolations makes the page keep the Content-Security-Policy
// violations it sees from now on, in window.violations.
const recordViolations = `window.violations = [];
document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective + ' ' + e.blockedURI)); true`

// waitStatus waits up to three seconds for the live region to read want,
// and returns what it reads.
func waitStatus(tb testing.TB, ctx context.Context, want string) string {
	tb.Helper()
	return browsertest.EvalJS[string](tb, ctx, `new Promise(resolve => {
	  const t0 = performance.now(), el = document.querySelector('.search [role=status]');
	  const tick = () => el.textContent === `+jsValue(want)+` || performance.now() - t0 > 3000 ? resolve(el.textContent) : setTimeout(tick, 20);
	  tick();
	})`)
}

// shownCount returns the count the page shows, and whether it is hidden
// from screen readers (the live region speaks for it).
func shownCount(tb testing.TB, ctx context.Context) string {
	tb.Helper()
	return browsertest.EvalJS[string](tb, ctx, `(() => { const el = document.querySelector('.search-count');
	  return el.textContent + (el.getAttribute('aria-hidden') === 'true' ? ' (hidden from screen readers)' : ''); })()`)
}

// focusedText returns the tag and text of the focused element.
func focusedText(tb testing.TB, ctx context.Context) string {
	tb.Helper()
	return browsertest.EvalJS[string](tb, ctx, `document.activeElement.tagName + ' ' + (document.activeElement.closest('a') ? document.activeElement.textContent : document.activeElement.value)`)
}

type result struct {
	Title string `json:"title"`
	Dates string `json:"dates"`
	Href  string `json:"href"`
}

// results returns the results the list shows.
func results(tb testing.TB, ctx context.Context) []result {
	tb.Helper()
	return browsertest.EvalJS[[]result](tb, ctx, `Array.from(document.querySelectorAll('.search-results:not([hidden]) a')).map(a => ({
	  title: a.querySelector('.search-title').textContent, dates: a.querySelector('.search-date').textContent, href: a.getAttribute('href')}))`)
}

// TestSearchFromKeyboard uses the search from the keyboard alone, from
// file://: the index loads when the field gets focus, results show as
// links with their dates, arrows move through them, Escape clears, the
// live region announces the count, and nothing but files is requested
// and nothing breaks the Content-Security-Policy.
func TestSearchFromKeyboard(t *testing.T) {
	ctx, w := open(t, writePage(t, t.TempDir(), search.Build(findDocs)))
	browsertest.EvalJS[bool](t, ctx, recordViolations)
	form := browsertest.EvalJS[struct {
		Shown bool   `json:"shown"`
		Role  string `json:"role"`
		Label string `json:"label"`
		Type  string `json:"type"`
	}](t, ctx, `(() => { const input = document.querySelector('.search input');
	  return {shown: !document.querySelector('.search').hidden, role: input.form.getAttribute('role'), label: input.labels[0].textContent, type: input.type}; })()`)
	if !form.Shown || form.Role != "search" || form.Label != "Search events" || form.Type != "search" {
		t.Fatalf("search form: shown %v, role %q, label %q, input type %q; want shown, search, Search events, search", form.Shown, form.Role, form.Label, form.Type)
	}
	if slices.ContainsFunc(w.requested(), func(u string) bool { return strings.HasSuffix(u, "search-index.js") }) {
		t.Errorf("the page loaded search-index.js before the field was used; want it loaded on first focus")
	}

	browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Tab))
	if got := focusedText(t, ctx); got != "INPUT " {
		t.Fatalf("the first Tab focused %q; want the search field", got)
	}
	browsertest.Do(t, ctx, chromedp.KeyEvent("Mong"))
	if got := waitStatus(t, ctx, "3 events found"); got != "3 events found" {
		t.Errorf("after typing Mong the live region reads %q; want %q", got, "3 events found")
	}
	if got := shownCount(t, ctx); got != "3 events found (hidden from screen readers)" {
		t.Errorf("after typing Mong the page shows the count %q; want %q", got, "3 events found (hidden from screen readers)")
	}
	want := []result{
		{"Mongolia joins the Kosovo Force", "December 2005", "events/2005-12-kfor.html"},
		{"Mongolian peacekeepers", "2009", "events/2009-mongolian.html"},
		{"Individual Partnership Programme", "2006", "events/2006-ipp.html"},
	}
	if got := results(t, ctx); !slices.Equal(got, want) {
		t.Errorf("results of Mong = %v, want %v", got, want)
	}
	if !slices.ContainsFunc(w.requested(), func(u string) bool { return strings.HasSuffix(u, "/search-index.js") }) {
		t.Errorf("requests %q: none for search-index.js", w.requested())
	}

	steps := []struct {
		key, want string
	}{
		{kb.ArrowDown, "A Mongolia joins the Kosovo Force December 2005"},
		{kb.ArrowDown, "A Mongolian peacekeepers 2009"},
		{kb.ArrowDown, "A Individual Partnership Programme 2006"},
		{kb.ArrowDown, "A Individual Partnership Programme 2006"},
		{kb.ArrowUp, "A Mongolian peacekeepers 2009"},
		{kb.ArrowUp, "A Mongolia joins the Kosovo Force December 2005"},
		{kb.ArrowUp, "INPUT Mong"},
	}
	for i, s := range steps {
		browsertest.Do(t, ctx, chromedp.KeyEvent(s.key))
		if got := focusedText(t, ctx); got != s.want {
			t.Fatalf("key %d (%q): focus on %q; want %q", i+1, s.key, got, s.want)
		}
	}

	// Enter in the field goes to the first result; the form is never sent.
	browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Enter))
	if got := focusedText(t, ctx); got != steps[0].want {
		t.Errorf("Enter in the field: focus on %q; want the first result, %q", got, steps[0].want)
	}
	// Escape from a result clears the search and returns to the field.
	browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Escape))
	if got := focusedText(t, ctx); got != "INPUT " {
		t.Errorf("Escape: focus on %q; want the empty search field", got)
	}
	if got := results(t, ctx); len(got) != 0 {
		t.Errorf("after Escape the list shows %v; want nothing", got)
	}
	if got := waitStatus(t, ctx, ""); got != "" {
		t.Errorf("after Escape the live region reads %q; want nothing", got)
	}

	browsertest.Do(t, ctx, chromedp.KeyEvent("ulaan"))
	if got := waitStatus(t, ctx, "1 event found"); got != "1 event found" {
		t.Errorf("after typing ulaan the live region reads %q; want %q", got, "1 event found")
	}
	browsertest.Do(t, ctx, chromedp.KeyEvent("x"))
	if got := shownCount(t, ctx); got != "No events found (hidden from screen readers)" {
		t.Errorf("at once after typing ulaanx the page shows the count %q; want %q", got, "No events found (hidden from screen readers)")
	}
	if got := waitStatus(t, ctx, "No events found"); got != "No events found" {
		t.Errorf("after typing ulaanx the live region reads %q; want %q", got, "No events found")
	}
	if got := browsertest.EvalJS[bool](t, ctx, `document.querySelector('.search-results').hidden`); !got {
		t.Errorf("with nothing found the results list shows; want it hidden")
	}
	if got := browsertest.EvalJS[string](t, ctx, `location.href`); !strings.HasSuffix(got, "/index.html") {
		t.Errorf("the page is at %s; want still index.html", got)
	}
	if v := browsertest.EvalJS[[]string](t, ctx, `violations`); len(v) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", v)
	}
	w.check(t)
}

// TestSearchShowsAtMostTheLimit finds more events than are shown: the
// live region says how many, and that the first ones are shown.
func TestSearchShowsAtMostTheLimit(t *testing.T) {
	docs := make([]search.Doc, 1234)
	for i := range docs {
		id := "e" + itoa(i)
		docs[i] = search.Doc{ID: id, Title: "Event " + itoa(i), Dates: "2000", URL: "events/" + id + ".html", Body: "common"}
	}
	ctx, _ := open(t, writePage(t, t.TempDir(), search.Build(docs)))
	browsertest.Do(t, ctx, chromedp.Focus(".search-input"), chromedp.KeyEvent("common"))
	want := "1,234 events found (the first 50 shown)"
	if got := waitStatus(t, ctx, want); got != want {
		t.Errorf("the live region reads %q; want %q", got, want)
	}
	if got := len(results(t, ctx)); got != 50 {
		t.Errorf("the list shows %d results; want 50", got)
	}
}

// TestSearchAbsentWithoutJavaScript opens the page with scripts off: the
// placeholder stays hidden, and there is no field.
func TestSearchAbsentWithoutJavaScript(t *testing.T) {
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	browsertest.Do(t, ctx, chromedp.Navigate(writePage(t, t.TempDir(), search.Build(findDocs))), chromedp.WaitReady("body"))
	state := browsertest.EvalJS[struct {
		Visible bool `json:"visible"`
		Inputs  int  `json:"inputs"`
	}](t, ctx, `({visible: document.querySelector('.search').getClientRects().length > 0, inputs: document.querySelectorAll('input').length})`)
	if state.Visible || state.Inputs != 0 {
		t.Errorf("without JavaScript: placeholder visible %v, %d inputs; want hidden, none", state.Visible, state.Inputs)
	}
}

// TestSearchNeedsScriptSrcSelf opens the page under the policy without
// 'self': the index is refused, and the live region says that the search
// cannot work. This is what the pages' policy must allow.
func TestSearchNeedsScriptSrcSelf(t *testing.T) {
	ctx := newTab(t)
	browsertest.Do(t, ctx, chromedp.Navigate(writePageAllowing(t, t.TempDir(), search.Build(findDocs), "")), chromedp.WaitReady("body"))
	browsertest.EvalJS[bool](t, ctx, recordViolations)
	browsertest.Do(t, ctx, chromedp.Focus(".search-input"), chromedp.KeyEvent("mong"))
	want := "The search index could not be loaded."
	if got := waitStatus(t, ctx, want); got != want {
		t.Errorf("with the index refused the live region reads %q; want %q", got, want)
	}
	if v := browsertest.EvalJS[[]string](t, ctx, `violations`); len(v) != 1 || !strings.HasPrefix(v[0], "script-src") {
		t.Errorf("violations %q; want one of script-src, for search-index.js", v)
	}
}

// TestSearchIndexMissing opens the page without its index file.
func TestSearchIndexMissing(t *testing.T) {
	dir := t.TempDir()
	u := writePage(t, dir, search.Build(findDocs))
	if err := os.Remove(filepath.Join(dir, search.IndexFile)); err != nil {
		t.Fatal(err)
	}
	ctx := newTab(t)
	browsertest.Do(t, ctx, chromedp.Navigate(u), chromedp.WaitReady("body"), chromedp.Focus(".search-input"), chromedp.KeyEvent("mong"))
	want := "The search index could not be loaded."
	if got := waitStatus(t, ctx, want); got != want {
		t.Errorf("without search-index.js the live region reads %q; want %q", got, want)
	}
}

// TestSearchTextDirection types Arabic in an English page: the field and
// the result's title take their direction from their text, as the pages'
// titles do (dir=auto), while the page stays left to right.
func TestSearchTextDirection(t *testing.T) {
	docs := []search.Doc{{ID: "baghdad", Title: "رحلة إلى بغداد", Dates: "1327", URL: "events/baghdad.html", Summary: "Ibn Battuta in Baghdad."}}
	ctx, _ := open(t, writePage(t, t.TempDir(), search.Build(docs)))
	loadIndex(t, ctx)
	browsertest.Do(t, ctx, chromedp.KeyEvent("بغد"))
	if got := waitStatus(t, ctx, "1 event found"); got != "1 event found" {
		t.Fatalf("after typing بغد the live region reads %q; want %q", got, "1 event found")
	}
	got := browsertest.EvalJS[string](t, ctx, `['.search-input', '.search-title', '.search-date', 'main'].map(s =>
	  s + ' ' + (document.querySelector(s).matches(':dir(rtl)') ? 'rtl' : 'ltr')).join(', ')`)
	if want := ".search-input rtl, .search-title rtl, .search-date ltr, main ltr"; got != want {
		t.Errorf("directions: %s; want %s", got, want)
	}
}
