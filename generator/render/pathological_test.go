package render_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// hostile is text that must never reach an output as live markup.
const hostile = "<script>alert(1)</script>"

// pathologicalCase is an event built to push a part of the generator to its
// worst case: the Markdown parser, the minifier or the layouts.
type pathologicalCase struct {
	name  string
	event testEvent
	// events is the number of copies of the event, all on the same date.
	events int
}

// pathologicalCases returns the cases, each with hostile text at its
// deepest point. The nesting cases follow cmark's pathological tests.
func pathologicalCases() []pathologicalCase {
	const n = 10000
	body := func(text string) testEvent {
		return testEvent{Title: "Pathological", Date: "2005-12", Summary: "A summary.", Body: text}
	}
	var indentedList, backticks strings.Builder
	for i := range 500 {
		fmt.Fprintf(&indentedList, "%s* a\n", strings.Repeat("  ", i))
	}
	indentedList.WriteString(strings.Repeat("  ", 500) + "* " + hostile + "\n")
	for i := range 1000 {
		backticks.WriteString("e" + strings.Repeat("`", i+1))
	}
	var backticksAtLimit strings.Builder
	for i := range 85 {
		backticksAtLimit.WriteString("e" + strings.Repeat("`", i+1))
	}
	padding := strings.Repeat("word ", 180000)
	var references strings.Builder
	for i := range n {
		fmt.Fprintf(&references, "[%d]: u\n", i)
	}
	references.WriteString(strings.Repeat("[0] ", n))
	tags := make([]string, 5000)
	for i := range tags {
		tags[i] = fmt.Sprintf("%4d ", i) + quotes(100-5-len(hostile))
	}
	return []pathologicalCase{
		{name: "nested-brackets", event: body(strings.Repeat("[", n) + hostile + strings.Repeat("]", n))},
		{name: "link-openers", event: body(strings.Repeat("[a", n) + hostile)},
		{name: "link-closers", event: body(strings.Repeat("a]", n) + hostile)},
		{name: "unclosed-links", event: body(strings.Repeat("[a](<b", n) + hostile + strings.Repeat("[a](b", n))},
		{name: "brackets-parens", event: body(strings.Repeat("[ (](", n) + hostile)},
		{name: "link-openers-emphasis-closers", event: body(strings.Repeat("[ a_", n) + hostile)},
		{name: "emphasis-run", event: body(strings.Repeat("*", n) + hostile + strings.Repeat("*", n))},
		{name: "nested-emphasis", event: body(strings.Repeat("*a **a ", n) + hostile + strings.Repeat(" a** a*", n))},
		{name: "emphasis-openers", event: body(strings.Repeat("_a ", n) + hostile)},
		{name: "emphasis-closers", event: body(strings.Repeat("a_ ", n) + hostile)},
		{name: "mismatched-emphasis", event: body(strings.Repeat("*a_ ", n) + hostile)},
		{name: "emphasis-multiple-of-3", event: body("a**b" + strings.Repeat("c* ", n) + hostile)},
		{name: "strikethrough", event: body(strings.Repeat("~~a ", n) + hostile)},
		{name: "backticks", event: body(backticks.String() + hostile)},
		{name: "blockquotes", event: body(strings.Repeat(">", n) + hostile)},
		{name: "spaced-blockquotes", event: body(strings.Repeat("> ", n) + hostile)},
		{name: "nested-lists", event: body(strings.Repeat("- ", n) + hostile)},
		{name: "nested-ordered-lists", event: body(strings.Repeat("1. ", n) + hostile)},
		{name: "indented-lists", event: body(indentedList.String())},
		{name: "references", event: body(references.String() + hostile)},
		{name: "table-columns", event: body(strings.Repeat("|a", n) + "|\n" + strings.Repeat("|-", n) + "|\n" + strings.Repeat("|"+hostile, 100) + "|\n")},
		{name: "table-rows", event: body("|a|b|\n|-|-|\n" + strings.Repeat("|"+hostile+"|b|\n", n))},
		{name: "long-line", event: body(strings.Repeat("word ", 190000) + hostile)},
		{name: "long-word", event: body(strings.Repeat("w", 950000) + hostile)},
		{name: "long-url", event: body("https://example.org/" + strings.Repeat("a/", 450000) + hostile)},
		{name: "quotes", event: body(strings.Repeat("\"a' ", n) + hostile)},
		{name: "unmatched-quotes", event: body(strings.Repeat("'a\" ", 50000) + hostile)},
		{name: "autolinks-parens-www", event: body(strings.Repeat("(www.a.org/", 50000) + hostile)},
		{name: "autolinks-parens-https", event: body(strings.Repeat("(https://a", 50000) + hostile)},
		{name: "autolinks-spaced-www", event: body(strings.Repeat(" www.", 50000) + hostile)},
		{name: "emails", event: body(strings.Repeat("a@b.", 50000) + hostile)},
		{name: "unclosed-links-long-word", event: body(strings.Repeat("[a](b", 1950) + strings.Repeat("w", 900000))},
		{name: "list-items", event: body(strings.Repeat("- a\n", 200000))},
		{name: "nested-lists-4", event: body(strings.Repeat("- - - - a\n", 90000))},
		{name: "nested-lists-8", event: body(strings.Repeat("- - - - - - - - a\n", 55000))},
		{name: "quote-lines", event: body(strings.Repeat("> a\n", 200000))},
		{name: "paragraphs", event: body(strings.Repeat("a\n\n", 300000))},
		// Plain-text fields at their length limits, made of characters
		// that become entities, and 5,000 such tags.
		{name: "long-text-fields", event: testEvent{
			Title: quotes(500 - len(hostile)), Date: "2005", Summary: quotes(2000 - len(hostile)),
			Place: quotes(200 - len(hostile)), Tags: tags, Body: "A body.",
		}},
		// Just under the limits above which markdown.go renders a body as
		// plain paragraphs (4000 markup characters, line prefixes of 64),
		// with the rest of the 1 MiB a file may hold in the same paragraph.
		{name: "unclosed-links-at-limit", event: body(strings.Repeat("[a](<b", 1300) + padding)},
		{name: "unclosed-bare-links-at-limit", event: body(strings.Repeat("[a](b", 1950) + padding)},
		{name: "mismatched-emphasis-at-limit", event: body(strings.Repeat("*a_ ", 1950) + padding)},
		{name: "link-openers-at-limit", event: body(strings.Repeat("[a", 3950) + padding)},
		{name: "backticks-at-limit", event: body(backticksAtLimit.String() + padding)},
		{name: "nested-lists-at-limit", event: body(strings.Repeat(strings.Repeat("- ", 32)+"a\n", 15000))},
		{name: "blockquotes-at-limit", event: body(strings.Repeat(strings.Repeat(" ", 60)+"1. a\n", 15000))},
		{name: "quote-lines-at-limit", event: body(strings.Repeat("> a\n", 4999))},
		{name: "overlapping-events", events: 1000, event: testEvent{Title: "Same month " + hostile, Date: "2005-12", Summary: "A summary."}},
		{name: "overlapping-ranges", events: 1000, event: testEvent{Title: "Same span " + hostile, Date: "2005-12", End: "2007-03", Summary: "A summary."}},
	}
}

