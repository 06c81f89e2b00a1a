package colour

import "fmt"

// A Scheme is a colour scheme of a look, with the two backgrounds a
// category colour is drawn on in it.
type Scheme struct {
	// Name is "light" or "dark", as readers of an error know them.
	Name string
	// Background is the page's, --bg in the default look: under the
	// event list with its .cat labels and dots, and under the overview's
	// bands.
	Background Color
	// Surface is that of panels, --surface: the overview, the filter's
	// chips, an event's own page.
	Surface Color
}

// The schemes of the default look (layouts/style.css): light, and dark
// under prefers-color-scheme: dark. Print uses the light scheme's colours
// on white, which is its Surface.
var (
	Light = Scheme{Name: "light", Background: Color{0xf8, 0xf7, 0xf4}, Surface: Color{0xff, 0xff, 0xff}}
	Dark  = Scheme{Name: "dark", Background: Color{0x14, 0x18, 0x1d}, Surface: Color{0x1c, 0x22, 0x29}}
)

// ContrastError is a colour without the contrast its use needs against a
// background of a scheme.
type ContrastError struct {
	// Color is the colour checked.
	Color Color
	// Use is what it is drawn as, which sets the contrast it needs.
	Use Use
	// Scheme is the name of the scheme, "light" or "dark".
	Scheme string
	// On names the background it lacks contrast against, "background" or
	// "surface": of the two, the one it has less contrast against.
	On string
	// Background is the colour of that background.
	Background Color
	// Ratio is the contrast measured against it, unrounded: write it with
	// Ratio, which rounds it down.
	Ratio float64
	// Nearest is the colour nearest to Color that has the contrast against
	// both backgrounds of the scheme (see Nearest).
	Nearest Color
}

// Error says what is wrong and what to write instead:
// "#1f5fa8 has a contrast of 2.48:1 against the dark surface #1c2229,
// under the 4.5:1 that text needs: use #4b8ad6 or lighter".
func (e *ContrastError) Error() string {
	return fmt.Sprintf("%s has a contrast of %s against the %s %s %s, under the %s that %s: use %s or %s",
		e.Color, Ratio(e.Ratio), e.Scheme, e.On, e.Background, Ratio(e.Use.Min()), e.Use.needs(),
		e.Nearest, e.Direction())
}

// Direction returns "lighter" if Nearest is lighter than Color, else
// "darker": the way to move the colour further if one wants another.
func (e *ContrastError) Direction() string {
	if e.Nearest.Luminance() > e.Color.Luminance() {
		return "lighter"
	}
	return "darker"
}

// Check returns nil if c has the contrast that use needs against both the
// background and the surface of s, else a *ContrastError for the one it
// has less contrast against, with the nearest colour that has enough
// against both.
func Check(c Color, s Scheme, use Use) error {
	on, bg, ratio := "background", s.Background, Contrast(c, s.Background)
	if r := Contrast(c, s.Surface); r < ratio {
		on, bg, ratio = "surface", s.Surface, r
	}
	if ratio >= use.Min() {
		return nil
	}
	return &ContrastError{
		Color: c, Use: use, Scheme: s.Name, On: on, Background: bg, Ratio: ratio,
		Nearest: nearest(c, use.Min(), s.Background, s.Surface),
	}
}
