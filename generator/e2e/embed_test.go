package e2e_test

import (
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// listen serves handler on a new loopback port until the test ends and
// returns its base URL.
func listen(tb testing.TB, handler http.Handler) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	srv := &http.Server{Handler: handler}
	go srv.Serve(ln)
	tb.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// hostPage is a page of another origin that embeds the timeline twice
// (once found by its data attribute, once by its src), has a third iframe
// that posts a forged height message, and loads embed.js.
const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body { margin: 0 } iframe { display: block; width: 100%%; border: 0 }</style></head><body>
<iframe id="a" src="%[1]sembed.html" title="Timeline" style="height: 100px" data-timeline-embed></iframe>
<iframe id="b" src="%[1]sembed.html?category=%[2]s" title="One category" style="height: 100px"></iframe>
<iframe id="forger" title="Forger" style="height: 150px" srcdoc="<script>setInterval(() => parent.postMessage({type: 'timeline:height', height: 5}, '*'), 50)</script>"></iframe>
<script src="%[3]sembed.js"></script>
<script>setInterval(() => window.postMessage({type: 'timeline:height', height: 7}, '*'), 50)</script>
</body></html>`

// contentHeight opens an embed address on its own in a tab of the given
// width and returns the height of its content.
func contentHeight(tb testing.TB, url string, width int64) float64 {
	tb.Helper()
	ctx := newTab(tb, width, 200)
	emulate(tb, ctx, "light", "")
	browsertest.Do(tb, ctx, chromedp.Navigate(url), chromedp.WaitReady("body"))
	return browsertest.EvalJS[float64](tb, ctx, `new Promise(r => requestAnimationFrame(() => r(document.documentElement.scrollHeight)))`)
}

// frameHeights waits until the embeds' heights stop changing and returns
// the heights of the iframes a, b and forger in the host page.
func frameHeights(tb testing.TB, ctx context.Context) [3]float64 {
	tb.Helper()
	return browsertest.EvalJS[[3]float64](tb, ctx, `new Promise(resolve => {
	  let last = "", still = 0, waited = 0;
	  const read = () => ["a", "b", "forger"].map(id => document.getElementById(id).getBoundingClientRect().height);
	  const tick = () => {
	    const now = JSON.stringify(read());
	    still = now === last ? still + 1 : 0; last = now; waited += 100;
	    if ((still >= 5 && !now.includes("100,")) || waited > 8000) resolve(read()); else setTimeout(tick, 100);
	  };
	  tick();
	})`)
}

// TestEmbedSizesItselfAcrossOrigins embeds embed.html from one loopback
// port in a page from another, with embed.js: each iframe takes the height
// of its content at 360 and 1280 px and after the filter changes, and
// height messages from other windows change nothing; on the repository's
// site and on the Arabic tree of the silk fixture, right to left.
func TestEmbedSizesItselfAcrossOrigins(t *testing.T) {
	for _, c := range []struct {
		site            *testSite
		tree            string
		preset, clicked string
	}{
		{defaultSite, "", "operations", "dialogue"},
		{silkSite, "ar/", "commerce", "voyages"},
	} {
		t.Run(c.site.name+"/"+c.tree, func(t *testing.T) {
			root := listen(t, http.FileServer(http.Dir(c.site.built(t))))
			site := root + c.tree
			host := listen(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprintf(w, hostPage, site, c.preset, root)
			}))
			if site[len(root)-6:len(root)] == host[len(host)-6:] {
				t.Fatal("host and site share a port; want two origins")
			}
			for _, width := range []int64{360, 1280} {
				t.Run(itoa(int(width)), func(t *testing.T) {
					wantA := contentHeight(t, site+"embed.html", width)
					wantB := contentHeight(t, site+"embed.html?category="+c.preset, width)
					ctx := newTab(t, width, 900)
					emulate(t, ctx, "light", "")
					browsertest.Do(t, ctx, chromedp.Navigate(host), chromedp.WaitReady("body"))
					got := frameHeights(t, ctx)
					checkHeight(t, "embed a (data attribute)", got[0], wantA)
					checkHeight(t, "embed b (src, category preset)", got[1], wantB)
					if got[2] != 150 {
						t.Errorf("the forger's iframe is %.0f px tall; want 150: messages from non-embed windows must be ignored", got[2])
					}

					// Change the filter inside embed a: click a category's
					// button, found where the same page lays it out on its
					// own.
					chip := chipPosition(t, site+"embed.html", width, c.clicked)
					browsertest.Do(t, ctx, chromedp.MouseClickXY(chip[0], chip[1]))
					wantFiltered := contentHeight(t, site+"embed.html?category="+c.clicked, width)
					got = frameHeights(t, ctx)
					checkHeight(t, "embed a after filtering", got[0], wantFiltered)
					if math.Abs(wantFiltered-wantA) < 20 {
						t.Errorf("filtering changed the content height only from %.0f to %.0f; the check proves nothing", wantA, wantFiltered)
					}
				})
			}
		})
	}
}

// chipPosition returns the centre of a filter button of an embed address
// laid out on its own at the given width.
func chipPosition(tb testing.TB, url string, width int64, category string) [2]float64 {
	tb.Helper()
	ctx := newTab(tb, width, 900)
	emulate(tb, ctx, "light", "")
	browsertest.Do(tb, ctx, chromedp.Navigate(url), chromedp.WaitReady("body"))
	return browsertest.EvalJS[[2]float64](tb, ctx, `(() => { const r = document.querySelector('.chip[data-filter="`+category+`"]').getBoundingClientRect();
	  return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
}

func checkHeight(tb testing.TB, what string, got, want float64) {
	tb.Helper()
	if math.Abs(got-want) > 2 {
		tb.Errorf("%s: iframe is %.1f px tall; want its content's height %.1f ±2", what, got, want)
	}
}
