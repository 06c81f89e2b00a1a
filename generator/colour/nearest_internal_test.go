package colour

import (
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
