package colour

import (
	"math"
	"strconv"
)

// A Use is what a colour is drawn as, which sets the contrast it needs
// against its background in WCAG 2.2.
type Use int

const (
	// Graphics are the parts of graphics needed to understand them and the
	// indicators of controls: bars, markers, dots, swatches (success
	// criterion 1.4.11, Non-text Contrast: 3:1).
	Graphics Use = iota
	// Text is text of normal size (success criterion 1.4.3, Contrast
	// (Minimum): 4.5:1).
	Text
)

// Min returns the lowest contrast ratio the use needs: 3 for graphics, 4.5
// for text.
func (u Use) Min() float64 {
	if u == Text {
		return 4.5
	}
	return 3
}

// String returns "graphics" or "text".
func (u Use) String() string {
	if u == Text {
		return "text"
	}
	return "graphics"
}

// needs returns what the use needs, as a sentence says it: "text needs",
// "graphics need".
func (u Use) needs() string {
	if u == Text {
		return "text needs"
	}
	return "graphics need"
}

// Luminance returns the relative luminance of the colour as WCAG 2.2
// defines it, from 0 for black to 1 for white: each channel linearized
// (c/12.92 up to 0.04045, ((c+0.055)/1.055)^2.4 above), weighted 0.2126
// red, 0.7152 green and 0.0722 blue.
func (c Color) Luminance() float64 {
	return luminance(linear(c.R), linear(c.G), linear(c.B))
}

// Contrast returns the contrast ratio of two colours as WCAG 2.2 defines
// it, (L1 + 0.05) / (L2 + 0.05) with L1 the relative luminance of the
// lighter: from 1 (the same luminance) to 21 (black and white). The order
// of the colours does not matter.
func Contrast(a, b Color) float64 {
	return contrast(a.Luminance(), b.Luminance())
}

// Ratio writes a contrast ratio as people read it, "2.76:1", "3:1",
// "21:1", rounded down to two decimals so that a ratio under a threshold
// never reads as one that meets it: 4.499 is "4.49:1", not "4.5:1".
func Ratio(r float64) string {
	return strconv.FormatFloat(math.Floor(r*100)/100, 'f', -1, 64) + ":1"
}

// contrast returns the contrast ratio of two relative luminances.
func contrast(y1, y2 float64) float64 {
	if y1 < y2 {
		y1, y2 = y2, y1
	}
	return (y1 + 0.05) / (y2 + 0.05)
}

// luminance returns the relative luminance of linear sRGB channels.
func luminance(r, g, b float64) float64 {
	return 0.2126*r + 0.7152*g + 0.0722*b
}

// linear returns an 8-bit sRGB channel linearized, from 0 to 1.
func linear(v uint8) float64 {
	c := float64(v) / 255
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

// encode returns the 8-bit sRGB channel nearest to the linear value l,
// which is clamped to [0, 1].
func encode(l float64) uint8 {
	l = min(max(l, 0), 1)
	var c float64
	if l <= 0.0031308 {
		c = 12.92 * l
	} else {
		c = 1.055*math.Pow(l, 1/2.4) - 0.055
	}
	return uint8(math.Round(c * 255))
}
