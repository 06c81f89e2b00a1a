package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// The JSON files of cldr-core that gencldr reads.
const (
	coverageFile  = "cldr-core/coverageLevels.json"
	likelyFile    = "cldr-core/supplemental/likelySubtags.json"
	pluralsFile   = "cldr-core/supplemental/plurals.json"
	numberingFile = "cldr-core/supplemental/numberingSystems.json"
	parentsFile   = "cldr-core/supplemental/parentLocales.json"
	aliasesFile   = "cldr-core/supplemental/aliases.json"
	scriptsFile   = "cldr-core/scriptMetadata.json"
)

// supplemental is the locale-independent data gencldr uses.
type supplemental struct {
	coverage      map[string]string            // locale → coverage level
	likely        map[string]string            // likely subtags: "zh-TW" → "zh-Hant-TW"
	plurals       map[string]map[string]string // locale → "pluralRule-count-one" → rule and samples
	digits        map[string]string            // numbering system → its ten digits
	parents       map[string]string            // parentLocales: "en-GB" → "en-001"
	pluralParents map[string]string            // parentLocales for plural rules (empty in CLDR 48)
	aliases       map[string]string            // language aliases: "iw" → "he"
	rtlScript     map[string]bool              // script → written right to left
}

func readSupplemental(src files) (*supplemental, error) {
	s := &supplemental{}
	var coverage struct {
		Effective map[string]string `json:"effectiveCoverageLevels"`
	}
	var likely struct {
		Supplemental struct {
			LikelySubtags map[string]string `json:"likelySubtags"`
		} `json:"supplemental"`
	}
	var plurals struct {
		Supplemental struct {
			Cardinal map[string]map[string]string `json:"plurals-type-cardinal"`
		} `json:"supplemental"`
	}
	var numbering struct {
		Supplemental struct {
			NumberingSystems map[string]struct {
				Digits string `json:"_digits"`
				Type   string `json:"_type"`
			} `json:"numberingSystems"`
		} `json:"supplemental"`
	}
	var parents struct {
		Supplemental struct {
			ParentLocales struct {
				ParentLocale map[string]string `json:"parentLocale"`
				Plurals      map[string]string `json:"plurals"`
			} `json:"parentLocales"`
		} `json:"supplemental"`
	}
	var aliases struct {
		Supplemental struct {
			Metadata struct {
				Alias struct {
					LanguageAlias map[string]struct {
						Replacement string `json:"_replacement"`
					} `json:"languageAlias"`
				} `json:"alias"`
			} `json:"metadata"`
		} `json:"supplemental"`
	}
	var scripts struct {
		ScriptMetadata map[string]struct {
			RTL string `json:"rtl"`
		} `json:"scriptMetadata"`
	}
	for _, f := range []struct {
		path string
		into any
	}{
		{coverageFile, &coverage}, {likelyFile, &likely}, {pluralsFile, &plurals},
		{numberingFile, &numbering}, {parentsFile, &parents}, {aliasesFile, &aliases},
		{scriptsFile, &scripts},
	} {
		if err := decode(src, f.path, f.into); err != nil {
			return nil, err
		}
	}
	s.coverage = coverage.Effective
	s.likely = likely.Supplemental.LikelySubtags
	s.plurals = plurals.Supplemental.Cardinal
	s.parents = parents.Supplemental.ParentLocales.ParentLocale
	s.pluralParents = parents.Supplemental.ParentLocales.Plurals
	s.digits = map[string]string{}
	for id, ns := range numbering.Supplemental.NumberingSystems {
		if ns.Type == "numeric" {
			s.digits[id] = ns.Digits
		}
	}
	s.aliases = map[string]string{}
	for from, a := range aliases.Supplemental.Metadata.Alias.LanguageAlias {
		s.aliases[from] = a.Replacement
	}
	s.rtlScript = map[string]bool{}
	for id, m := range scripts.ScriptMetadata {
		s.rtlScript[id] = m.RTL == "YES"
	}
	if len(s.coverage) == 0 || len(s.likely) == 0 || len(s.plurals) == 0 {
		return nil, fmt.Errorf("cldr-core: coverage levels, likely subtags or plural rules are empty: is this CLDR's JSON?")
	}
	return s, nil
}

// modernLocales lists the locales at "modern" coverage, sorted, without
// the root locale.
func (s *supplemental) modernLocales() []string {
	var tags []string
	for tag, level := range s.coverage {
		if level == "modern" && tag != "und" && tag != "root" {
			tags = append(tags, tag)
		}
	}
	slices.Sort(tags)
	return tags
}

// pluralParent returns the locale tag inherits its plural rules from:
// plural rules have parentLocales of their own, and without an entry there
// a locale drops its last subtag ("pt-AO" takes the rules of "pt", as in
// ICU, although its other data comes from "pt-PT"); "" for root.
func (s *supplemental) pluralParent(tag string) string {
	return parentIn(s.pluralParents, tag)
}

func parentIn(parents map[string]string, tag string) string {
	if p, ok := parents[tag]; ok {
		if p == "und" || p == "root" {
			return ""
		}
		return p
	}
	i := strings.LastIndexByte(tag, '-')
	if i < 0 {
		return ""
	}
	return tag[:i]
}

// script returns the script a locale is written in: its script subtag, or
// the one likely subtags give.
func (s *supplemental) script(tag string) string {
	t := splitTag(tag)
	if t.script != "" {
		return t.script
	}
	for _, key := range []string{t.lang + "-" + t.region, t.lang} {
		if max, ok := s.likely[key]; ok {
			return splitTag(max).script
		}
	}
	return ""
}

// tagParts are the subtags of a CLDR locale tag.
type tagParts struct {
	lang, script, region string
	variants             []string
}

// splitTag splits a tag in CLDR's form ("sr-Latn-ME", "ca-ES-valencia").
func splitTag(tag string) tagParts {
	sub := strings.Split(tag, "-")
	t := tagParts{lang: sub[0]}
	for _, s := range sub[1:] {
		switch {
		case t.script == "" && t.region == "" && len(t.variants) == 0 && len(s) == 4 && s[0] >= 'A' && s[0] <= 'Z':
			t.script = s
		case t.region == "" && len(t.variants) == 0 && (len(s) == 2 || len(s) == 3 && s[0] >= '0' && s[0] <= '9'):
			t.region = s
		default:
			t.variants = append(t.variants, s)
		}
	}
	return t
}

// decode unmarshals the file at path.
func decode(src files, path string, into any) error {
	b, ok := src[path]
	if !ok {
		return fmt.Errorf("%s: missing from the package", path)
	}
	if err := json.Unmarshal(b, into); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// decodeMain unmarshals the per-locale file pkg/main/tag/name, whose data
// sits under {"main": {tag: …}}, and returns what is under tag.
func decodeMain(src files, pkg, tag, name string, into any) error {
	path := pkg + "/main/" + tag + "/" + name
	var doc struct {
		Main map[string]json.RawMessage `json:"main"`
	}
	if err := decode(src, path, &doc); err != nil {
		return err
	}
	raw, ok := doc.Main[tag]
	if !ok {
		return fmt.Errorf("%s: no entry for %q under \"main\"", path, tag)
	}
	if err := json.Unmarshal(raw, into); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
