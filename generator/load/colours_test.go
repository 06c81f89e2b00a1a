package load_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// colourConfig is a config.toml whose one category has the given lines
// beside its id and label: its color is on line 6, its darkColor on 7.
func colourConfig(lines string) string {
	return "title = \"Colours\"\n\n[[categories]]\nid    = \"operations\"\nlabel = \"Operations\"\n" + lines + "\n"
}

// TestCategoryColours checks the colours of categories that have the
// contrast they need: written #rrggbb or #rgb, in either case, with a
// darkColor or without one (the check then fails in one scheme, below).
func TestCategoryColours(t *testing.T) {
	tests := []struct {
		name, lines     string
		light, darkWant string
	}{
		{"none", "", "", ""},
		{"both", `color     = "#1F5FA8"` + "\n" + `darkColor = "#8ab4f8"`, "#1f5fa8", "#8ab4f8"},
		{"three digits", `color     = "#036"` + "\n" + `darkColor = "#9cf"`, "#003366", "#99ccff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site, err := testsite.Load(testsite.New(t, map[string]string{"config.toml": colourConfig(tt.lines)}), load.Options{})
			if err != nil {
				t.Fatal(err)
			}
			c := site.Config.Categories[0]
			if c.Color != tt.light || c.DarkColor != tt.darkWant {
				t.Errorf("got color %q, darkColor %q; want %q, %q", c.Color, c.DarkColor, tt.light, tt.darkWant)
			}
		})
	}
}

// TestCategoryColourErrors checks each fault of a category's colours, at
// its line and column in config.toml: contrast too low in the light scheme
// only, in the dark one only (with a darkColor, and for want of one), a
// value that is not a colour (at the byte where it goes wrong), and a
// darkColor without a color.
func TestCategoryColourErrors(t *testing.T) {
	tests := []struct{ name, lines, want string }{
		{
			"light only", `color     = "#9cf"` + "\n" + `darkColor = "#9cf"`,
			`config.toml:6:13: color "#9cf" has a contrast of 1.57:1 against the light background #f8f7f4, under the 4.5:1 that text needs (the category's name is written in it): use "#4575a4" (or darker)`,
		},
		{
			"dark only", `color     = "#1f5fa8"` + "\n" + `darkColor = "#1a4f8b"`,
			`config.toml:7:13: darkColor "#1a4f8b" has a contrast of 1.93:1 against the dark surface #1c2229, under the 4.5:1 that text needs (the category's name is written in it): use "#558bcb" (or lighter)`,
		},
		{
			"no darkColor", `color = "#1f5fa8"`,
			`config.toml:6:9: color "#1f5fa8" has a contrast of 2.48:1 against the dark surface #1c2229, under the 4.5:1 that text needs (the category's name is written in it); without a darkColor it serves the dark scheme too: add darkColor = "#4b8ad6" (or lighter)`,
		},
		{
			"not hex", `color = "#1f5fxa"`,
			`config.toml:6:15: color: bad colour "#1f5fxa": 'x' is not a hex digit: the digits of a colour are 0-9 and a-f; write it as #rrggbb, such as #1f5fa8`,
		},
		{
			"five digits", `darkColor = "#8ab4f"` + "\n" + `color = "#1f5fa8"`,
			`config.toml:6:14: darkColor: bad colour "#8ab4f": a colour has 3 or 6 hex digits after #, not 5: write it as #rrggbb, such as #1f5fa8`,
		},
		{
			"a name", `color = "navy"`,
			`config.toml:6:10: color: bad colour "navy": colour names are not read here, only hex: write it as #rrggbb, such as #1f5fa8`,
		},
		{
			"dark without light", `darkColor = "#8ab4f8"`,
			`config.toml:6:1: darkColor is the colour of the dark scheme, beside a color for the light one: add color = "#rrggbb"`,
		},
		{
			"key case", `Color = "#1f5fa8"`,
			`config.toml:6:1: unknown key "Color": keys are case-sensitive; write "color"` + "\n" +
				`config.toml:6:9: color "#1f5fa8" has a contrast of 2.48:1 against the dark surface #1c2229, under the 4.5:1 that text needs (the category's name is written in it); without a darkColor it serves the dark scheme too: add darkColor = "#4b8ad6" (or lighter)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := testsite.New(t, map[string]string{"config.toml": colourConfig(tt.lines)})
			got := loadErrors(t, dir, load.Options{})
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), tt.want)
			}
		})
	}
}
