package scaffold

import "strings"

// maxSlug is the longest slug Slug returns, in bytes.
const maxSlug = 60

// latin maps the accented and joined Latin letters to plain ASCII.
var latin = map[rune]string{}

func init() {
	for _, pair := range [][2]string{
		{"àáâãäåāăą", "a"}, {"æ", "ae"}, {"çćĉċč", "c"}, {"ďđð", "d"},
		{"èéêëēĕėęě", "e"}, {"ĝğġģ", "g"}, {"ĥħ", "h"}, {"ìíîïĩīĭįı", "i"},
		{"ĳ", "ij"}, {"ĵ", "j"}, {"ķ", "k"}, {"ĺļľŀł", "l"}, {"ñńņňŉ", "n"},
		{"òóôõöøōŏő", "o"}, {"œ", "oe"}, {"ŕŗř", "r"}, {"śŝşšș", "s"}, {"ß", "ss"},
		{"ţťŧț", "t"}, {"þ", "th"}, {"ùúûüũūŭůűų", "u"}, {"ŵ", "w"}, {"ýÿŷ", "y"},
		{"źżž", "z"},
	} {
		for _, r := range pair[0] {
			latin[r] = pair[1]
		}
	}
}

// Slug turns a title into the part of a file name that names an event:
// lower-case ASCII letters and digits joined by single hyphens, at most 60
// bytes, cut at a hyphen. Accented Latin letters lose their accents,
// apostrophes vanish ("NATO's" gives "natos"), and letters of other scripts
// are dropped. The result is empty when nothing is left.
func Slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(title) {
		var ascii string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			ascii = string(r)
		case r == '\'' || r == '’':
			continue
		default:
			ascii = latin[r]
		}
		if ascii == "" {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(ascii)
	}
	slug := b.String()
	if len(slug) > maxSlug {
		slug = slug[:maxSlug+1]
		if cut := strings.LastIndexByte(slug, '-'); cut > 0 {
			slug = slug[:cut]
		} else {
			slug = slug[:maxSlug]
		}
	}
	return slug
}
