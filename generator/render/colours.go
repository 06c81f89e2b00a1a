package render

import (
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
)

// colourClass returns the colour class of the ith declared category:
// "c-<id>" for one with colours of its own, else one of the default look's
// six, "c1" to "c6", in turn.
func colourClass(i int, c content.Category) string {
	if c.Color != "" {
		return "c-" + c.ID
	}
	return "c" + string(rune('1'+i%6))
}

// colourRules returns the rules that give the categories with colours of
// their own their colour in each scheme, as the default look's classes do
// (--cat), or "" when none has any. They go into the pages' style sheet:
// the pages' Content-Security-Policy allows its hash, and no style
// attribute.
func colourRules(categories []content.Category) template.CSS {
	var light, dark strings.Builder
	for _, c := range categories {
		if c.Color == "" {
			continue
		}
		light.WriteString(".c-" + c.ID + "{--cat:" + c.Color + "}")
		if c.DarkColor != c.Color {
			dark.WriteString(".c-" + c.ID + "{--cat:" + c.DarkColor + "}")
		}
	}
	if dark.Len() > 0 {
		light.WriteString("@media (prefers-color-scheme:dark){" + dark.String() + "}")
	}
	return template.CSS(light.String())
}
