package colour_test

import (
	"math/rand/v2"
	"testing"

	"github.com/natomongolia/timeline/generator/colour"
)

func TestNearest(t *testing.T) {
	tests := []struct {
		c, background string
		min           float64
		want          string
	}{
		// The example on the dark background, for graphics and text.
		{"#1f5fa8", "#14181d", 3, "#2565ae"},
		{"#1f5fa8", "#14181d", 4.5, "#4382cd"},
		// A colour that passes stays as it is.
		{"#1f5fa8", "#f8f7f4", 4.5, "#1f5fa8"},
		{"#8ab4f8", "#14181d", 4.5, "#8ab4f8"},
		// The dark scheme's blue on the light background: darker.
		{"#8ab4f8", "#f8f7f4", 3, "#6890d2"},
		// Greys stay grey: #777 needs one step darker for text on white.
		{"#777", "#fff", 4.5, "#767676"},
		{"#fff", "#fff", 4.5, "#767676"},
		// Nothing has 21:1 against anything but black and white: the best.
		{"#1f5fa8", "#f8f7f4", 21, "#000000"},
		{"#1f5fa8", "#14181d", 21, "#ffffff"},
	}
	for _, tt := range tests {
		t.Run(tt.c+" on "+tt.background, func(t *testing.T) {
			c, bg := parse(t, tt.c), parse(t, tt.background)
			got := colour.Nearest(c, bg, tt.min)
			if got.String() != tt.want {
				t.Errorf("got %v (%.4f:1), want %s (%.4f:1)", got, colour.Contrast(got, bg), tt.want, colour.Contrast(parse(t, tt.want), bg))
			}
		})
	}
}

// TestNearestProperties checks random colours against the default look's
// backgrounds and others: the result has the contrast wherever some colour
// has it, is the colour itself when it has it already, moves the way that
// raises the contrast, and comes out the same every time.
func TestNearestProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 4))
	backgrounds := []struct {
		c     colour.Color
		light bool // a light background: moves go darker
	}{
		{colour.Light.Background, true},
		{colour.Light.Surface, true},
		{colour.Dark.Background, false},
		{colour.Dark.Surface, false},
	}
	for range 500 {
		c := colour.Color{R: uint8(rng.UintN(256)), G: uint8(rng.UintN(256)), B: uint8(rng.UintN(256))}
		for _, bg := range backgrounds {
			for _, need := range []float64{3, 4.5, 7} {
				got := colour.Nearest(c, bg.c, need)
				if r := colour.Contrast(got, bg.c); r < need {
					t.Errorf("%v on %v, %v:1: got %v with %.4f:1, under %v:1", c, bg.c, need, got, r, need)
				}
				if colour.Contrast(c, bg.c) >= need && got != c {
					t.Errorf("%v on %v, %v:1: got %v, want %v, which passes", c, bg.c, need, got, c)
				}
				if moved := got.Luminance() - c.Luminance(); bg.light && moved > 0 || !bg.light && moved < 0 {
					t.Errorf("%v on %v, %v:1: got %v, which is %s", c, bg.c, need, got, map[bool]string{true: "lighter", false: "darker"}[moved > 0])
				}
				if again := colour.Nearest(c, bg.c, need); again != got {
					t.Errorf("%v on %v, %v:1: got %v, then %v", c, bg.c, need, got, again)
				}
			}
		}
	}
}

// TestNearestOnMiddleGrey checks a background of middle lightness, where
// both ways can reach the contrast and the nearer wins, and where neither
// can.
func TestNearestOnMiddleGrey(t *testing.T) {
	grey := parse(t, "#777")
	tests := []struct {
		c    string
		min  float64
		want string
	}{
		{"#ccc", 3, "#d4d4d4"},   // lighter: #d3d3d3 has 2.99:1
		{"#444", 3, "#2e2e2e"},   // darker: #2f2f2f has 2.99:1
		{"#777", 4.5, "#060606"}, // only darker: white has 4.48:1, #070707 4.49:1
		{"#777", 5, "#000000"},   // nothing has 5:1: black comes nearest
	}
	for _, tt := range tests {
		t.Run(tt.c, func(t *testing.T) {
			got := colour.Nearest(parse(t, tt.c), grey, tt.min)
			if got.String() != tt.want {
				t.Errorf("got %v (%.4f:1), want %s", got, colour.Contrast(got, grey), tt.want)
			}
		})
	}
}
