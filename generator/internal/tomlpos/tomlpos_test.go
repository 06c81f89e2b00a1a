package tomlpos_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/internal/tomlpos"
)

func TestElement(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		n         int
		line, col int
		ok        bool
	}{
		{"first", `tags = ["a", "b"]`, 0, 1, 9, true},
		{"second", `tags = ["a", "b"]`, 1, 1, 14, true},
		{"tight", `tags=["a","b"]`, 1, 1, 11, true},
		{"past the end", `tags = ["a", "b"]`, 2, 0, 0, false},
		{"empty", `tags = []`, 0, 0, 0, false},
		{"lines and comments", "title = \"x\"\ntags = [\n  \"a\", # the first, \"not\" a value\n  # \"nor this\"\n  'b',\n]\n", 1, 5, 3, true},
		{"quotes and escapes", `tags = ["a\"]", 'b\', "c"]`, 2, 1, 23, true},
		{"multi-line strings", "tags = [\"\"\"a\n\"\"\"\", '''b''''', \"c\"]", 2, 2, 18, true},
		{"after a table", "[source]\ntags = 1\n", 0, 0, 0, false},
		{"byte order mark", "\ufefftags = [\"a\", \"é\", \"c\"]", 2, 1, 23, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pos := tomlpos.New(tc.src).Key("tags", 0)
			line, col, ok := tomlpos.Element(tc.src, pos, tc.n)
			if line != tc.line || col != tc.col || ok != tc.ok {
				t.Errorf("Element(%d) = %d:%d %v, want %d:%d %v", tc.n, line, col, ok, tc.line, tc.col, tc.ok)
			}
		})
	}
}
