// Package slug turns text in any script into the part of a file name that
// names it: the one rule for event ids (timeline new, import) and tag
// pages.
package slug

import (
	"strings"

	"github.com/gosimple/slug"
)

// MaxLen is the longest slug Make returns, in bytes.
const MaxLen = 60

// Make turns text in the given language (a BCP 47 tag, or "") into
// lower-case ASCII letters and digits joined by single hyphens, at most
// MaxLen bytes, cut at a hyphen. Letters of every script are
// transliterated (gosimple/slug, with its unidecode tables): "Монголия и
// НАТО" gives "mongoliia-i-nato", "Ωmega" "omega", "日本の歴史"
// "ri-ben-noli-shi"; the language picks conventions such as German "ö" as
// "oe". Apostrophes vanish ("NATO's" gives "natos"). The result is empty
// when nothing is left, as for text of emoji; it never holds "_" nor two
// hyphens in a row.
func Make(text, language string) string {
	text = strings.NewReplacer("'", "", "’", "", "ʼ", "").Replace(text)
	lang := strings.ToLower(strings.SplitN(strings.ReplaceAll(language, "_", "-"), "-", 2)[0])
	// Keep only what an id may hold: the library lets "_" through.
	var b strings.Builder
	hyphen := false
	for _, r := range slug.MakeLang(text, lang) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
			continue
		}
		hyphen = true
	}
	s := b.String()
	if len(s) > MaxLen {
		s = s[:MaxLen+1]
		if cut := strings.LastIndexByte(s, '-'); cut > 0 {
			s = s[:cut]
		} else {
			s = s[:MaxLen]
		}
	}
	return s
}
