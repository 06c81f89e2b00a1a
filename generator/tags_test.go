//go:build unix

package generator_test

import (
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// taggedEvent returns an event file with the given tags (TOML array
// items, such as `"kfor", "isaf"`).
func taggedEvent(title, date, tags string) string {
	return editedEvent(title, date) + "tags = [" + tags + "]\n"
}

// tagsSite returns a site whose events carry tags in several scripts, two
// of which share a slug once 李 comes (李, 里: "li").
func tagsSite(tb testing.TB, indexLimit int) string {
	tb.Helper()
	return testsite.New(tb, map[string]string{
		"config.toml":        fmt.Sprintf("title = \"Tags\"\nbaseURL = \"https://example.org/t/\"\nindexLimit = %d\n", indexLimit),
		"events/2001-a.toml": taggedEvent("A", "2001-03", `"Монголия", "peace support"`),
		"events/2001-b.toml": taggedEvent("B", "2001-07", `"北约", "里"`),
		"events/2002-c.toml": taggedEvent("C", "2002", `"حفظ السلام", "peace support"`),
		"events/2003-d.toml": taggedEvent("D", "2003-01-05", `"only here"`),
		"events/2003-e.toml": editedEvent("E", "2003-11"),
	})
}

// TestTagPagesIncremental edits the tags of a site in steps and checks
// after each that a build with the build cache and a serve session's
// update both give byte for byte what a whole new build gives: a tag
// renamed, an event losing its only tag (its page goes), a tag that takes
// the slug of another (the pages of events that did not change link
// elsewhere), a tagged event made a draft, every tag removed (no tags/
// folder) and tags back. It checks that a tag page the edit does not touch
// is kept from the previous output.
func TestTagPagesIncremental(t *testing.T) {
	type step struct {
		sessionEdit
		// pages are tag pages the step must leave, gone the ones it must
		// not, kept one it must take from the previous output.
		pages, gone []string
		kept        string
	}
	steps := []step{
		{sessionEdit: sessionEdit{name: "rename a tag", write: map[string]string{"events/2002-c.toml": taggedEvent("C", "2002", `"السلام", "peace support"`)}},
			pages: []string{"tags/lslm.html"}, gone: []string{"tags/hfz-lslm.html"}, kept: "tags/bei-yue.html"},
		{sessionEdit: sessionEdit{name: "an event loses its only tag", write: map[string]string{"events/2003-d.toml": editedEvent("D", "2003-01-05")}},
			gone: []string{"tags/only-here.html"}, kept: "tags/mongoliia.html"},
		{sessionEdit: sessionEdit{name: "a new tag takes the slug of another", write: map[string]string{"events/2004-f.toml": taggedEvent("F", "2004", `"李"`)}},
			// 李 sorts before 里: it takes "li", 里 gets a suffix.
			pages: []string{"tags/li.html", "tags/li_79f43de6.html"}, kept: "tags/lslm.html"},
		{sessionEdit: sessionEdit{name: "retitle a tagged event", write: map[string]string{"events/2001-a.toml": taggedEvent("A again", "2001-03", `"Монголия", "peace support"`)}},
			kept: "tags/bei-yue.html"},
		{sessionEdit: sessionEdit{name: "make a tagged event a draft", write: map[string]string{"events/2004-f.toml": taggedEvent("F", "2004", `"李"`) + "draft = true\n"}},
			pages: []string{"tags/li.html"}, gone: []string{"tags/li_79f43de6.html"}},
		{sessionEdit: sessionEdit{name: "move a tagged event to another year", write: map[string]string{"events/2001-b.toml": taggedEvent("B", "2003-02", `"北约", "里"`)}}},
		{sessionEdit: sessionEdit{name: "remove every tag", write: map[string]string{
			"events/2001-a.toml": editedEvent("A", "2001-03"),
			"events/2001-b.toml": editedEvent("B", "2001-07"),
			"events/2002-c.toml": editedEvent("C", "2002"),
		}}, gone: []string{"tags/index.html", "tags/li.html"}},
		{sessionEdit: sessionEdit{name: "tags again", write: map[string]string{"events/2003-e.toml": taggedEvent("E", "2003-11", `"kfor"`)}},
			pages: []string{"tags/index.html", "tags/kfor.html"}},
	}
	for _, limit := range []int{3, 200} {
		t.Run(map[int]string{3: "year pages", 200: "one page"}[limit], func(t *testing.T) {
			site := tagsSite(t, limit)
			opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: t.TempDir()}
			cachedBuild(t, "first build", opts)
			session := generator.NewSession(site, generator.SessionOptions{})
			if _, err := session.Build(); err != nil {
				t.Fatal(err)
			}
			for _, s := range steps {
				var keptBefore uint64
				if s.kept != "" {
					keptBefore, _ = fileID(t, filepath.Join(opts.OutDir, s.kept))
				}
				updateEqualsBuild(t, session, site, s.sessionEdit)
				cachedBuild(t, s.name, opts)
				files := testsite.ReadTree(t, opts.OutDir)
				for _, name := range s.pages {
					if files[name] == nil {
						t.Errorf("%s: no %s, want one", s.name, name)
					}
				}
				for _, name := range s.gone {
					if files[name] != nil {
						t.Errorf("%s: %s is still there, want it gone", s.name, name)
					}
				}
				if s.kept != "" {
					if now, _ := fileID(t, filepath.Join(opts.OutDir, s.kept)); now != keptBefore {
						t.Errorf("%s: %s, which the edit does not touch, is a new file, want the previous output's", s.name, s.kept)
					}
				}
				if s.name == "remove every tag" {
					for name, data := range files {
						if strings.HasPrefix(name, "tags/") || strings.Contains(string(data), "tags/") {
							t.Errorf("%s: %s is or names a tag page; a site without tags has none", s.name, name)
						}
					}
				}
				if t.Failed() {
					t.FailNow()
				}
			}
		})
	}
}

