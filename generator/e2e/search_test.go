package e2e_test

import (
	"html"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// searchResult is what the search form of a page shows after a query.
type searchResult struct {
	Count  string
	Titles []string
	// URLs are the results' addresses, resolved as the reader would
	// follow them.
	URLs   []string
	Target string
}

// TestSearchOnEveryListingPage types a query into the search of the index,
// a year page, the embed and a right-to-left tree, from file:// under the
// pages' own Content-Security-Policy, and checks the count, the events
// found and that each result leads to its event's page.
func TestSearchOnEveryListingPage(t *testing.T) {
	cases := []struct {
		site         *testSite
		page, query  string
		want, target string
	}{
		{defaultSite, "index.html", "kosovo", "Mongolia joins the Kosovo Force", ""},
		{defaultSite, "embed.html", "KOSOVO", "Mongolia joins the Kosovo Force", "_top"},
		{centuriesSite, "years/1898.html", "donaudampf", "Die Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft", ""},
		{silkSite, "ar/index.html", "فرغانة", "سفارة تشانغ تشيان", ""},
		{silkSite, "index.html", "ibn battuta", "Ibn Battûta à Quanzhou", ""},
	}
	for _, c := range cases {
		t.Run(c.site.name+"/"+c.page, func(t *testing.T) {
			ctx := openPage(t, c.site, c.page, 1280, 900, "light")
			if !browsertest.EvalJS[bool](t, ctx, `new Promise(r => { const f = n => document.querySelector(".search-input") ? r(true) : n ? setTimeout(() => f(n - 1), 50) : r(false); f(100); })`) {
				t.Fatal("no search field: the search's client did not run")
			}
			browsertest.Do(t, ctx, chromedp.Focus(".search-input"), chromedp.KeyEvent(c.query))
			got := browsertest.EvalJS[searchResult](t, ctx, `new Promise(resolve => {
			  const done = () => {
			    const links = [...document.querySelectorAll(".search-results a")].filter(a => a.offsetParent);
			    if (!links.length) return setTimeout(done, 50);
			    resolve({
			      Count: document.querySelector(".search-count").textContent,
			      Titles: links.map(a => a.querySelector(".search-title").textContent),
			      URLs: links.map(a => a.href), Target: links[0].getAttribute("target") || "",
			    });
			  };
			  done();
			})`)
			if len(got.Titles) == 0 || got.Titles[0] != c.want {
				t.Fatalf("searching %q: results %q (%s), want %q first", c.query, got.Titles, got.Count, c.want)
			}
			for i, u := range got.URLs {
				page, err := url.Parse(u)
				if err != nil || page.Scheme != "file" {
					t.Fatalf("result %q leads to %q, want a file of the site", got.Titles[i], u)
				}
				data, err := os.ReadFile(page.Path)
				if err != nil || !strings.Contains(html.UnescapeString(string(data)), got.Titles[i]) {
					t.Errorf("result %q leads to %s, which is not its event's page (%v)", got.Titles[i], page.Path, err)
				}
			}
			if got.Target != c.target {
				t.Errorf("results' links have target %q, want %q", got.Target, c.target)
			}
			browsertest.Do(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
			if focused := browsertest.EvalJS[string](t, ctx, `document.activeElement.closest(".search-results") ? document.activeElement.textContent : ""`); focused == "" {
				t.Errorf("Down arrow from the field does not reach the results")
			}
		})
	}
}
