package colour_test

import (
	"errors"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/colour"
	"github.com/natomongolia/timeline/layouts"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		c      string
		scheme colour.Scheme
		use    colour.Use
		want   string // the error, or "" for none
	}{
		{"#1f5fa8", colour.Light, colour.Text, ""},
		{"#1f5fa8", colour.Light, colour.Graphics, ""},
		// The example: 2.77:1 on the dark background, rounded; the
		// dark surface, which the overview and chips are drawn on, has less.
		{"#1f5fa8", colour.Dark, colour.Graphics, "#1f5fa8 has a contrast of 2.48:1 against the dark surface #1c2229, under the 3:1 that graphics need: use #2d6cb6 or lighter"},
		{"#1f5fa8", colour.Dark, colour.Text, "#1f5fa8 has a contrast of 2.48:1 against the dark surface #1c2229, under the 4.5:1 that text needs: use #4b8ad6 or lighter"},
		{"#8ab4f8", colour.Dark, colour.Text, ""},
		// On the light scheme the page's background is the darker of the two.
		{"#8ab4f8", colour.Light, colour.Graphics, "#8ab4f8 has a contrast of 1.96:1 against the light background #f8f7f4, under the 3:1 that graphics need: use #6890d2 or darker"},
		{"#f0c35a", colour.Light, colour.Text, "#f0c35a has a contrast of 1.54:1 against the light background #f8f7f4, under the 4.5:1 that text needs: use #906c00 or darker"},
		// #777, 4.48:1 on white, has less on the page's background.
		{"#777", colour.Light, colour.Text, "#777777 has a contrast of 4.17:1 against the light background #f8f7f4, under the 4.5:1 that text needs: use #717171 or darker"},
	}
	for _, tt := range tests {
		t.Run(tt.c+" "+tt.scheme.Name+" "+tt.use.String(), func(t *testing.T) {
			err := colour.Check(parse(t, tt.c), tt.scheme, tt.use)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCheckNearestPasses checks random colours in both schemes for both
// uses: an error's ratio is under what the use needs, and its nearest
// colour passes against both backgrounds, so following the advice ends
// the error.
func TestCheckNearestPasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 4))
	for range 300 {
		c := colour.Color{R: uint8(rng.UintN(256)), G: uint8(rng.UintN(256)), B: uint8(rng.UintN(256))}
		for _, s := range []colour.Scheme{colour.Light, colour.Dark} {
			for _, use := range []colour.Use{colour.Graphics, colour.Text} {
				err := colour.Check(c, s, use)
				if err == nil {
					if r := min(colour.Contrast(c, s.Background), colour.Contrast(c, s.Surface)); r < use.Min() {
						t.Errorf("%v %s %v: got no error with %.4f:1, want one under %v:1", c, s.Name, use, r, use.Min())
					}
					continue
				}
				var ce *colour.ContrastError
				if !errors.As(err, &ce) {
					t.Fatalf("%v %s %v: got %v, want a *colour.ContrastError", c, s.Name, use, err)
				}
				if ce.Ratio >= use.Min() {
					t.Errorf("%v %s %v: got an error with %.4f:1, which passes", c, s.Name, use, ce.Ratio)
				}
				if again := colour.Check(ce.Nearest, s, use); again != nil {
					t.Errorf("%v %s %v: the advice fails: %v", c, s.Name, use, again)
				}
			}
		}
	}
}

// TestDefaultLook checks that Light and Dark are the backgrounds of
// layouts/style.css, and that its six category colours pass as text and as
// graphics in their schemes. Run with -v for the ratios.
func TestDefaultLook(t *testing.T) {
	css, err := layouts.FS.ReadFile("style.css")
	if err != nil {
		t.Fatal(err)
	}
	light, dark, ok := strings.Cut(string(css), "@media (prefers-color-scheme: dark)")
	if !ok {
		t.Fatal("style.css: no @media (prefers-color-scheme: dark)")
	}
	dark, _, _ = strings.Cut(dark, "}")
	for _, tt := range []struct {
		name   string
		scheme colour.Scheme
		vars   map[string]colour.Color
	}{
		{"Light", colour.Light, properties(t, light)},
		{"Dark", colour.Dark, properties(t, dark)},
	} {
		s := tt.scheme
		if got := tt.vars["bg"]; got != s.Background {
			t.Errorf("%s --bg: got %v in style.css, want %v as in colour.%s", s.Name, got, s.Background, tt.name)
		}
		if got := tt.vars["surface"]; got != s.Surface {
			t.Errorf("%s --surface: got %v in style.css, want %v as in colour.%s", s.Name, got, s.Surface, tt.name)
		}
		for _, name := range []string{"c1", "c2", "c3", "c4", "c5", "c6"} {
			c, ok := tt.vars[name]
			if !ok {
				t.Errorf("%s: no --%s in style.css", s.Name, name)
				continue
			}
			t.Logf("%s --%s %v: %.2f:1 on background %v, %.2f:1 on surface %v",
				s.Name, name, c, colour.Contrast(c, s.Background), s.Background, colour.Contrast(c, s.Surface), s.Surface)
			for _, use := range []colour.Use{colour.Text, colour.Graphics} {
				if err := colour.Check(c, s, use); err != nil {
					t.Errorf("%s --%s as %v: %v", s.Name, name, use, err)
				}
			}
		}
	}
}

// property is a custom property with a hex colour in CSS.
var property = regexp.MustCompile(`--([a-z0-9-]+):\s*(#[0-9a-fA-F]+);`)

// properties returns the colours of the custom properties in css by name.
func properties(tb testing.TB, css string) map[string]colour.Color {
	tb.Helper()
	vars := map[string]colour.Color{}
	for _, m := range property.FindAllStringSubmatch(css, -1) {
		vars[m[1]] = parse(tb, m[2])
	}
	return vars
}
