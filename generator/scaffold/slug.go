package scaffold

import "github.com/natomongolia/timeline/generator/internal/slug"

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
// The result is empty when nothing is left, as for a title of emoji. Tag
// pages are named by the same rule (package slug).
func SlugIn(title, language string) string { return slug.Make(title, language) }
