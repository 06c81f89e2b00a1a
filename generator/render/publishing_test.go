package render_test

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// testBaseURL is the base URL the tests build sites with.
const testBaseURL = "https://example.org/tl/"

// testRootURL is a base URL at the root of its host, where robots.txt goes.
const testRootURL = "https://timeline.example.org/"

// hostileConfig is the config.toml of the test site: text that must be
// escaped in every format (HTML, XML, JSON, iCalendar TEXT).
const hostileConfig = `
title       = "Tests, ; \\ \"quoted\" <b>bold</b> & more"
description = "A site for tests: commas, semicolons; a backslash \\ and <i>markup</i> & ampersands, long enough to be folded in the calendar, with ü, é and 日本語."
language    = "en"

[[categories]]
id    = "ops"
label = "Ops & <Things>"

[[categories]]
id    = "talks"
label = "Talks, meetings; more"

[source]
title   = "A source"
url     = "https://example.org/source"
updated = "2020-02-02"
`

// hostileEvents are the events of the test site, by id: every precision,
// ranges, an ongoing event, an end equal to the start and hostile text.
var hostileEvents = map[string]string{
	"1999-year": `
title    = "<script>alert(1)</script> A year, with; \\ everything"
date     = "1999"
summary  = "Line one.\nLine two; with a comma, and a backslash \\."
category = "ops"
place    = "Here, there; everywhere"
body     = "Body with **bold** and a [link](https://example.org/a?b=1&c=2)."
`,
	"2001-within": `
title    = "A year that ends in June"
date     = "2001"
end      = "2001-06"
summary  = "Ends inside its start year."
category = "talks"
`,
	"2005-12-range": `
title    = "A range of months"
date     = "2005-12"
end      = "2007-03"
summary  = "December 2005 to March 2007."
category = "ops"
`,
	"2010-03-ongoing": `
title    = "Still running"
date     = "2010-03"
ongoing  = true
summary  = "Ongoing since March 2010."
`,
	"2014-08-01-day": `
title    = "One day, ending the same day"
date     = 2014-08-01
end      = "2014-08-01"
summary  = "A TOML local date."
category = "talks"
`,
	"2015-long": `
title    = "Ünïcödé all the way: 日本語のタイトルはとても長いのでカレンダーでは折り返されなければなりません、そうでしょう？"
date     = "2015-06-30"
summary  = "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"
`,
}

// writeTestSite writes a site folder with config and events (by id) and
// returns its path.
func writeTestSite(tb testing.TB, config string, events map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "events"), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(config), 0o644); err != nil {
		tb.Fatal(err)
	}
	for id, text := range events {
		if err := os.WriteFile(filepath.Join(dir, "events", id+".toml"), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// renderTestSite loads the site in dir with the base URL (empty for none)
// and renders it.
func renderTestSite(tb testing.TB, dir, baseURL string) (*content.Site, map[string][]byte) {
	tb.Helper()
	site, err := testsite.Load(dir, load.Options{BaseURL: baseURL})
	if err != nil {
		tb.Fatalf("Load(%s): %v", dir, err)
	}
	files, err := testsite.Render(site)
	if err != nil {
		tb.Fatalf("Render: %v", err)
	}
	return site, files
}

// hostileSite renders the hostile test site.
func hostileSite(tb testing.TB, baseURL string) (*content.Site, map[string][]byte) {
	tb.Helper()
	return renderTestSite(tb, writeTestSite(tb, hostileConfig, hostileEvents), baseURL)
}

// publishSite is a rendered test site.
type publishSite struct {
	name  string
	site  *content.Site
	files map[string][]byte
}

// testSites are the sites every format is checked on: the repository's own
// and the hostile one, each with and without a base URL.
func testSites(t *testing.T) []publishSite {
	t.Helper()
	var sites []publishSite
	hostileDir := writeTestSite(t, hostileConfig, hostileEvents)
	for _, dir := range []struct{ name, path string }{{"default", testsite.RepoRoot()}, {"hostile", hostileDir}} {
		for _, base := range []string{"", testBaseURL, testRootURL} {
			site, files := renderTestSite(t, dir.path, base)
			name := dir.name + map[string]string{"": "/no-base", testBaseURL: "/base", testRootURL: "/root"}[base]
			sites = append(sites, publishSite{name, site, files})
		}
	}
	return sites
}

// outputFile returns the named output, failing the test when it is missing.
func outputFile(tb testing.TB, files map[string][]byte, name string) []byte {
	tb.Helper()
	data, ok := files[name]
	if !ok {
		tb.Fatalf("no %s in the output", name)
	}
	return data
}

var (
	tagPattern = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>`)
	// scriptText is the text of an inline script, where "i<a" is code.
	scriptText  = regexp.MustCompile(`(?s)(<script\b[^>]*>).*?</script>`)
	attrPattern = regexp.MustCompile(`([^\s=/>]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?`)
)

// htmlTag is a start tag of a (minified) HTML document.
type htmlTag struct {
	Name  string
	Attrs map[string]string
}

// startTags returns the start tags of doc with the given name, attributes
// unquoted and unescaped, outside the text of scripts. It is enough for
// the generator's own output.
func startTags(doc []byte, name string) []htmlTag {
	doc = scriptText.ReplaceAll(doc, []byte("$1</script>"))
	var found []htmlTag
	for _, m := range tagPattern.FindAllSubmatch(doc, -1) {
		if !strings.EqualFold(string(m[1]), name) {
			continue
		}
		tag := htmlTag{Name: name, Attrs: map[string]string{}}
		for _, a := range attrPattern.FindAllSubmatch(m[2], -1) {
			value := string(a[2])
			if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') {
				value = value[1 : len(value)-1]
			}
			tag.Attrs[strings.ToLower(string(a[1]))] = html.UnescapeString(value)
		}
		found = append(found, tag)
	}
	return found
}

// htmlOutputs returns the names of the HTML outputs.
func htmlOutputs(files map[string][]byte) []string {
	var names []string
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			names = append(names, name)
		}
	}
	return names
}

// TestPublishingOutputs checks that a build makes every output of the
// output tree, sitemap.xml only with a base URL, and robots.txt only with
// a base URL at the root of its host (crawlers read it nowhere else).
func TestPublishingOutputs(t *testing.T) {
	always := []string{"index.html", "404.html", "embed.html", "embed.js", "timeline.json", "timelinejs.json", "feed.xml", "timeline.ics"}
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			for _, name := range always {
				outputFile(t, s.files, name)
			}
			for _, e := range s.site.Events {
				outputFile(t, s.files, "events/"+e.ID+".html")
			}
			base := s.site.Config.BaseURL
			for name, want := range map[string]bool{"sitemap.xml": base != "", "robots.txt": base == testRootURL} {
				if _, got := s.files[name]; got != want {
					t.Errorf("%s in the output: got %v, want %v (base URL %q)", name, got, want, base)
				}
			}
		})
	}
}

// TestPublishingDeterministic checks that the same site renders to the same
// bytes twice.
func TestPublishingDeterministic(t *testing.T) {
	dir := writeTestSite(t, hostileConfig, hostileEvents)
	for _, base := range []string{"", testBaseURL} {
		_, first := renderTestSite(t, dir, base)
		_, second := renderTestSite(t, dir, base)
		for name, data := range first {
			if !bytes.Equal(data, second[name]) {
				t.Errorf("%s (base %q) differs between two renders", name, base)
			}
		}
	}
}
