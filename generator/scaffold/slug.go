package scaffold

import (
	"strings"

	"github.com/gosimple/slug"
)

// maxSlug is the longest slug Slug returns, in bytes.
const maxSlug = 60

// Slug turns a title into the part of a file name that names an event, as
// SlugIn does for a title in no particular language.
func Slug(title string) string { return SlugIn(title, "") }

// SlugIn turns a title in the given language (a BCP 47 tag, or "") into the
// part of a file name that names an event: lower-case ASCII letters and
// digits joined by single hyphens, at most 60 bytes, cut at a hyphen.
// Letters of every script are transliterated (gosimple/slug, with its
// unidecode tables): "Монголия и НАТО" gives "mongoliia-i-nato", "Ωmega"
// "omega", "日本の歴史" "ri-ben-noli-shi"; the language picks conventions
// such as German "ö" as "oe". Apostrophes vanish ("NATO's" gives "natos").
// The result is empty when nothing is left, as for a title of emoji.
func SlugIn(title, language string) string {
	title = strings.NewReplacer("'", "", "’", "", "ʼ", "").Replace(title)
	lang := strings.ToLower(strings.SplitN(strings.ReplaceAll(language, "_", "-"), "-", 2)[0])
	// Keep only what an id may hold: the library lets "_" through.
	var b strings.Builder
	hyphen := false
	for _, r := range slug.MakeLang(title, lang) {
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
	if len(s) > maxSlug {
		s = s[:maxSlug+1]
		if cut := strings.LastIndexByte(s, '-'); cut > 0 {
			s = s[:cut]
		} else {
			s = s[:maxSlug]
		}
	}
	return s
}
