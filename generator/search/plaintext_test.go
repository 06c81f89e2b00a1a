package search_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/search"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"paragraphs part words", "<p>one</p><p>two</p>", "one two"},
		{"inline elements do not", "<p>Mon<em>go</em>lia and <a href=\"x\">NATO</a>.</p>", "Mongolia and NATO."},
		{"list items", "<ul><li>a</li><li>b</li></ul>", "a b"},
		{"table cells", "<table><tr><td>x</td><td>y</td></tr></table>", "x y"},
		{"line breaks", "one<br>two", "one two"},
		{"character references", "<p>Fish &amp; chips &eacute;t&#233;</p>", "Fish & chips été"},
		{"scripts and styles left out", "<p>a</p><script>var x = '<p>b</p>';</script><style>p{}</style><p>c</p>", "a c"},
		{"white space collapsed", "<p>  a\n\n  b  </p>", "a b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := search.PlainText(tt.html); got != tt.want {
				t.Errorf("PlainText(%q) = %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}
