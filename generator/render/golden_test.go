package render_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const (
	fixtureSite = "testdata/site"
	goldenDir   = "testdata/golden"
	updateHint  = "run go test ./generator/render -run Golden -update"
)

// TestGolden compares the whole output of the fixture site in testdata/site
// with the files in testdata/golden, one golden file per output path. With
// -update it rewrites them instead.
func TestGolden(t *testing.T) {
	_, files := testsite.MustRender(t, fixtureSite, load.Options{})
	if *updateGolden {
		if err := os.RemoveAll(goldenDir); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			testsite.Write(t, goldenDir, map[string]string{name: string(data)})
		}
		return
	}
	if _, err := os.Stat(goldenDir); err != nil {
		t.Fatalf("no golden files: %v: %s", err, updateHint)
	}
	golden := testsite.ReadTree(t, goldenDir)
	for _, name := range testsite.SortedKeys(files) {
		want, ok := golden[name]
		if !ok {
			t.Errorf("%s: output has no golden file: %s", name, updateHint)
			continue
		}
		if got := files[name]; !bytes.Equal(got, want) {
			t.Errorf("%s: output differs from the golden file %s\n%s\n(if the change is meant: %s)",
				name, filepath.Join(goldenDir, name), testsite.FirstDifference(got, want), updateHint)
		}
	}
	for _, name := range testsite.SortedKeys(golden) {
		if _, ok := files[name]; !ok {
			t.Errorf("%s: golden file with no output: %s", name, updateHint)
		}
	}
}

// TestGoldenDeterministic checks that rendering the fixture twice gives the
// same bytes, so that the golden files are stable.
func TestGoldenDeterministic(t *testing.T) {
	_, first := testsite.MustRender(t, fixtureSite, load.Options{})
	_, second := testsite.MustRender(t, fixtureSite, load.Options{})
	if a, b := strings.Join(testsite.SortedKeys(first), " "), strings.Join(testsite.SortedKeys(second), " "); a != b {
		t.Fatalf("files: got %s, then %s", a, b)
	}
	for name, data := range first {
		if !bytes.Equal(data, second[name]) {
			t.Errorf("%s: two renders differ\n%s", name, testsite.FirstDifference(second[name], data))
		}
	}
}

// TestFixtureMarkdown checks the Markdown of the fixture's body, so that the
// golden files are known to hold the right thing: GFM tables, strikethrough
// and autolinks, typographic quotes and dashes, headings shifted under the
// page's own, code blocks as written, raw HTML omitted and javascript:
// links dropped.
func TestFixtureMarkdown(t *testing.T) {
	site, files := testsite.MustRender(t, fixtureSite, load.Options{})
	var e *content.Event
	for _, x := range site.Events {
		if x.ID == "2014-08-01-markdown" {
			e = x
		}
	}
	if e == nil {
		t.Fatal("fixture: no event 2014-08-01-markdown")
	}
	page, list := string(e.HTML), string(e.ListHTML)
	for _, want := range []string{
		"<h2>A heading</h2><h3>A subheading</h3>",
		"&ldquo;Quoted&rdquo; and &lsquo;single&rsquo; words &ndash; with dashes &mdash; and an ellipsis&mldr;",
		"<table>", `<th style=text-align:right>Value</th>`, "<td><del>Struck</del></td>",
		`<a href=https://www.nato.int/>https://www.nato.int/</a>`,
		`<a href="https://example.org/a?b=c">https://example.org/a?b=c</a>`,
		"<pre><code>  indented code\n\twith a tab\n\nand a blank line\n</code></pre>",
		"<p>Some raw HTML and a block:</p>",
		`<p>A bad link and a <a href=https://www.nato.int/>`,
		`<a href=https://www.nato.int/>good one</a>`,
		"<blockquote>", "<ol>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page HTML: want %q in\n%s", want, page)
		}
	}
	for _, unwanted := range []string{"onclick", "javascript:", `class="evil"`, "omitted</div>", "<a href>"} {
		if strings.Contains(page, unwanted) {
			t.Errorf("page HTML: got %q, want it omitted", unwanted)
		}
	}
	if !strings.Contains(list, "<h4>A heading</h4><h5>A subheading</h5>") {
		t.Errorf("timeline HTML: want the headings from h4 under the event's h3, got\n%s", list)
	}
	// The code block survives minifying in every HTML file that shows it.
	for _, name := range []string{"index.html", "events/2014-08-01-markdown.html"} {
		if !strings.Contains(string(files[name]), "<pre><code>  indented code\n\twith a tab\n\nand a blank line\n</code></pre>") {
			t.Errorf("%s: want the code block as written", name)
		}
	}
	// Static files are copied as they are, not minified.
	if got, want := string(files["img/dot.svg"]), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n"; got != want {
		t.Errorf("static img/dot.svg: got %q, want %q", got, want)
	}
	if got := string(files["CNAME"]); got != "timeline.example.org\n" {
		t.Errorf("static CNAME: got %q, want \"timeline.example.org\\n\"", got)
	}
	if _, ok := files["events/2015-draft.html"]; ok {
		t.Error("events/2015-draft.html: got a page for a draft, want none without -drafts")
	}
}