// quotes returns n characters that HTML escapes as entities, then hostile.
func quotes(n int) string {
	return strings.Repeat(`"'>`, n/3) + strings.Repeat(`"`, n%3) + hostile
}

// TestOverlongTextFields checks that a plain-text field over its length
// limit is a content error at its line, not a slow build.
func TestOverlongTextFields(t *testing.T) {
	long := strings.Repeat(`"`, 100000)
	tests := []struct {
		name  string
		event testEvent
		line  int
	}{
		{"title", testEvent{Title: long, Date: "2005", Summary: "s"}, 3},
		{"summary", testEvent{Title: "t", Date: "2005", Summary: long}, 5},
		{"place", testEvent{Title: "t", Date: "2005", Summary: "s", Place: long}, 6},
		{"tag", testEvent{Title: "t", Date: "2005", Summary: "s", Tags: []string{"a", long}}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeEventSite(t, dir, tt.event, 1)
			_, err := testsite.Load(dir, load.Options{})
			var errs content.ContentErrors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Load: got error %v, want one content error", err)
			}
			if errs[0].Line != tt.line || !strings.Contains(errs[0].Msg, "over the limit") {
				t.Errorf("Load: got %q, want an error at line %d that names the limit", errs[0], tt.line)
			}
		})
	}
}

