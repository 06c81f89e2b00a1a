package media

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
)

// svgElements are the SVG elements kept: those that draw, group, define
// paint, clip, mask, filter and text, describe, and animate. Any other
// element (script, foreignObject, iframe, metadata, fonts, cursors, and
// every element of another namespace) is dropped with all it holds.
var svgElements = map[string]bool{}

func init() {
	for _, name := range strings.Fields(`a circle clipPath defs desc ellipse g image line
		linearGradient marker mask path pattern polygon polyline radialGradient rect stop
		style svg switch symbol text textPath title tspan use view
		filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix
		feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA
		feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology
		feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence
		animate animateMotion animateTransform set mpath`) {
		svgElements[name] = true
	}
}

// keepElement reports whether an element, other than the root, is kept.
func keepElement(t xml.StartElement) bool {
	if t.Name.Space != svgNS && t.Name.Space != "" || !svgElements[t.Name.Local] {
		return false
	}
	switch t.Name.Local {
	case "animate", "animateMotion", "animateTransform", "set":
		// An animation could turn an href into javascript:.
		for _, a := range t.Attr {
			if a.Name.Local == "attributeName" {
				target := strings.ToLower(strings.TrimSpace(a.Value))
				target = target[strings.IndexByte(target, ':')+1:]
				if target == "href" || strings.HasPrefix(target, "on") {
					return false
				}
			}
		}
	}
	return true
}

// safeAttr returns the name to write and the value of an attribute of
// element, and false when the attribute is dropped.
func safeAttr(element string, a xml.Attr) (string, string, bool) {
	local, value := a.Name.Local, a.Value
	switch a.Name.Space {
	case "":
		if local == "xmlns" {
			return "", "", false // the writer declares the namespaces
		}
	case xlinkNS, "xlink":
		if local != "href" {
			return "", "", false
		}
		return "xlink:href", value, safeHref(element, value)
	case xmlNS:
		if local == "space" || local == "lang" {
			return "xml:" + local, value, true
		}
		return "", "", false // xml:base would move every reference
	default:
		return "", "", false // namespace declarations, editors' attributes
	}
	lower := strings.ToLower(value)
	switch {
	case strings.HasPrefix(strings.ToLower(local), "on"):
		return "", "", false // event handlers
	case local == "href":
		return local, value, safeHref(element, value)
	case local == "style" || strings.Contains(lower, "url(") || strings.Contains(value, `\`):
		value = sanitizeCSS(value)
		return local, value, strings.TrimSpace(value) != ""
	case strings.Contains(lower, "javascript:"):
		return "", "", false
	}
	return local, value, true
}

// safeHref reports whether an href of element loads nothing from
// elsewhere: a fragment of the drawing, or a data: raster image on the
// elements that show one.
func safeHref(element, href string) bool {
	href = strings.TrimSpace(href)
	if element == "image" || element == "feImage" {
		return safeURL(href)
	}
	return strings.HasPrefix(href, "#") && safeURL(href)
}

// intrinsicSize returns the size an SVG root declares in pixels, from its
// width and height, or for the one missing, its viewBox's; 0, 0 when it
// declares none.
func intrinsicSize(root *xml.StartElement) (int, int) {
	var w, h, vw, vh float64
	for _, a := range root.Attr {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "width":
			w = length(a.Value)
		case "height":
			h = length(a.Value)
		case "viewBox":
			f := strings.FieldsFunc(a.Value, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r' })
			if len(f) == 4 {
				vw, vh = number(f[2]), number(f[3])
			}
		}
	}
	if vw > 0 && vh > 0 {
		switch {
		case w == 0 && h == 0:
			w, h = vw, vh
		case w == 0:
			w = h * vw / vh
		case h == 0:
			h = w * vh / vw
		}
	}
	if w <= 0 || h <= 0 {
		return 0, 0
	}
	return int(math.Round(w)), int(math.Round(h))
}

// units are the CSS absolute lengths in pixels.
var units = map[string]float64{"": 1, "px": 1, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4, "pt": 96.0 / 72, "pc": 16}

// length returns an SVG length in pixels, or 0 for a relative one (50%,
// 2em) or one that does not parse.
func length(s string) float64 {
	s = strings.TrimSpace(s)
	end := len(s)
	for end > 0 && (s[end-1] >= 'a' && s[end-1] <= 'z' || s[end-1] == '%') {
		end--
	}
	px, ok := units[s[end:]]
	if !ok {
		return 0
	}
	return number(s[:end]) * px
}

// number parses a non-negative finite number, or returns 0.
func number(s string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0
	}
	return f
}