// TestTagErrorInAnUnchangedFile checks that a serve session's update
// reports a tag written two ways at the later file, which the update did
// not read again, at its line and column.
func TestTagErrorInAnUnchangedFile(t *testing.T) {
	site := testsite.New(t, map[string]string{
		"events/a.toml": taggedEvent("A", "2001", `"nato"`),
		"events/b.toml": taggedEvent("B", "2002", `"kfor", "nato"`),
	})
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	_, err := session.Update(applyEdit(t, site, sessionEdit{write: map[string]string{"events/a.toml": taggedEvent("A", "2001", `"NATO"`)}}))
	want := "b.toml:5:17: tag \"nato\" is \"NATO\" of "
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("update: got %v, want an error containing %q", err, want)
	}
}

// TestTagPagesInEveryLanguage builds a site in English with Swedish and
// German trees: each tree has the tag pages under the same names, as the
// default language makes them (Köln is "koln" in the German tree too), so
// that the language switcher leads from a tag's page to the same tag's; its
// index of tags is sorted in its own language (Swedish puts "Äpfel" after
// "zebra"); and every link of every page within the site leads to a file
// of the output.
func TestTagPagesInEveryLanguage(t *testing.T) {
	site := testsite.New(t, map[string]string{
		"config.toml":      "title = \"Tags\"\nlanguage = \"en\"\nbaseURL = \"https://example.org/t/\"\n[languages.sv]\ntitle = \"Taggar\"\n[languages.de]\ntitle = \"Schlagwörter\"\n",
		"events/a.toml":    taggedEvent("A", "2001", `"ant", "Äpfel", "Köln"`),
		"events/a.sv.toml": "title = \"A på svenska\"\nsummary = \"Något hände.\"\n",
		"events/b.toml":    taggedEvent("B", "2002", `"zebra", "Köln"`),
		"events/c.toml":    editedEvent("C", "2003"),
	})
	out := filepath.Join(t.TempDir(), "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	files := testsite.ReadTree(t, out)
	order := regexp.MustCompile(`<span class=t dir=auto>([^<]+)</span>`)
	for folder, want := range map[string][]string{"": {"ant", "Äpfel", "Köln", "zebra"}, "sv/": {"ant", "Köln", "zebra", "Äpfel"}, "de/": {"ant", "Äpfel", "Köln", "zebra"}} {
		for _, name := range []string{"tags/index.html", "tags/ant.html", "tags/apfel.html", "tags/koln.html", "tags/zebra.html"} {
			if files[folder+name] == nil {
				t.Errorf("no %s%s, want one", folder, name)
			}
		}
		var got []string
		for _, m := range order.FindAllStringSubmatch(string(files[folder+"tags/index.html"]), -1) {
			got = append(got, m[1])
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%stags/index.html: tags %q, want %q", folder, got, want)
		}
	}
	if page := string(files["sv/tags/koln.html"]); !strings.Contains(page, `href="https://example.org/t/tags/koln.html"`) || !strings.Contains(page, `href="https://example.org/t/de/tags/koln.html"`) {
		t.Error("sv/tags/koln.html: want links to the same tag's page in English and German")
	}
	sitemap := string(files["sitemap.xml"])
	for _, loc := range []string{"https://example.org/t/tags/koln.html", "https://example.org/t/sv/tags/index.html", "https://example.org/t/de/tags/zebra.html"} {
		if !strings.Contains(sitemap, "<loc>"+loc+"</loc>") {
			t.Errorf("sitemap.xml: want %s", loc)
		}
	}
	href := regexp.MustCompile(`href="?([^"\s>]+)`)
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") || name == "404.html" {
			continue
		}
		for _, m := range href.FindAllStringSubmatch(string(data), -1) {
			link := strings.SplitN(m[1], "#", 2)[0]
			target := path.Join(path.Dir(name), link)
			if rest, ok := strings.CutPrefix(link, "https://example.org/t/"); ok {
				target = path.Join(rest, map[bool]string{true: "index.html"}[rest == "" || strings.HasSuffix(rest, "/")])
			} else if link == "" || strings.Contains(link, ":") {
				continue
			}
			if files[target] == nil {
				t.Errorf("%s: link %q leads to %s, which the output does not have", name, m[1], target)
			}
		}
	}
}
