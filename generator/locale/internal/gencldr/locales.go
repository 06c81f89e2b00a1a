package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// skeletons are the date forms the table keeps a pattern and interval
// patterns for, in the order of the generated skel… constants.
var skeletons = []string{"y", "yMMMM", "yMMMMd", "Gy", "GyMMMM", "GyMMMMd"}

// differences are the greatest differences interval patterns are chosen by,
// in the order of the generated diff… constants.
var differences = []byte{'G', 'y', 'M', 'd'}

// Month name widths and contexts, in the order of the generated field
// constants.
var (
	monthWidths   = []string{"abbreviated", "wide", "narrow"} // pattern widths 3, 4, 5
	monthContexts = []string{"format", "stand-alone"}         // pattern letters M, L
)

// listSeparator joins the twelve month names of a list in one string.
const listSeparator = "|"

// localeData is everything the table keeps for one locale, resolved.
type localeData struct {
	Tag, Name string
	// Months holds the names by context (format, stand-alone), width
	// (abbreviated, wide, narrow) and month; only wide names and the
	// widths the kept patterns use are filled.
	Months    [2][3][12]string
	Eras      [2]string // BCE, CE
	Patterns  [6]string // by skeleton
	Intervals [6][4]string
	Fallback  string
	Digits    string // the ten digits of the default numbering system
	Minus     string
	Group     string
	Grouping  [3]int // primary and secondary group size, minimum grouping digits
	Plural    string // the cardinal rules, as plural.ParseSet reads them
	RTL       bool
}

// table is what gencldr writes.
type table struct {
	Locales []*localeData
	Likely  [][2]string // "zh" → "Hans", "zh-TW" → "Hant": the script of a language (and region)
	Parents [][2]string // parentLocales entries for locales not in the table
	Aliases [][2]string // language aliases whose replacement the table covers
	License string      // CLDR's license, which travels with the data
}

// stats counts how patterns were found, for the log.
type stats map[string]int

// build reads the packages and resolves every modern locale.
func build(src files, log io.Writer) (*table, error) {
	sup, err := readSupplemental(src)
	if err != nil {
		return nil, err
	}
	tags := sup.modernLocales()
	if len(tags) == 0 {
		return nil, fmt.Errorf("%s: no locale has modern coverage", coverageFile)
	}
	license, ok := src["cldr-core/LICENSE"]
	if !ok {
		return nil, fmt.Errorf("cldr-core/LICENSE: missing from the package; the data may not be copied without it")
	}
	t := &table{License: string(license)}
	st := stats{}
	for _, tag := range tags {
		l, err := readLocale(src, sup, tag, st)
		if err != nil {
			return nil, err
		}
		t.Locales = append(t.Locales, l)
	}
	t.Likely = likelyScripts(sup, tags)
	t.Parents = outsideParents(sup, tags)
	t.Aliases = languageAliases(sup, tags)
	fmt.Fprintf(log, "gencldr: CLDR %s, %d locales\n", cldrVersion, len(t.Locales))
	for _, k := range slices.Sorted(maps.Keys(st)) {
		fmt.Fprintf(log, "  %-40s %d\n", k, st[k])
	}
	return t, nil
}

// readLocale resolves one locale. CLDR's JSON files are already resolved
// (each holds the inherited values too), so a locale needs only its own files.
func readLocale(src files, sup *supplemental, tag string, st stats) (*localeData, error) {
	l := &localeData{Tag: tag}
	if err := readDates(src, tag, l, st); err != nil {
		return nil, err
	}
	if err := readNumbers(src, sup, tag, l); err != nil {
		return nil, err
	}
	rules, err := pluralRules(sup, tag)
	if err != nil {
		return nil, err
	}
	l.Plural = rules
	name, err := displayName(src, tag)
	if err != nil {
		return nil, err
	}
	l.Name = name
	script := sup.script(tag)
	if script == "" {
		return nil, fmt.Errorf("%s: likely subtags give no script for %s, so its direction is unknown", likelyFile, tag)
	}
	l.RTL = sup.rtlScript[script]
	return l, nil
}

// monthList reads the twelve names of a month list, keyed "1" to "12".
func monthList(path string, names map[string]string) ([12]string, error) {
	var list [12]string
	for m := range list {
		n, ok := names[fmt.Sprint(m+1)]
		if !ok || n == "" {
			return list, fmt.Errorf("%s: month %d has no name", path, m+1)
		}
		if strings.Contains(n, listSeparator) {
			return list, fmt.Errorf("%s: month name %q holds %q, which the table uses to separate names", path, n, listSeparator)
		}
		list[m] = n
	}
	return list, nil
}
