package e2e_test

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// focusables marks every visible focusable element of the page with its
// place in reading order (data-k) and returns how many there are.
const focusables = `(() => {
  const els = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, video[controls], audio[controls], [tabindex]:not([tabindex="-1"])'))
    .filter(el => !el.closest('[hidden]') && getComputedStyle(el).visibility !== 'hidden' && (el.getClientRects().length > 0 || el.classList.contains('skip')));
  els.forEach((el, i) => el.dataset.k = String(i));
  return els.length;
})()`

// focusState tells which element has focus and whether it shows a focus
// indicator: an outline of 2px or more, or for a link of the SVG overview a
// stroke on its hit area.
const focusState = `(() => {
  const el = document.activeElement;
  const cs = getComputedStyle(el);
  let visible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  const hit = el.querySelector && el.querySelector('.hit');
  if (hit) {
    const hs = getComputedStyle(hit);
    visible = visible || (hs.stroke !== 'none' && parseFloat(hs.strokeWidth) >= 2);
  }
  return {k: el.dataset ? (el.dataset.k || '') : '', tag: el.tagName, text: (el.textContent || '').trim().slice(0, 40), visible};
})()`

type focused struct {
	K       string `json:"k"`
	Tag     string `json:"tag"`
	Text    string `json:"text"`
	Visible bool   `json:"visible"`
}

// TestKeyboardReachesEveryControlInOrder tabs through each page: Tab must
// reach every link and control in reading order, each with a visible focus
// indicator.
func TestKeyboardReachesEveryControlInOrder(t *testing.T) {
	forEachPage(t, func(t *testing.T, s *testSite, page string) {
		ctx := openPage(t, s, page, 1280, 900, "light")
		n := browsertest.EvalJS[int](t, ctx, focusables)
		if n < 3 {
			t.Fatalf("found %d focusable elements; want the page's links and controls", n)
		}
		for i := 0; i < n; i++ {
			browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Tab))
			got := browsertest.EvalJS[focused](t, ctx, focusState)
			// Tab walks through the browser's own controls of a video or
			// a sound (play, time, volume…) with the element focused.
			for tries := 0; i > 0 && got.K == itoa(i-1) && (got.Tag == "VIDEO" || got.Tag == "AUDIO") && tries < 12; tries++ {
				browsertest.Do(t, ctx, chromedp.KeyEvent(kb.Tab))
				got = browsertest.EvalJS[focused](t, ctx, focusState)
			}
			if want := itoa(i); got.K != want {
				t.Fatalf("Tab %d focused %s %q (k=%q); want element %s in reading order", i+1, got.Tag, got.Text, got.K, want)
			}
			if !got.Visible {
				t.Errorf("Tab %d: %s %q has no visible focus indicator", i+1, got.Tag, got.Text)
			}
		}
	})
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestFilterIsARealControl presses a category button from the keyboard:
// the events of other categories hide, the button says it is pressed, and
// the live region announces the count.
func TestFilterIsARealControl(t *testing.T) {
	ctx := open(t, "index.html", 1280, 900, "light")
	browsertest.Do(t, ctx, chromedp.Focus(`.chip[data-filter="dialogue"]`), chromedp.KeyEvent(kb.Enter))
	state := browsertest.EvalJS[struct {
		Shown   int    `json:"shown"`
		Total   int    `json:"total"`
		Pressed string `json:"pressed"`
		Status  string `json:"status"`
		Live    string `json:"live"`
		Other   string `json:"other"`
	}](t, ctx, `({
	  shown: Array.from(document.querySelectorAll('.entry')).filter(e => e.getClientRects().length > 0).length,
	  total: document.querySelectorAll('.entry').length,
	  pressed: document.querySelector('.chip[data-filter="dialogue"]').getAttribute('aria-pressed'),
	  status: document.querySelector('.filter-status').textContent,
	  live: document.querySelector('.filter-status').getAttribute('aria-live'),
	  other: document.querySelector('.chip[data-filter=""]').getAttribute('aria-pressed')
	})`)
	if state.Shown != 3 || state.Total != 7 {
		t.Errorf("after choosing Political dialogue: %d of %d events shown; want 3 of 7", state.Shown, state.Total)
	}
	if state.Pressed != "true" || state.Other != "false" {
		t.Errorf("aria-pressed: chosen %q, All %q; want true, false", state.Pressed, state.Other)
	}
	if state.Status != "Showing 3 of 7 events" || state.Live != "polite" {
		t.Errorf("status %q (aria-live %q); want \"Showing 3 of 7 events\" (polite)", state.Status, state.Live)
	}
}

