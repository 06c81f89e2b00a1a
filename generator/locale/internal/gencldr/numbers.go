package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/locale/internal/plural"
)

const numbersPackage = "cldr-numbers-full"

// readNumbers fills in the digits, minus sign and grouping of the locale's
// default numbering system.
func readNumbers(src files, sup *supplemental, tag string, l *localeData) error {
	var doc struct {
		Numbers map[string]json.RawMessage `json:"numbers"`
	}
	if err := decodeMain(src, numbersPackage, tag, "numbers.json", &doc); err != nil {
		return err
	}
	path := numbersPackage + "/main/" + tag + "/numbers.json"
	var ns, minGrouping string
	if err := unmarshalKey(path, doc.Numbers, "defaultNumberingSystem", &ns); err != nil {
		return err
	}
	if err := unmarshalKey(path, doc.Numbers, "minimumGroupingDigits", &minGrouping); err != nil {
		return err
	}
	var symbols struct{ MinusSign, Group string }
	if err := unmarshalKey(path, doc.Numbers, "symbols-numberSystem-"+ns, &symbols); err != nil {
		return err
	}
	var decimal struct{ Standard string }
	if err := unmarshalKey(path, doc.Numbers, "decimalFormats-numberSystem-"+ns, &decimal); err != nil {
		return err
	}
	digits, err := digitsOf(ns, sup.digits[ns])
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if symbols.MinusSign == "" || symbols.Group == "" {
		return fmt.Errorf("%s: numbering system %s has no minus sign or group separator", path, ns)
	}
	primary, secondary := groupSizes(decimal.Standard)
	min, err := strconv.Atoi(minGrouping)
	if err != nil || min < 1 || min > 4 {
		return fmt.Errorf("%s: minimumGroupingDigits %q is not 1 to 4", path, minGrouping)
	}
	l.Digits, l.Minus, l.Group = digits, symbols.MinusSign, symbols.Group
	l.Grouping = [3]int{primary, secondary, min}
	return nil
}

func unmarshalKey(path string, m map[string]json.RawMessage, key string, into any) error {
	raw, ok := m[key]
	if !ok {
		return fmt.Errorf("%s: no %q", path, key)
	}
	if err := json.Unmarshal(raw, into); err != nil {
		return fmt.Errorf("%s: %s: %v", path, key, err)
	}
	return nil
}

// groupSizes reads the grouping of a decimal pattern's integer part:
// "#,##0.###" groups by 3, "#,##,##0.###" by 3 then 2, "0" not at all (0, 0).
func groupSizes(p string) (primary, secondary int) {
	p, _, _ = strings.Cut(p, ";")
	p, _, _ = strings.Cut(p, ".")
	last := strings.LastIndexByte(p, ',')
	if last < 0 {
		return 0, 0
	}
	primary = len(p) - last - 1
	prev := strings.LastIndexByte(p[:last], ',')
	if prev < 0 {
		return primary, primary
	}
	return primary, last - prev - 1
}

// pluralRules returns the cardinal rules for tag (found along its parent
// chain for plural rules, "pt-AO" → "pt", else root's), as plural.ParseSet reads them,
// after checking every rule against CLDR's integer samples.
func pluralRules(sup *supplemental, tag string) (string, error) {
	key := tag
	for key != "" {
		if _, ok := sup.plurals[key]; ok {
			break
		}
		key = sup.pluralParent(key)
	}
	if key == "" {
		key = "und" // root's rules: every number is "other" (ba, qu, shn in CLDR 48)
	}
	rules, ok := sup.plurals[key]
	if !ok {
		return "", fmt.Errorf("%s: no cardinal rules for %s or its parents", pluralsFile, tag)
	}
	var set plural.Set
	samples := map[string]string{}
	for _, cat := range plural.Categories {
		r, ok := rules["pluralRule-count-"+cat]
		if !ok {
			continue
		}
		cond, sample, _ := strings.Cut(r, "@")
		samples[cat] = "@" + sample
		if cat == "other" {
			continue
		}
		rule, err := plural.Parse(strings.TrimSpace(cond))
		if err != nil {
			return "", fmt.Errorf("%s: %s: %v", pluralsFile, key, err)
		}
		set = append(set, plural.Case{Category: cat, Rule: rule})
	}
	for cat, s := range samples {
		ns, err := integerSamples(s)
		if err != nil {
			return "", fmt.Errorf("%s: %s %s: %v", pluralsFile, key, cat, err)
		}
		for _, n := range ns {
			if got := set.Category(n); got != cat {
				return "", fmt.Errorf("%s: %s: the rules give %d the category %s, but CLDR lists it as a sample of %s", pluralsFile, key, n, got, cat)
			}
		}
	}
	return set.String(), nil
}

// integerSamples reads the integers of a sample list
// ("@integer 0, 2~16, 100, 1c3, … @decimal 0.0~1.5"), skipping those in
// compact exponent form (1c3), which no count takes.
func integerSamples(s string) ([]int64, error) {
	_, list, ok := strings.Cut(s, "@integer")
	if !ok {
		return nil, nil
	}
	list, _, _ = strings.Cut(list, "@")
	var out []int64
	for item := range strings.SplitSeq(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" || item == "…" || strings.ContainsAny(item, "ce") {
			continue
		}
		lo, hi, isRange := strings.Cut(item, "~")
		a, err := strconv.ParseInt(lo, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("sample %q is not an integer", item)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseInt(hi, 10, 64); err != nil || b < a || b-a > 10000 {
				return nil, fmt.Errorf("sample range %q is not a short integer range", item)
			}
		}
		for n := a; n <= b; n++ {
			out = append(out, n)
		}
	}
	return out, nil
}

// digitsOf checks that a numbering system's digits are ten characters.
func digitsOf(ns, digits string) (string, error) {
	if utf8.RuneCountInString(digits) != 10 {
		return "", fmt.Errorf("%s: numbering system %q has digits %q, not ten", numberingFile, ns, digits)
	}
	return digits, nil
}
