package colour_test

import (
	"errors"
	"testing"

	"github.com/natomongolia/timeline/generator/colour"
)

// parse returns the colour s, failing tb if it is not one.
func parse(tb testing.TB, s string) colour.Color {
	tb.Helper()
	c, err := colour.Parse(s)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want colour.Color
	}{
		{"#1f5fa8", colour.Color{R: 0x1f, G: 0x5f, B: 0xa8}},
		{"#1F5FA8", colour.Color{R: 0x1f, G: 0x5f, B: 0xa8}},
		{"#1f5FA8", colour.Color{R: 0x1f, G: 0x5f, B: 0xa8}},
		{"#000000", colour.Color{}},
		{"#ffffff", colour.Color{R: 0xff, G: 0xff, B: 0xff}},
		{"#17a", colour.Color{R: 0x11, G: 0x77, B: 0xaa}},
		{"#FFF", colour.Color{R: 0xff, G: 0xff, B: 0xff}},
		{"#09f", colour.Color{R: 0x00, G: 0x99, B: 0xff}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := colour.Parse(tt.in)
			if err != nil {
				t.Fatalf("got error %v, want %v", err, tt.want)
			}
			if got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"#1F5FA8", "#1f5fa8"},
		{"#17a", "#1177aa"},
		{"#000", "#000000"},
		{"#0a0B0c", "#0a0b0c"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parse(t, tt.in).String(); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	const form = "write it as #rrggbb, such as #1f5fa8"
	tests := []struct {
		name, in string
		offset   int
		want     string
	}{
		{"empty", "", 0, `bad colour "": the colour is empty: ` + form},
		{"no hash", "1f5fa8", 0, `bad colour "1f5fa8": start it with #: write #1f5fa8`},
		{"no hash, short, capitals", "FA8", 0, `bad colour "FA8": start it with #: write #fa8`},
		{"name", "navy", 0, `bad colour "navy": colour names are not read here, only hex: ` + form},
		{"rgb()", "rgb(31, 95, 168)", 0, `bad colour "rgb(31, 95, 168)": rgb() is not read here, only hex: ` + form},
		{"oklch()", "oklch(50% 0.1 250)", 0, `bad colour "oklch(50% 0.1 250)": oklch() is not read here, only hex: ` + form},
		{"other", "0x1f5fa8", 0, `bad colour "0x1f5fa8": ` + form},
		{"hash alone", "#", 0, `bad colour "#": a colour has 3 or 6 hex digits after #, not 0: ` + form},
		{"five digits", "#1f5fa", 0, `bad colour "#1f5fa": a colour has 3 or 6 hex digits after #, not 5: ` + form},
		{"seven digits", "#1f5fa88", 0, `bad colour "#1f5fa88": a colour has 3 or 6 hex digits after #, not 7: ` + form},
		{"not a hex digit", "#1f5fg8", 5, `bad colour "#1f5fg8": 'g' is not a hex digit: the digits of a colour are 0-9 and a-f; ` + form},
		{"space after", "#1f5fa8 ", 7, `bad colour "#1f5fa8 ": ' ' is not a hex digit: the digits of a colour are 0-9 and a-f; ` + form},
		{"not ASCII", "#1f5fä8", 5, `bad colour "#1f5fä8": 'ä' is not a hex digit: the digits of a colour are 0-9 and a-f; ` + form},
		{"transparency", "#1f5fa8cc", 7, `bad colour "#1f5fa8cc": a colour with transparency cannot be checked for contrast, which would depend on what lies behind it: write #1f5fa8`},
		{"short transparency", "#17ac", 4, `bad colour "#17ac": a colour with transparency cannot be checked for contrast, which would depend on what lies behind it: write #17a`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := colour.Parse(tt.in)
			var se *colour.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a *colour.SyntaxError", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if se.Offset != tt.offset {
				t.Errorf("got offset %d, want %d", se.Offset, tt.offset)
			}
			if se.Input != tt.in {
				t.Errorf("got input %q, want %q", se.Input, tt.in)
			}
		})
	}
}
