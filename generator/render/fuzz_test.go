package render_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/tdewolff/parse/v2"
	htmllex "github.com/tdewolff/parse/v2/html"
)

// FuzzRenderEvent renders a one-event site from fuzzed text fields, each
// followed by hostile markup, and checks that rendering never panics and
// that no hostile markup or link is live in any page.
func FuzzRenderEvent(f *testing.F) {
	f.Add("Mongolia joins KFOR", "Mongolia took part in KFOR.", "Peace-support *operations*.\n\n- one\n- two", "Kosovo", "kfor", "https://example.org/")
	// More seeds, hostile markup and links in each field, are in
	// testdata/fuzz/FuzzRenderEvent.
	f.Fuzz(func(t *testing.T, title, summary, body, place, tag, url string) {
		for _, s := range []string{title, summary, body, place, tag, url} {
			if !utf8.ValidString(s) {
				return
			}
		}
		const marker = "<script>alert(1)</script><img src=x onerror=alert(1)>"
		e := testEvent{
			Title: title + marker, Date: "2005-12", Summary: summary + marker, Place: place + marker,
			Tags: []string{tag + marker}, Body: body + "\n\n" + marker + " [x](javascript:alert(1))",
		}
		e.Sources = append(e.Sources, struct {
			Title string `toml:"title"`
			URL   string `toml:"url"`
		}{Title: "Source" + marker, URL: url})
		dir := t.TempDir()
		writeEventSite(t, dir, e, 1)
		site, err := testsite.Load(dir, load.Options{})
		if err != nil {
			// Text that TOML cannot hold, such as control characters, is
			// a content error; rendering is what this target is about.
			var errs content.ContentErrors
			if !errors.As(err, &errs) {
				t.Fatalf("Load: got error %v (%T), want content errors", err, err)
			}
			return
		}
		files, err := testsite.Render(site)
		if err != nil {
			t.Fatalf("Render: got error %v, want none", err)
		}
		for name, data := range files {
			switch {
			case strings.HasSuffix(name, ".html"):
				for _, problem := range liveMarkup(data) {
					t.Errorf("%s: %s", name, problem)
				}
			case strings.HasSuffix(name, ".json"):
				if !json.Valid(data) {
					t.Errorf("%s: got invalid JSON, want valid", name)
				}
			}
		}
	})
}

// dangerousScheme matches a URL that runs code or carries a document, once
// entities are decoded and the spaces and controls browsers skip are gone.
var dangerousScheme = regexp.MustCompile(`(?i)^(javascript|vbscript|data):`)

// liveMarkup returns what in an HTML page would run or load hostile code: a
// script that holds "alert(", an event-handler attribute, an element that
// embeds a document, or a link or source whose URL is a script.
func liveMarkup(page []byte) []string {
	var problems []string
	l := htmllex.NewLexer(parse.NewInputBytes(page))
	inScript := false
	for {
		tt, data := l.Next()
		switch tt {
		case htmllex.ErrorToken:
			return problems
		case htmllex.StartTagToken:
			name := strings.ToLower(string(l.Text()))
			inScript = name == "script"
			switch name {
			case "iframe", "object", "embed", "base", "form", "frame":
				problems = append(problems, fmt.Sprintf("got a live <%s>, want none", name))
			}
		case htmllex.SVGToken, htmllex.MathToken:
			// The lexer returns these elements whole: lex them again as an
			// element it looks into, a <g> with the same attributes.
			inner := bytes.Clone(data)
			name := bytes.IndexAny(inner, " \t\n\r\f/>")
			copy(inner[1:name], "g"+strings.Repeat(" ", name-2))
			problems = append(problems, liveMarkup(inner)...)
		case htmllex.EndTagToken:
			inScript = false
		case htmllex.TextToken:
			if inScript && bytes.Contains(data, []byte("alert(")) {
				problems = append(problems, fmt.Sprintf("got a script that runs %q, want none", truncate(string(data))))
			}
		case htmllex.AttributeToken:
			key := strings.ToLower(string(l.AttrKey()))
			val := html.UnescapeString(strings.Trim(string(l.AttrVal()), `"'`))
			val = strings.Map(func(r rune) rune {
				if r <= ' ' {
					return -1
				}
				return r
			}, val)
			switch {
			case strings.HasPrefix(key, "on"):
				problems = append(problems, fmt.Sprintf("got an event handler %s=%q, want none", key, truncate(val)))
			// "data:," is the empty favicon every page declares, so that
			// browsers ask for none.
			case (key == "href" || key == "src" || key == "xlink:href" || key == "action" || key == "formaction") && dangerousScheme.MatchString(val) && val != "data:,":
				problems = append(problems, fmt.Sprintf("got a live %s=%q, want none", key, truncate(val)))
			}
		}
	}
}

// TestLiveMarkup checks the check the fuzz targets rely on: it finds live
// markup and links, and lets escaped text and attribute values pass.
func TestLiveMarkup(t *testing.T) {
	tests := []struct {
		page string
		live bool
	}{
		{`<p>&lt;script>alert(1)&lt;/script></p>`, false},
		{`<meta name=description content="<script>alert(1)</script>">`, false},
		{`<a href="https://example.org/?q=javascript:alert(1)">x</a>`, false},
		{`<p title="onerror=alert(1)">javascript:alert(1)</p>`, false},
		{`<script>document.body.className="js"</script>`, false},
		{`<script>alert(1)</script>`, true},
		{`<SCRIPT>alert(1)</SCRIPT>`, true},
		{`<img src=x onerror=alert(1)>`, true},
		{`<svg onload="alert(1)">`, true},
		{`<a href="javascript:alert(1)">x</a>`, true},
		{`<a href=" JaVaScRiPt&colon;alert(1)">x</a>`, true},
		{`<a href="java&#x09;script:alert(1)">x</a>`, true},
		{`<a href='vbscript:msgbox'>x</a>`, true},
		{`<img src="data:image/svg+xml,<svg onload=alert(1)>">`, true},
		{`<iframe src="https://example.org/"></iframe>`, true},
		{`<object data=x></object>`, true},
		{`<svg><a href="javascript:alert(1)"><circle/></a></svg>`, true},
		{`<p><math><a href="javascript:alert(1)">x</a></math></p>`, true},
		{`<svg viewBox="0 0 1 1"><a href="#id" aria-label="&lt;script>"><title>&lt;script></title></a></svg>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			problems := liveMarkup([]byte(tt.page))
			if got := len(problems) > 0; got != tt.live {
				t.Errorf("liveMarkup: got live %v (%q), want %v", got, problems, tt.live)
			}
		})
	}
}

// truncate shortens s for a failure message.
func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
