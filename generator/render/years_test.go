package render_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/corpus"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestLargeSiteGetsYearPages builds a site over its index limit: the index
// lists the years, each year has a page with its events in full, event
// pages lead back to their year, and the sitemap names the year pages.
func TestLargeSiteGetsYearPages(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Paged(t, 5), load.Options{})
	index := string(files["index.html"])
	for _, want := range []string{`href="years/2001.html"`, `href="years/2002.html"`, `href="years/2003.html"`, `2 events`, `1 event<`} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	if strings.Contains(index, "Body text") {
		t.Errorf("index.html shows event bodies; over the limit it should list the years only")
	}
	wantYears := map[string][]int{"years/2001.html": {0, 1}, "years/2002.html": {2}, "years/2003.html": {3, 4, 5}}
	for page, events := range wantYears {
		html := string(files[page])
		if html == "" {
			t.Errorf("%s is missing", page)
			continue
		}
		if got := strings.Count(html, "<article "); got != len(events) {
			t.Errorf("%s has %d events; want %d", page, got, len(events))
		}
		for _, i := range events {
			if !strings.Contains(html, fmt.Sprintf("Body text %d.", i)) {
				t.Errorf("%s lacks the body of event %d", page, i)
			}
		}
		if !strings.Contains(html, `href="../events/`) || !strings.Contains(html, `href="../index.html"`) {
			t.Errorf("%s: links to event pages and the index must lead up from years/", page)
		}
	}
	if back := regexp.MustCompile(`class=back><a href="([^"]+)">`).FindStringSubmatch(string(files["events/2003-e4.html"])); back == nil || back[1] != "../years/2003.html#2003-e4" {
		t.Errorf("event page's back link = %v; want ../years/2003.html#2003-e4", back)
	}
	if !strings.Contains(string(files["sitemap.xml"]), "https://example.org/t/years/2002.html") {
		t.Errorf("sitemap.xml does not name the year pages")
	}
	if !strings.Contains(string(files["embed.html"]), `target=_top`) || strings.Contains(string(files["embed.html"]), "Summary 0.") {
		t.Errorf("embed.html over the limit should list the years with links to the top window")
	}
}

// TestSmallSiteHasOnePage builds the same site under its limit: no year
// pages, every event on the index.
func TestSmallSiteHasOnePage(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Paged(t, 6), load.Options{})
	for name := range files {
		if strings.HasPrefix(name, "years/") {
			t.Errorf("%s exists; a site within its limit has one page", name)
		}
	}
	if got := strings.Count(string(files["index.html"]), "<article "); got != 6 {
		t.Errorf("index.html has %d events; want 6", got)
	}
}

// TestIndexLimitMustBePositive rejects indexLimit = 0 at its place.
func TestIndexLimitMustBePositive(t *testing.T) {
	_, err := testsite.Load(testsite.Paged(t, 0), load.Options{})
	if err == nil || !strings.Contains(err.Error(), "config.toml:3:14: indexLimit must be 1 or more") {
		t.Errorf("got %v; want config.toml:3:14: indexLimit must be 1 or more…", err)
	}
}

// TestDenseOverviewGroupsByYear renders a site of 400 events over 70
// years: the overview draws a linked bar per span of years (two, to keep at
// most 60 bars) instead of 400 markers, each leading to a year page.
func TestDenseOverviewGroupsByYear(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(dir, corpus.Options{Events: 400, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	site, files := testsite.MustRender(t, dir, load.Options{})
	index := string(files["index.html"])
	svg := regexp.MustCompile(`(?s)<svg class="overview-svg by-year".*?</svg>`).FindString(index)
	if svg == "" {
		t.Fatal("index.html has no by-year overview")
	}
	spans := map[int]int{}
	for _, e := range site.Events {
		spans[e.Date.Year/2]++
	}
	links := regexp.MustCompile(`<a href="?(years/(\d+)\.html)"? class="?item"? aria-label="(\d+)–(\d+): (\d+) events"`).FindAllStringSubmatch(svg, -1)
	if len(links) != len(spans) || len(links) > 60 {
		t.Fatalf("overview has %d bars; want one per two years with events (%d), at most 60", len(links), len(spans))
	}
	for _, l := range links {
		from, _ := strconv.Atoi(l[3])
		n, _ := strconv.Atoi(l[5])
		if files[l[1]] == nil {
			t.Errorf("bar %s–%s leads to %s, which is not a page", l[3], l[4], l[1])
		}
		if n != spans[from/2] {
			t.Errorf("bar %s–%s: %d events, want %d", l[3], l[4], n, spans[from/2])
		}
	}
}
