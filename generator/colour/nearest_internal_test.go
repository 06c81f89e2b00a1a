package colour

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestTowardIsTheFirstPass checks that no colour on the way from a failing
// colour to the one toward finds passes: the move is the least one along
// the lightness, even where rounding to 8 bits and the gamut make the
// contrast uneven along the way.
func TestTowardIsTheFirstPass(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 4))
	backgrounds := [][]Color{
		{Light.Background, Light.Surface},
		{Dark.Background, Dark.Surface},
		{{0x77, 0x77, 0x77}},
	}
	const step = 1.0 / 4096
	for range 200 {
		c := Color{uint8(rng.UintN(256)), uint8(rng.UintN(256)), uint8(rng.UintN(256))}
		bgs := backgrounds[rng.IntN(len(backgrounds))]
		need := []float64{3, 4.5, 7}[rng.IntN(3)]
		passes := func(x Color) bool { return lowest(x, bgs) >= need }
		if passes(c) {
			continue
		}
		start := toLab(c)
		for _, end := range [2]float64{0, 1} {
			L, ok := toward(start, end, passes)
			if !ok {
				continue
			}
			if got := along(start, L).color(); !passes(got) {
				t.Errorf("%v on %v, %v:1 toward %v: got %v with %.4f:1, want at least %v:1", c, bgs, need, end, got, lowest(got, bgs), need)
			}
			dir := 1.0
			if end < start.L {
				dir = -1
			}
			for l := start.L; (l-L)*dir < 0; l += dir * step {
				if x := along(start, l).color(); passes(x) {
					t.Errorf("%v on %v, %v:1 toward %v: %v at lightness %.4f passes before %v at %.4f", c, bgs, need, end, x, l, along(start, L).color(), L)
					break
				}
			}
		}
	}
}

// TestAlongKeepsHue checks that a colour moved along its lightness keeps its
// hue and lowers its chroma only where the gamut has no colour with it.
func TestAlongKeepsHue(t *testing.T) {
	start := toLab(Color{0x1f, 0x5f, 0xa8})
	for _, L := range []float64{0, 0.1, start.L, 0.7, 0.9, 1} {
		p := along(start, L)
		if !p.inGamut() {
			t.Errorf("lightness %v: got %v, out of gamut", L, p)
		}
		if share := p.A / start.A; p.B/start.B-share > 1e-9 || share-p.B/start.B > 1e-9 || share < 0 || share > 1 {
			t.Errorf("lightness %v: got a, b %v, %v, want a share of %v, %v", L, p.A, p.B, start.A, start.B)
		}
		if full := (lab{L, start.A, start.B}); full.inGamut() && p != full {
			t.Errorf("lightness %v: got %v, want %v with all its chroma", L, p, full)
		}
	}
}

// TestNearestAgainstEveryColour compares Nearest with the nearest of all
// 16.7 million 8-bit colours that pass, whatever their hue: keeping the hue
// costs a little distance, never much. Skipped with -short.
func TestNearestAgainstEveryColour(t *testing.T) {
	if testing.Short() {
		t.Skip("looks at every 8-bit colour")
	}
	// The linear channels, and their parts of the cone responses l, m, s
	// of OKLab, by 8-bit value: toLab for every colour would take seconds.
	var lin [256]float64
	var lms [256][3][3]float64 // [value][channel r, g, b][l, m, s]
	for v := range lin {
		lin[v] = linear(uint8(v))
		for ch, col := range [3][3]float64{
			{0.4122214708, 0.2119034982, 0.0883024619},
			{0.5363325363, 0.6806995451, 0.2817188376},
			{0.0514459929, 0.1073969566, 0.6299787005},
		} {
			for i := range col {
				lms[v][ch][i] = col[i] * lin[v]
			}
		}
	}
	// distanceAtMost returns the distance from p of the colour r, g, b if it
	// is at most limit, else a number above limit. The cube root of its l
	// is l' = L + 0.396a + 0.216b, within 1.0975 times the distance of p's
	// (Cauchy–Schwarz): most colours are ruled out before any cube root.
	distanceAtMost := func(p lab, r, g, b int, limit float64) float64 {
		l := lms[r][0][0] + lms[g][1][0] + lms[b][2][0]
		l0 := p.L + 0.3963377774*p.A + 0.2158037573*p.B
		lo, hi := max(l0-1.0975*limit, 0), l0+1.0975*limit
		if l < lo*lo*lo || l > hi*hi*hi {
			return math.Inf(1)
		}
		l = math.Cbrt(l)
		m := math.Cbrt(lms[r][0][1] + lms[g][1][1] + lms[b][2][1])
		s := math.Cbrt(lms[r][0][2] + lms[g][1][2] + lms[b][2][2])
		return distance(p, lab{
			L: 0.2104542553*l + 0.7936177850*m - 0.0040720468*s,
			A: 1.9779984951*l - 2.4285922050*m + 0.4505937099*s,
			B: 0.0259040371*l + 0.7827717662*m - 0.8086757660*s,
		})
	}
	tests := []struct {
		c, background Color
		need          float64
	}{
		{Color{0x1f, 0x5f, 0xa8}, Dark.Background, 3},
		{Color{0xf0, 0xc3, 0x5a}, Light.Background, 4.5},
		{Color{0x00, 0x00, 0xff}, Dark.Background, 4.5}, // the most saturated blue
	}
	for _, tt := range tests {
		got := Nearest(tt.c, tt.background, tt.need)
		start := toLab(tt.c)
		yb := tt.background.Luminance()
		d := distance(start, toLab(got))
		best, bestDistance := got, d
		for r := range 256 {
			for g := range 256 {
				for b := range 256 {
					if contrast(luminance(lin[r], lin[g], lin[b]), yb) < tt.need {
						continue
					}
					if d := distanceAtMost(start, r, g, b, bestDistance); d < bestDistance {
						best, bestDistance = Color{uint8(r), uint8(g), uint8(b)}, d
					}
				}
			}
		}
		t.Logf("%v on %v, %v:1: got %v at ΔE %.4f; the nearest of all, %v, at %.4f", tt.c, tt.background, tt.need, got, d, best, bestDistance)
		if d > bestDistance+0.01 {
			t.Errorf("%v on %v, %v:1: got %v at ΔE %.4f, want at most %.4f (%v at %.4f)", tt.c, tt.background, tt.need, got, d, bestDistance+0.01, best, bestDistance)
		}
	}
}
