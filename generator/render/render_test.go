package render_test

import (
	"encoding/json"
	stdhtml "html"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// TestHostileText checks that HTML and javascript: links in an event are
// data, not errors: escaped or dropped in every output.
func TestHostileText(t *testing.T) {
	dir := testsite.New(t, map[string]string{"events/x.toml": `title   = "<script>alert('title')</script>"
date    = "2005-12"
summary = "<img src=x onerror=alert('summary')>"
place   = "<b>Kosovo</b>"
tags    = ["<i>tag</i>"]
body = """
Text with <script>alert('body')</script> inline and a [link](javascript:alert('link')).

<iframe src="https://evil.example/"></iframe>

An autolink <JavaScript:alert('autolink')> and an image ![x](javascript:alert('image')).
"""

[[sources]]
title = "<em>Evil</em> source"
url   = "  JaVaScRiPt:alert('source')"

[[sources]]
title = "Data source"
url   = "data:text/html,<script>alert('data')</script>"
`})
	site, files := testsite.MustRender(t, dir, load.Options{})
	e := site.Events[0]
	if e.Title != "<script>alert('title')</script>" {
		t.Errorf("title: got %q, want it kept as written", e.Title)
	}
	for i, s := range e.Sources {
		if s.URL != "" {
			t.Errorf("source %d: got URL %q, want it dropped", i, s.URL)
		}
	}
	markup := regexp.MustCompile(`(?i)<(script|img src=x|iframe|b|i|em)[\s>]`)
	for name, data := range files {
		if name == "timeline.json" {
			var doc struct {
				Events []map[string]any `json:"events"`
			}
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatalf("timeline.json: %v", err)
			}
			html, _ := doc.Events[0]["html"].(string)
			if m := markup.FindString(html); m != "" || strings.Contains(html, `href="javascript`) {
				t.Errorf("timeline.json html: got %q, want no markup from the body and no javascript: link", html)
			}
			if got := doc.Events[0]["title"]; got != "<script>alert('title')</script>" {
				t.Errorf("timeline.json title: got %q, want the title as written (JSON is data)", got)
			}
			continue
		}
		if !strings.HasSuffix(name, ".html") {
			continue // the other formats have their own tests
		}
		page := scanHTML(t, data)
		for _, tag := range page.tags {
			if tag == "iframe" || tag == "b" || tag == "i" {
				t.Errorf("%s: got a <%s> element from the event's text", name, tag)
			}
		}
		for _, script := range page.scripts {
			if strings.Contains(script, "alert(") {
				t.Errorf("%s: got a script from the event's text: %q", name, script)
			}
		}
		for _, a := range page.attrs {
			value := strings.ToLower(strings.TrimSpace(a[1]))
			if a[0] == "onerror" || strings.HasPrefix(value, "javascript:") || strings.HasPrefix(value, "data:text") {
				t.Errorf("%s: got attribute %s=%q from the event's text", name, a[0], a[1])
			}
		}
		text := strings.Join(page.texts, "")
		for _, hostile := range []string{"<script>alert('title')</script>", "<b>Kosovo</b>", "<i>tag</i>", "<em>Evil</em> source"} {
			if (name == "index.html" || name == "events/x.html") && !strings.Contains(text, hostile) {
				t.Errorf("%s: want %q shown as text", name, hostile)
			}
		}
	}
}

// htmlPage is what a test sees of an HTML file: element names, attributes,
// unescaped text and the content of script elements.
type htmlPage struct {
	tags    []string
	attrs   [][2]string // name and unquoted, unescaped value
	texts   []string
	scripts []string
}

func scanHTML(tb testing.TB, data []byte) htmlPage {
	tb.Helper()
	var page htmlPage
	l := html.NewLexer(parse.NewInputBytes(data))
	inScript := false
	for {
		tt, _ := l.Next()
		switch tt {
		case html.ErrorToken:
			if l.Err() != io.EOF {
				tb.Fatalf("HTML: %v", l.Err())
			}
			return page
		case html.StartTagToken:
			tag := strings.ToLower(string(l.Text()))
			page.tags = append(page.tags, tag)
			inScript = tag == "script"
		case html.EndTagToken:
			inScript = false
		case html.AttributeToken:
			value := strings.Trim(string(l.AttrVal()), `"'`)
			page.attrs = append(page.attrs, [2]string{strings.ToLower(string(l.AttrKey())), stdhtml.UnescapeString(value)})
		case html.TextToken:
			if inScript {
				page.scripts = append(page.scripts, string(l.Text()))
			} else {
				page.texts = append(page.texts, stdhtml.UnescapeString(string(l.Text())))
			}
		}
	}
}