// settled waits until the page has stopped scrolling (smooth scrolling
// takes a moment), for at most three seconds.
const settled = `new Promise(resolve => {
  let last = -1, still = 0, waited = 0;
  const tick = () => {
    still = scrollY === last ? still + 1 : 0;
    last = scrollY; waited += 50;
    if (still >= 4 || waited > 3000) resolve(true); else setTimeout(tick, 50);
  };
  tick();
})`

// inView reports whether the element with the id is in the viewport.
func inView(id string) string {
	return `(() => { const r = document.getElementById(` + "`" + id + "`" + `).getBoundingClientRect();
	  return r.top >= 0 && r.top < innerHeight && r.bottom > 0; })()`
}

// TestDeepLinkBringsEventIntoView loads index.html#<id> and checks that the
// event is on screen.
func TestDeepLinkBringsEventIntoView(t *testing.T) {
	ctx := newTab(t, 1280, 900)
	emulate(t, ctx, "light", "")
	browsertest.Do(t, ctx, chromedp.Navigate(fileURL(t, "index.html")+"#2014-08-five-hills"), chromedp.WaitReady("body"))
	browsertest.EvalJS[bool](t, ctx, settled)
	if !browsertest.EvalJS[bool](t, ctx, inView("2014-08-five-hills")) {
		t.Errorf("index.html#2014-08-five-hills: the event is not in view")
	}
}

// TestOverviewMarkersWorkFromKeyboard focuses a marker of the overview and
// presses Enter: the page moves to that event.
func TestOverviewMarkersWorkFromKeyboard(t *testing.T) {
	ctx := open(t, "index.html", 1280, 900, "light")
	browsertest.Do(t, ctx, chromedp.Focus(`.overview-svg a[href="#2012-03-ipcp"]`), chromedp.KeyEvent(kb.Enter))
	browsertest.EvalJS[bool](t, ctx, settled)
	if hash := browsertest.EvalJS[string](t, ctx, `location.hash`); hash != "#2012-03-ipcp" {
		t.Errorf("after Enter on the marker, location.hash = %q; want #2012-03-ipcp", hash)
	}
	if !browsertest.EvalJS[bool](t, ctx, inView("2012-03-ipcp")) {
		t.Errorf("after Enter on the marker, the event is not in view")
	}
}

// TestTargetsAreAtLeast24px checks the size of every control and every link
// that is not part of running text (WCAG 2.5.8).
func TestTargetsAreAtLeast24px(t *testing.T) {
	forEachPage(t, func(t *testing.T, s *testSite, page string) {
		for _, width := range []int64{320, 1280} {
			ctx := openPage(t, s, page, width, 900, "light")
			small := browsertest.EvalJS[[]string](t, ctx, `Array.from(document.querySelectorAll(
			  'button, .overview-svg a, .prevnext a, .back a, .site-name a, .event-title a, .sources a, .site-footer a, .source-line a, .tags a, .tag-index a, .all-tags a'))
			  .filter(el => el.getClientRects().length > 0)
			  .map(el => { const r = el.getBoundingClientRect(); return [el, r]; })
			  .filter(([el, r]) => r.width < 24 || r.height < 24)
			  .map(([el, r]) => el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x' + Math.round(r.height))`)
			for _, s := range small {
				t.Errorf("at %d px, a target smaller than 24×24 px: %s", width, s)
			}
		}
	})
}