// testEvent is an event file's keys, for writing test sites.
type testEvent struct {
	Title   string   `toml:"title"`
	Date    string   `toml:"date"`
	End     string   `toml:"end,omitempty"`
	Summary string   `toml:"summary"`
	Place   string   `toml:"place,omitempty"`
	Tags    []string `toml:"tags,omitempty"`
	// Body is written as a literal string when it can be, so that a body
	// of nearly 1 MiB fits in the file.
	Body    string `toml:"-"`
	Sources []struct {
		Title string `toml:"title"`
		URL   string `toml:"url"`
	} `toml:"sources,omitempty"`
}

// writeEventSite writes a site with count copies of the event (at least
// one) into dir.
func writeEventSite(tb testing.TB, dir string, e testEvent, count int) {
	tb.Helper()
	// The body goes first: what follows the encoded tables would be in them.
	var buf bytes.Buffer
	if literal := !strings.Contains(e.Body, "'''") && !strings.ContainsFunc(e.Body, func(r rune) bool {
		return r < ' ' && r != '\n' && r != '\t' || r == 0x7f
	}); literal {
		buf.WriteString("body = '''\n" + e.Body + "'''\n")
	} else if err := toml.NewEncoder(&buf).Encode(map[string]string{"body": e.Body}); err != nil {
		tb.Fatal(err)
	}
	if err := toml.NewEncoder(&buf).Encode(e); err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "events"), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"Test site\"\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	for i := range max(count, 1) {
		path := filepath.Join(dir, "events", fmt.Sprintf("event-%d.toml", i))
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// loadAndRender loads and renders the site in dir.
func loadAndRender(tb testing.TB, dir string) map[string][]byte {
	tb.Helper()
	site, err := testsite.Load(dir, load.Options{})
	if err != nil {
		tb.Fatalf("Load: got error %v, want none", err)
	}
	files, err := testsite.Render(site)
	if err != nil {
		tb.Fatalf("Render: got error %v, want none", err)
	}
	return files
}

var viewBoxHeight = regexp.MustCompile(`(?i)class="?overview-svg[^"]*"? viewbox="?0 0 [0-9.]+ ([0-9.]+)`)

// TestPathologicalInput checks that each pathological event renders without
// error, that its hostile text reaches no output as markup, and that the
// overview keeps a bounded height however many events overlap.
func TestPathologicalInput(t *testing.T) {
	for _, c := range pathologicalCases() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeEventSite(t, dir, c.event, c.events)
			files := loadAndRender(t, dir)
			if _, ok := files["events/event-0.html"]; !ok {
				t.Fatalf("outputs: got no events/event-0.html, want one")
			}
			if m := viewBoxHeight.FindSubmatch(files["index.html"]); m == nil {
				t.Errorf("index.html: got no overview, want one")
			} else if h, _ := strconv.ParseFloat(string(m[1]), 64); h > 400 {
				t.Errorf("overview: got %g units tall, want at most 400", h)
			}
			for name, data := range files {
				if strings.HasSuffix(name, ".html") {
					for _, problem := range liveMarkup(data) {
						t.Errorf("%s: %s", name, problem)
					}
				}
			}
		})
	}
}

// BenchmarkPathological loads and renders each pathological case. Each must
// take well under a second.
func BenchmarkPathological(b *testing.B) {
	for _, c := range pathologicalCases() {
		b.Run(c.name, func(b *testing.B) {
			dir := b.TempDir()
			writeEventSite(b, dir, c.event, c.events)
			for b.Loop() {
				loadAndRender(b, dir)
			}
		})
	}
}
