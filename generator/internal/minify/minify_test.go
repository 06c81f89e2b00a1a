package minify_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/minify"
)

func minifyString(tb testing.TB, name, in string) string {
	tb.Helper()
	out, err := minify.File(name, []byte(in))
	if err != nil {
		tb.Fatalf("minify %s: %v", name, err)
	}
	return string(out)
}

// TestMinifyHTMLKeeps checks what HTML minifying must keep: white space
// between inline elements, <pre> content, document and end tags.
func TestMinifyHTMLKeeps(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // each must appear in the output
	}{
		{
			name: "space after an inline element",
			in:   "<p><em>a</em> b</p>",
			want: []string{"<em>a</em> b"},
		},
		{
			name: "space between inline elements",
			in:   "<p><em>a</em> <strong>b</strong> <a href=\"x.html\">c</a> <code>d</code></p>",
			want: []string{"<em>a</em> <strong>b</strong> <a href=x.html>c</a> <code>d</code>"},
		},
		{
			name: "space inside a time element",
			in:   "<p><span class=\"when\"><time datetime=\"2005-12\">December 2005</time> – <time datetime=\"2007-03\">March 2007</time></span> <span class=\"place\">Kosovo</span></p>",
			want: []string{"December 2005</time> – <time datetime=2007-03>March 2007</time></span> <span class=place>Kosovo</span>"},
		},
		{
			name: "pre untouched",
			in:   "<div>\n  <pre>  two leading spaces\n\n\tand a tab,   three spaces\n</pre>\n</div>",
			want: []string{"<pre>  two leading spaces\n\n\tand a tab,   three spaces\n</pre>"},
		},
		{
			name: "pre with code untouched",
			in:   "<pre><code>  indented code\n\twith a tab\n\nand a blank line\n</code></pre>",
			want: []string{"<pre><code>  indented code\n\twith a tab\n\nand a blank line\n</code></pre>"},
		},
		{
			name: "pre starting with a newline",
			in:   "<pre>\n\nfirst\n  second</pre>",
			want: []string{"\nfirst\n  second</pre>"},
		},
		{
			name: "document tags",
			in:   "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>T</title>\n</head>\n<body>\n<p>a</p>\n</body>\n</html>\n",
			want: []string{"<html lang=en>", "<head>", "</head>", "<body>", "</body>", "</html>"},
		},
		{
			name: "end tags",
			in:   "<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n<p>a</p>\n<p>b</p>\n<ol><li><p>x</p></li></ol>",
			want: []string{"<li>one</li><li>two</li>", "<p>a</p><p>b</p>", "<li><p>x</p></li>"},
		},
		{
			name: "table end tags",
			in:   "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
			want: []string{"<th>a</th></tr></thead>", "<td>1</td></tr></tbody></table>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := minifyString(t, "page.html", tt.in)
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("minify %q:\ngot  %q\nwant it to hold %q", tt.in, got, want)
				}
			}
		})
	}
}

// TestMinifyLineBreakAfterInline checks that a line break between an
// inline element and the next word stays white space (a space or a newline).
func TestMinifyLineBreakAfterInline(t *testing.T) {
	in := "<p>an <i>italic</i>\n    word</p>"
	got := minifyString(t, "page.html", in)
	if !strings.Contains(got, "an <i>italic</i> word") && !strings.Contains(got, "an <i>italic</i>\nword") {
		t.Errorf("minify %q: got %q, want white space kept between </i> and word", in, got)
	}
}

// TestMinifyHTMLRemoves checks that minifying does shrink HTML, so that the
// tests above are not passing on a minifier that does nothing.
func TestMinifyHTMLRemoves(t *testing.T) {
	in := "<div class=\"a\">\n    <p>\n        text\n    </p>\n    <!-- a comment -->\n</div>\n"
	if got, want := minifyString(t, "page.html", in), "<div class=a><p>text</p></div>"; got != want {
		t.Errorf("minify %q: got %q, want %q", in, got, want)
	}
}

func TestMinifyByExtension(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"timeline.json", `{"year":2000,"n":10000}`, `{"year":2000,"n":10000}`}, // written compact, never as 2e3
		{"style.css", "body {\n  color: #ff0000;\n}\n", "body{color:red}"},
		{"embed.js", "var answer = 40 + 2 ;\n", "var answer=40+2"},
		{"feed.xml", "<feed>\n  <title>T</title>\n</feed>\n", "<feed><title>T</title></feed>"},
		{"CNAME", "example.org\n", "example.org\n"},
		{"notes.txt", "  spaced   out  \n", "  spaced   out  \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := minifyString(t, tt.name, tt.in); got != tt.want {
				t.Errorf("minify %s %q: got %q, want %q", tt.name, tt.in, got, tt.want)
			}
		})
	}
}

// TestLayoutsAreMinifiedOnce checks that a layout is minified before it
// runs, keeping template actions and the attributes that hold them as they
// are.
func TestLayoutsAreMinifiedOnce(t *testing.T) {
	in := "<div class=\"a\">\n  <p title=\"{{.Title}}\">\n    {{.Text}}  {{if .X}}<em>x</em>{{end}}\n  </p>\n</div>\n"
	got, err := minify.Template([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if want := `<div class=a><p title="{{.Title}}">{{.Text}} {{if .X}}<em>x</em>{{end}}</p></div>`; string(got) != want {
		t.Errorf("minifyTemplate:\ngot  %q\nwant %q", got, want)
	}
}
