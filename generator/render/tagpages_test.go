package render_test

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/layouts"
)

// scriptsSite has tags in several scripts, tags that share a slug (李 and
// 里 are both "li", "año" and "ano" both "ano"), tags whose slug is taken
// (a tag of emoji, "Index", "CON"), a draft with a tag of its own, and
// more events than its indexLimit, so that tags show on year pages too.
const scriptsSite = `
-- config.toml --
title = "Scripts"
baseURL = "https://example.org/s/"
indexLimit = 3
-- events/2001-a.toml --
title = "A"
date = "2001-03"
summary = "A."
tags = ["Монголия", "北约", "李", "año"]
-- events/2001-b.toml --
title = "B"
date = "2001-07"
summary = "B."
tags = ["حفظ السلام", "里", "ano", "Монголия"]
-- events/2002-c.toml --
title = "C"
date = "2002"
summary = "C."
tags = ["🎉", "Index", "CON", "Ελλάδα"]
-- events/2003-d.toml --
title = "D"
date = "2003"
summary = "D."
tags = ["Монголия"]
-- events/2003-e.toml --
title = "E"
date = "2003-05"
summary = "E, a draft."
draft = true
tags = ["draft only"]
`

// tagSlug is the name a tag page may have: a file name on every system,
// and a URL path segment with nothing to escape.
var tagSlug = regexp.MustCompile(`^tags/[a-z0-9]+(-[a-z0-9]+)*(_[0-9a-f]{8,})?\.html$`)

// TestTagPages checks the tag pages of a site with tags in several
// scripts: a page for each tag of a published event with a file name that
// is valid everywhere, listing exactly the events that carry the tag in
// timeline order, and the index of tags with every tag, its count and its
// page, sorted by name; no page for a draft's tag.
func TestTagPages(t *testing.T) {
	dir := testsite.FromTxtar(t, scriptsSite)
	site, files := testsite.MustRender(t, dir, load.Options{})
	wantEvents := map[string][]string{}
	for _, e := range site.Events {
		for _, tag := range e.Tags {
			wantEvents[tag] = append(wantEvents[tag], e.ID)
		}
	}
	var pages []string
	for _, name := range testsite.SortedKeys(files) {
		if strings.HasPrefix(name, "tags/") && name != "tags/index.html" {
			pages = append(pages, name)
			if !tagSlug.MatchString(name) {
				t.Errorf("%s: want tags/ and lower-case ASCII letters, digits and hyphens", name)
			}
		}
	}
	if len(pages) != len(wantEvents) {
		t.Errorf("tag pages: got %d %q, want one for each of the %d tags", len(pages), pages, len(wantEvents))
	}
	for _, slug := range []string{"tags/mongoliia.html", "tags/bei-yue.html", "tags/hfz-lslm.html", "tags/ellada.html", "tags/li.html", "tags/ano.html"} {
		if files[slug] == nil {
			t.Errorf("no %s, want one", slug)
		}
	}
	// The index of tags: every tag in order, with its count and page.
	index := string(outputFile(t, files, "tags/index.html"))
	items := regexp.MustCompile(`<li><a href="\.\./(tags/[^"]+)"><span class=t dir=auto>([^<]+)</span> <span class=n>(\d+) events?</span></a></li>`).FindAllStringSubmatch(index, -1)
	var names []string
	for _, m := range items {
		name, page := m[2], m[1]
		names = append(names, name)
		if got, want := m[3], fmt.Sprint(len(wantEvents[name])); got != want {
			t.Errorf("index of tags: %q counts %s events, want %s", name, got, want)
		}
		doc := string(outputFile(t, files, page))
		if want := "<title>Tagged “" + name + "” – Scripts</title>"; !strings.Contains(doc, want) {
			t.Errorf("%s: want %s", page, want)
		}
		var ids []string
		for _, m := range regexp.MustCompile(`<a href="\.\./events/([^"]+)\.html">`).FindAllStringSubmatch(doc, -1) {
			ids = append(ids, m[1])
		}
		if !slices.Equal(ids, wantEvents[name]) {
			t.Errorf("%s: lists %q, want the events tagged %q, %q", page, ids, name, wantEvents[name])
		}
	}
	// English collation: accents and scripts as CLDR's root order has them.
	wantNames := []string{"🎉", "ano", "año", "CON", "Index", "Ελλάδα", "Монголия", "حفظ السلام", "北约", "李", "里"}
	if !slices.Equal(names, wantNames) {
		t.Errorf("index of tags: got %q, want %q", names, wantNames)
	}
	if strings.Contains(index, "draft only") {
		t.Error("the index of tags lists a draft's tag")
	}
	_, withDrafts := testsite.MustRender(t, dir, load.Options{Drafts: true})
	if withDrafts["tags/draft-only.html"] == nil {
		t.Error("with drafts: no tags/draft-only.html, want the draft's tag's page")
	}
}

