package e2e_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// TestMediaNoLayoutShift opens every page of the gallery at a desktop and
// a phone width, scrolls to the end so that every lazy picture loads, and
// checks that nothing moved once laid out (the layout-shift entries of the
// page sum to zero) and that every picture loaded.
func TestMediaNoLayoutShift(t *testing.T) {
	for _, page := range gallerySite.pages {
		for _, width := range []int64{1280, 390} {
			t.Run(page+"/"+map[int64]string{1280: "desktop", 390: "phone"}[width], func(t *testing.T) {
				ctx := newTab(t, width, 800)
				browsertest.Do(t, ctx, chromedp.Navigate(gallerySite.url(t, page)), chromedp.WaitReady("body"))
				result := browsertest.EvalJS[struct {
					Shift         float64
					Moved         []string
					Images, Blank int
					Broken        []string
				}](t, ctx, `new Promise(async done => {
					let shift = 0;
					const moved = [];
					// A shift inside the controls of a video or a sound is the
					// browser's own: its sources have no node of the page.
					new PerformanceObserver(list => {
						for (const e of list.getEntries()) {
							if (e.hadRecentInput || !e.sources.some(s => s.node)) continue;
							shift += e.value;
							for (const s of e.sources) if (s.node) moved.push(s.node.nodeName + "." + s.node.className + " at " + Math.round(e.startTime) + " ms, scrolled to " + scrollY);
						}
					}).observe({type: "layout-shift", buffered: true});
					const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)));
					for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
						scrollTo(0, y);
						await frame();
					}
					const images = [...document.images];
					await Promise.all(images.map(i => i.complete ? null : new Promise(r => { i.onload = i.onerror = r; })));
					await frame();
					done({
						Shift: shift,
						Moved: moved,
						Images: images.length,
						Blank: images.filter(i => !i.getAttribute("width")).length,
						Broken: images.filter(i => i.naturalWidth === 0).map(i => i.currentSrc || i.src),
					});
				})`)
				if result.Shift > 0 {
					t.Errorf("%s: layout shifted by %.4f while its media loaded, want 0: %v", page, result.Shift, result.Moved)
				}
				if result.Blank > 0 {
					t.Errorf("%s: %d pictures have no width and height", page, result.Blank)
				}
				for _, src := range result.Broken {
					t.Errorf("%s: picture %s did not load", page, src)
				}
				if page != "events/1925-interview.html" && page != "events/1910-newsreel.html" && result.Images == 0 {
					t.Errorf("%s: shows no picture", page)
				}
			})
		}
	}
}

// TestMediaPlayerOnlyAfterClick opens the pages whose players the site
// embeds: before the click the page asks nothing of any other server and
// holds no frame; the click puts the provider's privacy-enhanced player in
// place of the link, which the page's policy lets load.
func TestMediaPlayerOnlyAfterClick(t *testing.T) {
	for page, want := range map[string]string{
		"events/1931-documentary.html": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
		"events/1914-canal.html":       "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
	} {
		t.Run(page, func(t *testing.T) {
			ctx := newTab(t, 1280, 900)
			var mu sync.Mutex
			var requests []string
			if err := chromedp.Listen(ctx, func(ev any) {
				if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
					mu.Lock()
					requests = append(requests, ev.Request.URL)
					mu.Unlock()
				}
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
				t.Fatal(err)
			}
			browsertest.Do(t, ctx, chromedp.Navigate(galleryEmbedsSite.url(t, page)), chromedp.WaitReady("body"))
			browsertest.EvalJS[bool](t, ctx, `(window.violations = [], document.addEventListener("securitypolicyviolation", e => violations.push(e.violatedDirective + " " + e.blockedURI)), new Promise(r => setTimeout(() => r(true), 300)))`)
			mu.Lock()
			for _, u := range requests {
				if !strings.HasPrefix(u, "file://") {
					t.Errorf("before any click the page requested %s", u)
				}
			}
			requests = nil
			mu.Unlock()
			if n := browsertest.EvalJS[int](t, ctx, `document.querySelectorAll("iframe").length`); n != 0 {
				t.Fatalf("%d frames before any click", n)
			}
			if !browsertest.EvalJS[bool](t, ctx, `!document.querySelector(".play").hidden`) {
				t.Fatal("the play button stays hidden")
			}
			browsertest.EvalJS[bool](t, ctx, `(document.querySelector(".play").click(), true)`)
			src := browsertest.EvalJS[string](t, ctx, `new Promise(r => setTimeout(() => { const f = document.querySelector("iframe"); r(f ? f.src : ""); }, 300))`)
			if src != want {
				t.Errorf("after the click the frame loads %q, want %q", src, want)
			}
			if focused := browsertest.EvalJS[string](t, ctx, `document.activeElement.tagName`); focused != "IFRAME" {
				t.Errorf("after the click the focus is on %s, want the player", focused)
			}
			if v := browsertest.EvalJS[[]string](t, ctx, `window.violations`); len(v) > 0 {
				t.Errorf("the page's policy blocked %v", v)
			}
			host := want[:len("https://")+strings.Index(want[len("https://"):], "/")+1]
			deadline := time.Now().Add(3 * time.Second)
			for {
				mu.Lock()
				asked := false
				for _, u := range requests {
					asked = asked || strings.HasPrefix(u, host)
				}
				mu.Unlock()
				if asked || time.Now().After(deadline) {
					if !asked {
						t.Errorf("after the click no request went to the player's host: %v", requests)
					}
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
}
