package pattern_test

import (
	"reflect"
	"testing"

	"github.com/natomongolia/timeline/generator/locale/internal/pattern"
)

func field(c byte, w int) pattern.Item { return pattern.Item{Letter: c, Width: w} }
func text(s string) pattern.Item       { return pattern.Item{Text: s} }

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want []pattern.Item
	}{
		{"y", []pattern.Item{field('y', 1)}},
		{"MMMM d, y", []pattern.Item{field('M', 4), text(" "), field('d', 1), text(", "), field('y', 1)}},
		{"d 'de' MMMM 'de' y", []pattern.Item{field('d', 1), text(" de "), field('M', 4), text(" de "), field('y', 1)}},
		{"LLLL y\u202f'г'.", []pattern.Item{field('L', 4), text(" "), field('y', 1), text("\u202fг.")}},
		{"y年M月d日", []pattern.Item{field('y', 1), text("年"), field('M', 1), text("月"), field('d', 1), text("日")}},
		{"h 'o''clock'", []pattern.Item{field('h', 1), text(" o'clock")}},
		{"''y", []pattern.Item{text("'"), field('y', 1)}},
		{"'open", []pattern.Item{text("open")}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := pattern.Parse(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStringRoundTrip(t *testing.T) {
	for _, p := range []string{
		"y", "MMMM d, y", "d 'de' MMMM 'de' y", "LLLL y\u202f'г'.", "y 'm'. MMMM d 'd'.",
		"h 'o''clock' a", "d בMMMM y", "G y\u2009–\u2009G y", "''",
	} {
		items := pattern.Parse(p)
		back := pattern.String(items)
		if got := pattern.Parse(back); !reflect.DeepEqual(got, items) {
			t.Errorf("Parse(String(Parse(%q))) = %#v (via %q), want %#v", p, got, back, items)
		}
	}
	if got, want := pattern.String(pattern.Parse("d 'de' MMMM")), "d 'de' MMMM"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

func TestSplit(t *testing.T) {
	tests := []struct{ in, first, second string }{
		{"MMMM – MMMM y", "MMMM – ", "MMMM y"},
		{"d–d MMM y", "d–", "d MMM y"},
		{"MMMM y – MMMM y", "MMMM y – ", "MMMM y"},
		{"y年M月～M月", "y年M月～", "M月"},
		{"d LLL تا d MMM y", "d LLL تا ", "d MMM y"},
		{"LLLL تا MMMM y G", "LLLL تا ", "MMMM y G"},
		{"y – y G", "y – ", "y G"},
		{"y", "y", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, b := pattern.Split(pattern.Parse(tt.in))
			if got := pattern.String(a); got != tt.first {
				t.Errorf("first = %q, want %q", got, tt.first)
			}
			if got := pattern.String(b); got != tt.second {
				t.Errorf("second = %q, want %q", got, tt.second)
			}
		})
	}
}

func TestFields(t *testing.T) {
	got := pattern.Fields(pattern.Parse("d. LLLL y G"))
	want := map[byte]int{'d': 1, 'M': 4, 'y': 1, 'G': 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Fields = %v, want %v", got, want)
	}
}
