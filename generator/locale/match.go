package locale

import (
	"slices"
	"strings"
)

// Lookup returns the locale for a BCP 47 language tag, matched as CLDR
// inherits: case and "_" or "-" do not matter, and extensions ("-u-…",
// "-x-…") are ignored. It tries the tag as it is, then, with the likely
// script added ("zh-TW" is written in Hant, "pt-BR" in Latn), the tag
// without its last subtags ("pt-BR" → "pt", "zh-TW" → "zh-Hant",
// "de-CH-1996" → "de-CH"), following CLDR's parentLocales ("es-JP" →
// "es-419"). A script other than the language's likely one is never dropped
// ("en-Cyrl" finds nothing rather than English), nor a language: Lookup
// reports false for a malformed tag, for "und" and for a language the table
// does not have. Deprecated language codes are replaced ("iw" → "he",
// "eng" → "en").
func Lookup(tag string) (*Locale, bool) {
	t, ok := parseTag(tag)
	if !ok || t.lang == "und" || t.lang == "root" {
		return nil, false
	}
	if to, ok := pairLookup(languageAliases[:], t.lang); ok {
		alias, _ := parseTag(to)
		t.lang = alias.lang
		if t.script == "" {
			t.script = alias.script
		}
	}
	if l, ok := byTag(t.String()); ok {
		return l, true
	}
	return resolve(t, 0)
}

// resolve walks from t towards its language.
func resolve(t langTag, depth int) (*Locale, bool) {
	if depth > 4 { // parentLocales chains are short; this only stops a loop
		return nil, false
	}
	likely, _ := pairLookup(likelyScripts[:], t.lang)
	script := t.script
	if script == "" {
		script = likely
		if s, ok := pairLookup(likelyScripts[:], t.lang+"-"+t.region); ok && t.region != "" {
			script = s
		}
	}
	tail := t.tail()
	for n := len(tail); n >= 0; n-- {
		var cands []string
		if script == likely || script == "" {
			cands = append(cands, join(t.lang, tail[:n]))
		}
		if script != "" {
			cands = append(cands, join(t.lang, append([]string{script}, tail[:n]...)))
		}
		for _, c := range cands {
			if l, ok := byTag(c); ok {
				return l, true
			}
		}
		for _, c := range cands {
			if p, ok := pairLookup(parentLocales[:], c); ok {
				pt, _ := parseTag(p)
				return resolve(pt, depth+1)
			}
		}
	}
	return nil, false
}

// langTag is a language tag's subtags in CLDR's case: "sr", "Latn", "ME".
type langTag struct {
	lang, script, region string
	variants             []string
}

// String returns the tag in CLDR's form: "sr-Latn-ME".
func (t langTag) String() string {
	var subs []string
	if t.script != "" {
		subs = append(subs, t.script)
	}
	return join(t.lang, append(subs, t.tail()...))
}

// tail returns the region and variants, the subtags truncation removes
// first.
func (t langTag) tail() []string {
	var tail []string
	if t.region != "" {
		tail = append(tail, t.region)
	}
	return append(tail, t.variants...)
}

func join(lang string, rest []string) string {
	return strings.Join(append([]string{lang}, rest...), "-")
}

// parseTag reads a BCP 47 tag, up to its first extension, into CLDR's case.
func parseTag(tag string) (langTag, bool) {
	var t langTag
	subs := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	if len(subs) == 0 || strings.Count(tag, "-")+strings.Count(tag, "_") != len(subs)-1 {
		return t, false // empty, or an empty subtag ("en--GB", "en-")
	}
	for _, s := range subs {
		if !isAlnum(s) || len(s) > 8 {
			return t, false
		}
	}
	lang := strings.ToLower(subs[0])
	if len(lang) < 2 || len(lang) > 8 || len(lang) == 4 || !isAlpha(lang) {
		return t, false
	}
	t.lang = lang
	for _, s := range subs[1:] {
		switch {
		case len(s) == 1: // an extension or private use: the rest is ignored
			return t, true
		case len(s) == 4 && isAlpha(s) && t.script == "" && t.region == "" && t.variants == nil:
			t.script = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
		case (len(s) == 2 && isAlpha(s) || len(s) == 3 && isDigits(s)) && t.region == "" && t.variants == nil:
			t.region = strings.ToUpper(s)
		case len(s) >= 5 || len(s) == 4 && s[0] >= '0' && s[0] <= '9':
			t.variants = append(t.variants, strings.ToLower(s))
		default:
			return t, false
		}
	}
	return t, true
}

// pairLookup finds key in a table of sorted pairs.
func pairLookup(pairs [][2]string, key string) (string, bool) {
	i, ok := slices.BinarySearchFunc(pairs, key, func(p [2]string, k string) int {
		return strings.Compare(p[0], k)
	})
	if !ok {
		return "", false
	}
	return pairs[i][1], true
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}
