package colour_test

import (
	"math"
	"testing"

	"github.com/natomongolia/timeline/generator/colour"
)

// TestContrast checks ratios that the WCAG tools publish (WebAIM's
// contrast checker, the W3C's understanding documents), to two decimals.
func TestContrast(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000", "#fff", 21},
		{"#fff", "#000", 21},
		{"#fff", "#fff", 1},
		{"#1f5fa8", "#1f5fa8", 1},
		{"#777", "#fff", 4.48},    // the grey that just fails text
		{"#767676", "#fff", 4.54}, // the lightest grey that passes text
		{"#595959", "#fff", 7.00}, // AAA text
		{"#949494", "#fff", 3.03},
		{"#f00", "#fff", 4.00}, // 3.998, which WebAIM shows rounded down, 3.99
		{"#00f", "#fff", 8.59},
		{"#0f0", "#fff", 1.37},
		{"#808080", "#000", 5.32},
		// The example: 2.7676, which the issue rounded to 2.77.
		{"#1f5fa8", "#14181d", 2.77},
	}
	for _, tt := range tests {
		t.Run(tt.a+" on "+tt.b, func(t *testing.T) {
			got := colour.Contrast(parse(t, tt.a), parse(t, tt.b))
			if math.Abs(got-tt.want) > 0.005 {
				t.Errorf("got %.4f, want %.2f", got, tt.want)
			}
		})
	}
}

// TestLuminance checks both sides of the linearization's threshold,
// 0.04045: channel 10 (0.0392) is divided by 12.92, channel 11 (0.0431)
// raised to 2.4. WCAG 2.0's 0.03928 gives the same values, since no 8-bit
// channel lies between the two.
func TestLuminance(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"#000", 0},
		{"#fff", 1},
		{"#f00", 0.2126},
		{"#0f0", 0.7152},
		{"#00f", 0.0722},
		{"#0a0a0a", 10.0 / 255 / 12.92},
		{"#0b0b0b", math.Pow((11.0/255+0.055)/1.055, 2.4)},
		{"#808080", 0.2158605},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parse(t, tt.in).Luminance(); math.Abs(got-tt.want) > 1e-7 {
				t.Errorf("got %.8f, want %.8f", got, tt.want)
			}
		})
	}
}

func TestRatio(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{21, "21:1"},
		{3, "3:1"},
		{4.5, "4.5:1"},
		{2.7675625960596393, "2.76:1"}, // rounded down, never up
		{2.999, "2.99:1"},
		{4.4999, "4.49:1"},
		{4.478089453577214, "4.47:1"},
		{1, "1:1"},
	}
	for _, tt := range tests {
		if got := colour.Ratio(tt.in); got != tt.want {
			t.Errorf("Ratio(%v): got %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestUse(t *testing.T) {
	if got := colour.Graphics.Min(); got != 3 {
		t.Errorf("graphics: got %v:1, want 3:1", got)
	}
	if got := colour.Text.Min(); got != 4.5 {
		t.Errorf("text: got %v:1, want 4.5:1", got)
	}
}
