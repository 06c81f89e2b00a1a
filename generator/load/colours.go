package load

import (
	"errors"
	"fmt"
	"strings"

	"github.com/natomongolia/timeline/generator/colour"
)

// categoryColourUse is what a category's colour is drawn as in the default
// look: the .cat label that names an event's category is written in it, so
// it needs the contrast of text, which implies that of the bars, markers,
// dots and swatches drawn in it too (see package colour).
const (
	categoryColourUse = colour.Text
	categoryColourWhy = "the category's name is written in it"
)

// categoryColours reads the color and darkColor of the entryth category
// and checks their contrast: color against the light scheme's backgrounds,
// darkColor (or color, without it) against the dark scheme's. It returns
// them as "#rrggbb", both empty for a category without a colour, and
// reports each fault at its value.
func (f *tomlFile) categoryColours(entry int, light, dark *string) (string, string) {
	if light == nil && dark != nil {
		f.keyErrorf("categories.darkColor", entry, `darkColor is the colour of the dark scheme, beside a color for the light one: add color = "#rrggbb"`)
		return "", ""
	}
	if light == nil {
		return "", ""
	}
	lightColour, ok := f.parseColour("categories.color", entry, *light)
	if !ok {
		return "", ""
	}
	f.checkColour("categories.color", entry, *light, lightColour, colour.Light, "")
	darkColour := lightColour
	if dark != nil {
		if darkColour, ok = f.parseColour("categories.darkColor", entry, *dark); !ok {
			return "", ""
		}
		f.checkColour("categories.darkColor", entry, *dark, darkColour, colour.Dark, "")
	} else {
		f.checkColour("categories.color", entry, *light, lightColour, colour.Dark, "darkColor")
	}
	return lightColour.String(), darkColour.String()
}

// parseColour reads the colour value of key, reporting a bad one at the
// byte where it goes wrong.
func (f *tomlFile) parseColour(key string, entry int, value string) (colour.Color, bool) {
	c, err := colour.Parse(value)
	var serr *colour.SyntaxError
	if errors.As(err, &serr) {
		pos := f.positions().Key(key, entry)
		col := pos.ValueCol
		if col > 0 {
			col += f.quoteLength(pos.Line, pos.ValueCol) + serr.Offset
		}
		f.errorf(pos.Line, col, "%s: %v", keyName(key), err)
		return colour.Color{}, false
	}
	return c, err == nil
}

// checkColour reports c, the value of key as written, if it lacks the
// contrast a category colour needs in scheme s. A colour that serves the
// dark scheme only for want of a darkColor is reported with the advice to
// add one (missing names that key).
func (f *tomlFile) checkColour(key string, entry int, written string, c colour.Color, s colour.Scheme, missing string) {
	var cerr *colour.ContrastError
	if !errors.As(colour.Check(c, s, categoryColourUse), &cerr) {
		return
	}
	measured := fmt.Sprintf("%s %q has a contrast of %s against the %s %s %s, under the %s that %s needs (%s)",
		keyName(key), written, colour.Ratio(cerr.Ratio), cerr.Scheme, cerr.On, cerr.Background,
		colour.Ratio(categoryColourUse.Min()), categoryColourUse, categoryColourWhy)
	if missing != "" {
		f.valueErrorf(key, entry, "%s; without a %s it serves the %s scheme too: add %s = %q (or %s)",
			measured, missing, s.Name, missing, cerr.Nearest.String(), cerr.Direction())
		return
	}
	f.valueErrorf(key, entry, "%s: use %q (or %s)", measured, cerr.Nearest.String(), cerr.Direction())
}

// quoteLength returns the length of the quote that opens the string value
// at the given 1-based line and column: 3 for a multi-line string, else 1.
func (f *tomlFile) quoteLength(line, col int) int {
	lines := strings.SplitN(f.src, "\n", line+1)
	if line < 1 || line > len(lines) || col < 1 || col > len(lines[line-1]) {
		return 1
	}
	rest := lines[line-1][col-1:]
	if strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`) {
		return 3
	}
	return 1
}

// keyName returns the last segment of a dotted key.
func keyName(key string) string { return key[strings.LastIndexByte(key, '.')+1:] }
