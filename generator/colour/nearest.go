package colour

import "math"

// Nearest returns the colour nearest to c whose contrast against
// background is at least min: c itself if it has that contrast already.
//
// It keeps the hue and chroma of c and moves only its lightness, in OKLab,
// darker or lighter, whichever reaches the contrast with the smaller change
// (darker on a light background, lighter on a dark one, unless c is on the
// other side of a background of middle lightness); where the gamut of sRGB
// has no colour of that lightness, hue and chroma, it lowers the chroma
// just enough to stay in it. A binary search on the lightness finds the
// least move whose colour, rounded to 8 bits, has the contrast, so the
// result always has it. Where no colour has it (min above the contrasts of
// both black and white against background), Nearest returns whichever of
// the two has more. The result depends on its arguments alone.
func Nearest(c, background Color, min float64) Color {
	return nearest(c, min, background)
}

// nearest returns the colour nearest to c, as Nearest finds it, whose
// contrast against every one of backgrounds is at least need.
func nearest(c Color, need float64, backgrounds ...Color) Color {
	passes := func(x Color) bool { return lowest(x, backgrounds) >= need }
	if passes(c) {
		return c
	}
	start := toLab(c)
	best, bestDistance := Color{}, math.Inf(1)
	for _, end := range [2]float64{0, 1} { // darker first: it wins a tie
		L, ok := toward(start, end, passes)
		if !ok {
			continue
		}
		found := along(start, L).color()
		if d := distance(start, toLab(found)); d < bestDistance {
			best, bestDistance = found, d
		}
	}
	if math.IsInf(bestDistance, 1) {
		black, white := Color{}, Color{0xff, 0xff, 0xff}
		if lowest(black, backgrounds) >= lowest(white, backgrounds) {
			return black
		}
		return white
	}
	return best
}

// toward returns the lightness nearest to that of start, on the way to
// end (0 for black, 1 for white), at which the colour along start passes,
// and false if even the colour at end does not. The colour at start
// fails.
func toward(start lab, end float64, passes func(Color) bool) (float64, bool) {
	if !passes(along(start, end).color()) {
		return 0, false
	}
	lo, hi := start.L, end // the colour at lo fails, at hi passes
	for range 52 {         // as far as a float64 tells the two apart
		mid := (lo + hi) / 2
		if passes(along(start, mid).color()) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, true
}

// lowest returns the lowest contrast of c against the backgrounds.
func lowest(c Color, backgrounds []Color) float64 {
	low := math.Inf(1)
	for _, bg := range backgrounds {
		low = min(low, Contrast(c, bg))
	}
	return low
}

// along returns the colour of lightness L with the hue and chroma of
// start, its chroma lowered as little as keeps it in the sRGB gamut.
func along(start lab, L float64) lab {
	p := lab{L, start.A, start.B}
	if p.inGamut() {
		return p
	}
	lo, hi := 0.0, 1.0 // the share of the chroma kept: in gamut at lo, not at hi
	for range 40 {
		mid := (lo + hi) / 2
		if (lab{L, start.A * mid, start.B * mid}).inGamut() {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lab{L, start.A * lo, start.B * lo}
}
