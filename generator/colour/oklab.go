package colour

import "math"

// lab is a colour in Björn Ottosson's OKLab (2020), a perceptual space in
// which L is lightness from 0 (black) to 1 (white) and the distance between
// two colours follows how different they look. Its chroma is the distance
// from the grey axis, sqrt(a²+b²); its hue the angle atan2(b, a).
type lab struct{ L, A, B float64 }

// toLab returns the OKLab coordinates of an 8-bit sRGB colour; those of a
// grey have no chroma at all, not the crumbs of rounding.
func toLab(c Color) lab {
	r, g, b := linear(c.R), linear(c.G), linear(c.B)
	if c.R == c.G && c.G == c.B {
		return lab{L: math.Cbrt(r)}
	}
	l := math.Cbrt(0.4122214708*r + 0.5363325363*g + 0.0514459929*b)
	m := math.Cbrt(0.2119034982*r + 0.6806995451*g + 0.1073969566*b)
	s := math.Cbrt(0.0883024619*r + 0.2817188376*g + 0.6299787005*b)
	return lab{
		L: 0.2104542553*l + 0.7936177850*m - 0.0040720468*s,
		A: 1.9779984951*l - 2.4285922050*m + 0.4505937099*s,
		B: 0.0259040371*l + 0.7827717662*m - 0.8086757660*s,
	}
}

// linearRGB returns the linear sRGB channels of an OKLab colour, outside
// [0, 1] where the colour is outside the sRGB gamut.
func (p lab) linearRGB() (r, g, b float64) {
	l := p.L + 0.3963377774*p.A + 0.2158037573*p.B
	m := p.L - 0.1055613458*p.A - 0.0638541728*p.B
	s := p.L - 0.0894841775*p.A - 1.2914855480*p.B
	l, m, s = l*l*l, m*m*m, s*s*s
	return 4.0767416621*l - 3.3077115913*m + 0.2309699292*s,
		-1.2684380046*l + 2.6097574011*m - 0.3413193965*s,
		-0.0041960863*l - 0.7034186147*m + 1.7076147010*s
}

// inGamut reports whether the OKLab colour is an sRGB colour, allowing for
// the rounding of the conversion.
func (p lab) inGamut() bool {
	const eps = 1e-9
	r, g, b := p.linearRGB()
	return -eps <= r && r <= 1+eps && -eps <= g && g <= 1+eps && -eps <= b && b <= 1+eps
}

// color returns the 8-bit sRGB colour nearest to an in-gamut OKLab colour.
// A colour without chroma is a grey, its channels equal: rounding each
// apart would tint it where one of them is on the edge of the next value.
func (p lab) color() Color {
	if p.A == 0 && p.B == 0 {
		v := encode(p.L * p.L * p.L)
		return Color{v, v, v}
	}
	r, g, b := p.linearRGB()
	return Color{encode(r), encode(g), encode(b)}
}

// distance returns the Euclidean distance of two OKLab colours (ΔE OK).
func distance(p, q lab) float64 {
	return math.Hypot(p.L-q.L, math.Hypot(p.A-q.A, p.B-q.B))
}