// TestTagLinksResolve checks every relative link of every page of sites
// with tags (the one of many scripts, with year pages; the default site;
// a site on one page) leads to a file of the output, and that the tags
// shown on events link to their pages.
func TestTagLinksResolve(t *testing.T) {
	for name, dir := range map[string]string{
		"scripts":  testsite.FromTxtar(t, scriptsSite),
		"default":  testsite.RepoRoot(),
		"one page": testsite.FromTxtar(t, strings.Replace(scriptsSite, "indexLimit = 3", "indexLimit = 100", 1)),
	} {
		t.Run(name, func(t *testing.T) {
			_, files := testsite.MustRender(t, dir, load.Options{})
			tagLinks := 0
			for _, page := range htmlOutputs(files) {
				if page == "404.html" {
					continue // its links are absolute, or relative to any depth
				}
				for _, a := range startTags(files[page], "a") {
					href := a.Attrs["href"]
					u, err := url.Parse(href)
					if err != nil || u.Scheme != "" || u.Path == "" {
						continue
					}
					target := path.Join(path.Dir(page), u.Path)
					if files[target] == nil {
						t.Errorf("%s: link %q leads to %s, which the output does not have", page, href, target)
					}
					if strings.HasPrefix(target, "tags/") {
						tagLinks++
					}
				}
			}
			if tagLinks == 0 {
				t.Error("no page links a tag page")
			}
			if name == "default" {
				return
			}
			// The list of the events of 2001: a year page, or the index.
			list, root := "years/2001.html", "../"
			if name == "one page" {
				list, root = "index.html", ""
			}
			for page, root := range map[string]string{list: root, "events/2001-a.html": "../"} {
				if want := `<a href="` + root + `tags/mongoliia.html" dir=auto>Монголия</a>`; !strings.Contains(string(files[page]), want) {
					t.Errorf("%s: want the tag Монголия as a link to its page, %s", page, want)
				}
			}
		})
	}
}

// TestNoTagsNoTagPages checks that a site whose events have no tag gets
// no tag page, no index of tags, no link to one and no rules for them.
func TestNoTagsNoTagPages(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"config.toml":   "title = \"No tags\"\nbaseURL = \"https://example.org/n/\"\n",
		"events/a.toml": testsite.EventTOML("A", `date = "2001"`),
		"events/b.toml": testsite.EventTOML("B", `date = "2002"`) + "tags = []\n",
		"events/c.toml": testsite.EventTOML("C", `date = "2003"`) + "draft = true\ntags = [\"draft only\"]\n",
	})
	_, files := testsite.MustRender(t, dir, load.Options{})
	for name, data := range files {
		if strings.HasPrefix(name, "tags/") {
			t.Errorf("%s: a site without tags has no tag pages", name)
		}
		for _, trace := range []string{"tags/", "all-tags", "tag-index"} {
			if strings.Contains(string(data), trace) {
				t.Errorf("%s: holds %q; a site without tags shows nothing of them", name, trace)
			}
		}
	}
}

// TestOneTagOnAThousandEvents checks the page of a tag that a thousand
// events carry, and the time the site takes to render.
func TestOneTagOnAThousandEvents(t *testing.T) {
	files := map[string]string{"config.toml": "title = \"Thousand\"\n"}
	for i := range 1000 {
		tags := `"common"`
		if i%100 == 0 {
			tags += `, "rare"`
		}
		files[fmt.Sprintf("events/e%04d.toml", i)] = fmt.Sprintf("title = \"Event %d\"\ndate = \"%d-%02d\"\nsummary = \"Summary %d.\"\ntags = [%s]\n", i, 1000+i, i%12+1, i, tags)
	}
	dir := testsite.New(t, files)
	began := time.Now()
	_, out := testsite.MustRender(t, dir, load.Options{})
	t.Logf("1,000 events, %d files, loaded and rendered in %v", len(out), time.Since(began).Round(time.Millisecond))
	page := string(outputFile(t, out, "tags/common.html"))
	if got := len(regexp.MustCompile(`<li class="?entry"?>`).FindAllString(page, -1)); got != 1000 {
		t.Errorf("tags/common.html: %d entries, want 1000", got)
	}
	if !strings.Contains(page, "<span class=n>1,000 events</span>") {
		t.Error("tags/common.html: want the count, 1,000 events")
	}
	if first, last := strings.Index(page, "events/e0000.html"), strings.Index(page, "events/e0999.html"); first < 0 || last < first {
		t.Error("tags/common.html: want the events in timeline order, e0000 first and e0999 last")
	}
	index := string(outputFile(t, out, "tags/index.html"))
	if !strings.Contains(index, "<span class=t dir=auto>common</span> <span class=n>1,000 events</span>") || !strings.Contains(index, "<span class=t dir=auto>rare</span> <span class=n>10 events</span>") {
		t.Error("tags/index.html: want common with 1,000 events and rare with 10")
	}
}

// TestOwnPartialsOfBefore checks that a site's own partials.html whose
// "tags" still prints each tag as a name (as it did before tag pages) still
// shows the names.
func TestOwnPartialsOfBefore(t *testing.T) {
	partials, err := layouts.FS.ReadFile("partials.html")
	if err != nil {
		t.Fatal(err)
	}
	old := regexp.MustCompile(`\{\{define "tags"\}\}.*\{\{end\}\}\{\{end\}\}\n`).ReplaceAllLiteralString(string(partials),
		`{{define "tags"}}{{with .Tags}}<ul class="tags">{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}{{end}}`+"\n")
	if old == string(partials) {
		t.Fatal(`partials.html: no "tags" to replace`)
	}
	dir := testsite.FromTxtar(t, scriptsSite)
	testsite.Write(t, dir, map[string]string{"layouts/partials.html": old})
	_, files := testsite.MustRender(t, dir, load.Options{})
	for _, page := range []string{"events/2001-a.html", "years/2001.html"} {
		if !strings.Contains(string(files[page]), "<li>Монголия</li>") {
			t.Errorf("%s: want the tag's name, as the site's own partial prints it", page)
		}
	}
}
