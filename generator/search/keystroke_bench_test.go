package search_test

import (
	"context"
	"slices"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/search"
)

// keystrokeQueries are the queries BenchmarkSearchKeystroke completes, of
// one to three words of the corpus: a single letter that begins most of
// its words, whole words, prefixes, a title's number, a place, and a word
// no event holds.
var keystrokeQueries = []string{
	"p", "mission", "interop", "event 4217", "place 17", "kosovo",
	"cooperation training", "peace support operations", "crisis management c", "defence council agreement",
}

// timeKeystrokes defines keystroke.prepare(text) in the page: it puts text
// in the field and searches it, untimed, waits until that is painted, and
// then times the next key typed in the field, from its keydown (the
// event's timeStamp, when the browser took the key) to the paint after
// the results and the count are updated. window.timed is then a promise
// of {updated, painted} in ms from the keydown, and of the count shown
// and the number of results listed. The search runs in the field's input
// event and updates the list and the count before it returns, so a
// listener of that event added after the search's sees them updated.
const timeKeystrokes = `(() => {
  const input = document.querySelector('.search-input'), list = document.querySelector('.search-results');
  const count = document.querySelector('.search-count');
  const afterPaint = () => new Promise(resolve => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  window.keystroke = {prepare(text) {
    input.value = text;
    input.dispatchEvent(new Event('input'));
    return afterPaint().then(() => {
      window.timed = new Promise(resolve => input.addEventListener('keydown', event => {
        const start = event.timeStamp;
        input.addEventListener('input', () => {
          const updated = performance.now() - start;
          afterPaint().then(painted => resolve({updated, painted: painted - start, count: count.textContent, listed: list.querySelectorAll('li').length}));
        }, {once: true});
      }, {once: true, capture: true}));
      return true;
    });
  }};
  return true;
})()`

// keystrokeTime is what the page measures of a keystroke.
type keystrokeTime struct {
	Updated float64 `json:"updated"`
	Painted float64 `json:"painted"`
	Count   string  `json:"count"`
	Listed  int     `json:"listed"`
}

// prepareKeystroke puts all of query but its last character in the field
// and arms the timing of the next key.
func prepareKeystroke(tb testing.TB, ctx context.Context, query string) {
	tb.Helper()
	browsertest.EvalJS[bool](tb, ctx, `keystroke.prepare(`+jsValue(query[:len(query)-1])+`)`)
}

// typeLastKey types the last character of query and returns what the page
// measured of it.
func typeLastKey(tb testing.TB, ctx context.Context, query string) keystrokeTime {
	tb.Helper()
	press(tb, ctx, query[len(query)-1:])
	return browsertest.EvalJS[keystrokeTime](tb, ctx, `timed`)
}

// press presses a key in the tab as a keyboard does: one keydown event that
// types its character (chromedp.KeyEvent types it in a second event, a
// round trip later), then keyup.
func press(tb testing.TB, ctx context.Context, key string) {
	tb.Helper()
	var events []*input.DispatchKeyEventParams
	for _, e := range kb.Encode([]rune(key)[0]) {
		if e.Type == kb.KeyChar {
			events[0].Text, events[0].UnmodifiedText = e.Text, e.UnmodifiedText
			continue
		}
		events = append(events, e)
	}
	for _, e := range events {
		if _, err := chromedp.Call(ctx, input.DispatchKeyEvent, *e); err != nil {
			tb.Fatalf("pressing %q: %v", key, err)
		}
	}
}

// BenchmarkSearchKeystroke searches a synthetic site of 10,000 events in
// headless Chromium, from file://. Each op completes one of
// keystrokeQueries: the rest of the query is in the field already, and
// the op types its last key and waits for the page to report. The time
// per op is that round trip, from Go; what the reader waits is measured
// in the page, from the key's keydown to the paint after the result list
// and the count are updated, and reported as p50-ms, p90-ms and max-ms
// over the ops (issue 19 wants results within 50 ms), and as first-ms for
// the first keystroke after the index loaded, before the loop.
// updated-max-ms is the slowest op's time until the list and the count
// are updated, before layout and paint.
func BenchmarkSearchKeystroke(b *testing.B) {
	browsertest.Need(b, browsertest.Chromium() != "", "Chromium is not installed (apt-get install chromium)")
	docs := corpusDocs(b, 10000)
	ctx, w := open(b, writePage(b, b.TempDir(), search.Build(docs)))
	browsertest.EvalJS[bool](b, ctx, timeKeystrokes)
	loadIndex(b, ctx)

	ref := referenceOf(docs)
	var first keystrokeTime
	for i, query := range keystrokeQueries {
		prepareKeystroke(b, ctx, query)
		got := typeLastKey(b, ctx, query)
		if i == 0 {
			first = got
		}
		found := ref.count(query)
		if want := countText(found); got.Count != want || got.Listed != min(found, 50) {
			b.Fatalf("typing %q shows %q and lists %d results; want %q and %d", query, got.Count, got.Listed, want, min(found, 50))
		}
	}

	var painted, updated []float64
	for i := 0; b.Loop(); i++ {
		query := keystrokeQueries[i%len(keystrokeQueries)]
		b.StopTimer()
		prepareKeystroke(b, ctx, query)
		b.StartTimer()
		got := typeLastKey(b, ctx, query)
		painted, updated = append(painted, got.Painted), append(updated, got.Updated)
	}
	slices.Sort(painted)
	b.ReportMetric(painted[len(painted)/2], "p50-ms")
	b.ReportMetric(painted[len(painted)*9/10], "p90-ms")
	b.ReportMetric(painted[len(painted)-1], "max-ms")
	b.ReportMetric(slices.Max(updated), "updated-max-ms")
	b.ReportMetric(first.Painted, "first-ms")
	w.check(b)
}