// TestRenderOutputs checks the output tree of a small site and the
// contract of timeline.json.
func TestRenderOutputs(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"events/2005-12-kfor.toml": `title    = "KFOR"
date     = "2005-12"
end      = "2007-03"
summary  = "Mongolia in KFOR."
category = "operations"
tags     = ["kfor"]
place    = "Kosovo"
body     = "Some *text*."

[[sources]]
title = "Relations with Mongolia"
url   = "https://www.nato.int/cps/en/natohq/topics_85297.htm"
`,
		"events/2010-03-isaf.toml":   "title = \"ISAF\"\ndate = \"2010-03\"\nongoing = true\nsummary = \"ISAF.\"\n",
		"events/2014-08-01-day.toml": "title = \"Day\"\ndate = 2014-08-01\nsummary = \"A day.\"\n",
		"events/2015-draft.toml":     "title = \"Draft\"\ndate = \"2015\"\nsummary = \"Not yet.\"\ndraft = true\n",
	})
	_, files := testsite.MustRender(t, dir, load.Options{})
	testsite.CheckOutputTree(t, files, []string{"2005-12-kfor", "2010-03-isaf", "2014-08-01-day"})
	for _, name := range []string{"sitemap.xml", "robots.txt"} {
		if _, ok := files[name]; ok {
			t.Errorf("got %s for a site without baseURL, want none", name)
		}
	}

	var doc struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Events      []struct {
			ID       string   `json:"id"`
			Date     string   `json:"date"`
			End      *string  `json:"end"`
			Ongoing  bool     `json:"ongoing"`
			Category *string  `json:"category"`
			Tags     []string `json:"tags"`
			Place    *string  `json:"place"`
			HTML     string   `json:"html"`
			URL      string   `json:"url"`
			Sources  []struct {
				Title string `json:"title"`
				URL   string `json:"url"`
			} `json:"sources"`
		} `json:"events"`
	}
	if err := json.Unmarshal(files["timeline.json"], &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Test site" || doc.Description != "A site for tests." {
		t.Errorf("timeline.json: got title %q, description %q, want the config's", doc.Title, doc.Description)
	}
	if len(doc.Events) != 3 {
		t.Fatalf("timeline.json: got %d events, want 3 (no draft)", len(doc.Events))
	}
	kfor, isaf, day := doc.Events[0], doc.Events[1], doc.Events[2]
	if kfor.ID != "2005-12-kfor" || kfor.Date != "2005-12" || kfor.End == nil || *kfor.End != "2007-03" || kfor.Ongoing {
		t.Errorf("KFOR: got id %q date %q end %v ongoing %v, want 2005-12-kfor 2005-12 2007-03 false", kfor.ID, kfor.Date, kfor.End, kfor.Ongoing)
	}
	if kfor.Category == nil || *kfor.Category != "operations" || kfor.Place == nil || *kfor.Place != "Kosovo" {
		t.Errorf("KFOR: got category %v place %v, want operations and Kosovo", kfor.Category, kfor.Place)
	}
	if kfor.URL != "events/2005-12-kfor.html" || kfor.HTML != "<p>Some <em>text</em>.</p>" {
		t.Errorf("KFOR: got url %q html %q, want events/2005-12-kfor.html and the rendered body", kfor.URL, kfor.HTML)
	}
	if len(kfor.Sources) != 1 || kfor.Sources[0].URL != "https://www.nato.int/cps/en/natohq/topics_85297.htm" {
		t.Errorf("KFOR: got sources %+v, want the one source", kfor.Sources)
	}
	if isaf.End != nil || !isaf.Ongoing || isaf.Category != nil || isaf.Place != nil {
		t.Errorf("ISAF: got end %v ongoing %v category %v place %v, want no end, ongoing, no category or place", isaf.End, isaf.Ongoing, isaf.Category, isaf.Place)
	}
	if isaf.Tags == nil || len(isaf.Tags) != 0 || isaf.Sources == nil || len(isaf.Sources) != 0 {
		t.Errorf("ISAF: got tags %v sources %v, want empty lists, not null", isaf.Tags, isaf.Sources)
	}
	if day.Date != "2014-08-01" {
		t.Errorf("local date: got %q, want \"2014-08-01\"", day.Date)
	}

	index := string(files["index.html"])
	for _, want := range []string{
		`<time datetime="2005-12">December 2005</time>`,
		`<time datetime="2007-03">March 2007</time>`,
		`since <time datetime="2010-03">March 2010</time>`,
		`<time datetime="2014-08-01">1 August 2014</time>`,
		`id="2005-12-kfor"`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html: want %q", want)
		}
	}
	if strings.Contains(index, "Draft") && strings.Contains(index, "Not yet.") {
		t.Error("index.html: got the draft event, want it left out without -drafts")
	}
	// Every link is relative: no absolute or root-relative URL leaves the page.
	links := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, a := range scanHTML(t, data).attrs {
			if a[0] != "href" && a[0] != "src" {
				continue
			}
			links++
			if u := a[1]; strings.HasPrefix(u, "/") || strings.Contains(u, "://") && !strings.HasPrefix(u, "https://www.nato.int/") {
				t.Errorf("%s: got link %q, want a relative one", name, u)
			}
		}
	}
	if links == 0 {
		t.Error("got no links in the HTML files, want some to check")
	}

	_, files = testsite.MustRender(t, dir, load.Options{Drafts: true})
	if _, ok := files["events/2015-draft.html"]; !ok {
		t.Errorf("with drafts: got files %v, want events/2015-draft.html", testsite.SortedKeys(files))
	}
}
