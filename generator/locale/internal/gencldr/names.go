package main

import (
	"strings"
)

const namesPackage = "cldr-localenames-full"

// displayName returns what a locale calls itself, by the display name
// algorithm of UTS #35 with dialect names: the longest language entry that
// matches ("British English", "繁體中文" for zh-Hant), then the remaining
// subtags' names in the locale's pattern: "français (Canada)".
func displayName(src files, tag string) (string, error) {
	type names struct {
		LocaleDisplayNames struct {
			Languages   map[string]string `json:"languages"`
			Scripts     map[string]string `json:"scripts"`
			Territories map[string]string `json:"territories"`
			Variants    map[string]string `json:"variants"`
			Pattern     struct {
				Locale    string `json:"localePattern"`
				Separator string `json:"localeSeparator"`
			} `json:"localeDisplayPattern"`
		} `json:"localeDisplayNames"`
	}
	// Each file fills its own part of ln; decoding leaves the others alone.
	// CLDR leaves out a file with no names (many locales name no variant);
	// a subtag without a name shows as its code.
	var ln names
	for _, file := range []string{"languages.json", "scripts.json", "territories.json", "variants.json", "localeDisplayNames.json"} {
		if _, ok := src[namesPackage+"/main/"+tag+"/"+file]; !ok && file != "localeDisplayNames.json" {
			continue
		}
		if err := decodeMain(src, namesPackage, tag, file, &ln); err != nil {
			return "", err
		}
	}
	n := &ln.LocaleDisplayNames
	t := splitTag(tag)
	script := func() string { return nameOr(n.Scripts, t.script) }
	region := func() string { return nameOr(n.Territories, t.region) }
	var base string
	var rest []string
	switch {
	case t.script != "" && t.region != "" && n.Languages[t.lang+"-"+t.script+"-"+t.region] != "":
		base = n.Languages[t.lang+"-"+t.script+"-"+t.region]
	case t.script != "" && n.Languages[t.lang+"-"+t.script] != "":
		base = n.Languages[t.lang+"-"+t.script]
		if t.region != "" {
			rest = append(rest, region())
		}
	case t.region != "" && n.Languages[t.lang+"-"+t.region] != "":
		base = n.Languages[t.lang+"-"+t.region]
		if t.script != "" {
			rest = append(rest, script())
		}
	default:
		base = nameOr(n.Languages, t.lang)
		if t.script != "" {
			rest = append(rest, script())
		}
		if t.region != "" {
			rest = append(rest, region())
		}
	}
	for _, v := range t.variants {
		rest = append(rest, nameOr(n.Variants, strings.ToUpper(v)))
	}
	if len(rest) == 0 {
		return base, nil
	}
	list := rest[0]
	for _, r := range rest[1:] {
		list = fill(n.Pattern.Separator, list, r)
	}
	return fill(n.Pattern.Locale, base, list), nil
}

// nameOr returns the name of code, or the code when the locale has none.
func nameOr(m map[string]string, code string) string {
	if n := m[code]; n != "" {
		return n
	}
	return code
}

// fill puts a and b into a CLDR pattern's {0} and {1}.
func fill(pattern, a, b string) string {
	return strings.NewReplacer("{0}", a, "{1}", b).Replace(pattern)
}
