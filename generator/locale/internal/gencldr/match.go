package main

import (
	"maps"
	"slices"
	"strings"
)

// The tables below let the locale package match a requested tag to a locale
// of the table without carrying all of CLDR's likely subtags, parents and
// aliases: only the entries that can lead to a locale it has.

// likelyScripts returns, for every language of the table, its likely script
// ("zh" → "Hans"), and for every language-region pair whose likely script
// differs from the language's ("zh-TW" → "Hant", "sr-ME" → "Latn").
func likelyScripts(sup *supplemental, tags []string) [][2]string {
	langs := languagesOf(tags)
	var out [][2]string
	for _, key := range slices.Sorted(maps.Keys(sup.likely)) {
		k := splitTag(key)
		if !langs[k.lang] || k.script != "" || len(k.variants) > 0 {
			continue
		}
		script := splitTag(sup.likely[key]).script
		switch {
		case k.region == "":
			out = append(out, [2]string{key, script})
		case script != splitTag(sup.likely[k.lang]).script:
			out = append(out, [2]string{key, script})
		}
	}
	return out
}

// outsideParents returns the parentLocales entries of locales the table
// lacks whose parent it has ("es-JP" → "es-419", "pt-FR" → "pt-PT").
func outsideParents(sup *supplemental, tags []string) [][2]string {
	var out [][2]string
	for _, child := range slices.Sorted(maps.Keys(sup.parents)) {
		parent := sup.parents[child]
		if !slices.Contains(tags, child) && slices.Contains(tags, parent) {
			out = append(out, [2]string{child, parent})
		}
	}
	return out
}

// languageAliases returns CLDR's aliases of bare language codes whose
// replacement is a language of the table, or a language and script
// ("iw" → "he", "eng" → "en", "sh" → "sr-Latn").
func languageAliases(sup *supplemental, tags []string) [][2]string {
	langs := languagesOf(tags)
	var out [][2]string
	for _, from := range slices.Sorted(maps.Keys(sup.aliases)) {
		to := sup.aliases[from]
		if strings.ContainsAny(from, "-_") || from == "und" {
			continue
		}
		t := splitTag(to)
		if !langs[t.lang] || t.region != "" || len(t.variants) > 0 || t.lang == from {
			continue
		}
		out = append(out, [2]string{from, to})
	}
	return out
}

func languagesOf(tags []string) map[string]bool {
	langs := map[string]bool{}
	for _, t := range tags {
		langs[splitTag(t).lang] = true
	}
	return langs
}
