package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/natomongolia/timeline/generator/locale/internal/pattern"
)

// gregorian is the part of a locale's ca-gregorian.json that gencldr reads.
type gregorian struct {
	Months      map[string]map[string]map[string]string `json:"months"` // context → width → "1".."12" → name
	Eras        struct{ EraAbbr map[string]string }     `json:"eras"`
	DateFormats map[string]string                       `json:"dateFormats"`
	DTFormats   struct {
		Available map[string]string          `json:"availableFormats"`
		Interval  map[string]json.RawMessage `json:"intervalFormats"`
	} `json:"dateTimeFormats"`
}

const datesPackage = "cldr-dates-full"

// readDates fills in month and era names and the date and interval patterns.
func readDates(src files, tag string, l *localeData, st stats) error {
	var doc struct {
		Dates struct {
			Calendars struct {
				Gregorian gregorian `json:"gregorian"`
			} `json:"calendars"`
		} `json:"dates"`
	}
	if err := decodeMain(src, datesPackage, tag, "ca-gregorian.json", &doc); err != nil {
		return err
	}
	g := &doc.Dates.Calendars.Gregorian
	path := datesPackage + "/main/" + tag + "/ca-gregorian.json"

	for i, bce := range []string{"0", "1"} {
		era := g.Eras.EraAbbr[bce+"-alt-variant"]
		if era == "" {
			era = g.Eras.EraAbbr[bce]
		}
		if era == "" {
			return fmt.Errorf("%s: no abbreviated era %s", path, bce)
		}
		l.Eras[i] = era
	}

	intervals, fallback, err := intervalFormats(path, g.DTFormats.Interval)
	if err != nil {
		return err
	}
	if !strings.Contains(fallback, "{0}") || !strings.Contains(fallback, "{1}") {
		return fmt.Errorf("%s: intervalFormatFallback %q lacks {0} or {1}", path, fallback)
	}
	l.Fallback = fallback
	var dateFormats []string
	for _, length := range []string{"full", "long", "medium", "short"} {
		if p, ok := g.DateFormats[length]; ok {
			dateFormats = append(dateFormats, p)
		}
	}
	for s, skel := range skeletons {
		p, how, err := bestPattern(skel, g.DTFormats.Available, dateFormats)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		st[skel+" pattern "+how]++
		l.Patterns[s] = p
		for d, diff := range differences {
			if !strings.ContainsRune(skel, rune(diff)) {
				continue
			}
			ip, how := bestInterval(skel, diff, intervals, p)
			if ip != "" && !showsInBoth(ip, diff) {
				ip, how = "", "dropped: "+how+" does not show "+string(diff)+" in both dates"
			}
			st[skel+" interval "+string(diff)+" "+how]++
			l.Intervals[s][d] = ip
		}
	}
	if err := checkPatterns(path, l); err != nil {
		return err
	}
	return readMonths(path, g, l)
}

// intervalFormats splits CLDR's intervalFormats into the fallback and the
// patterns by skeleton and greatest difference.
func intervalFormats(path string, raw map[string]json.RawMessage) (map[string]map[string]string, string, error) {
	out := map[string]map[string]string{}
	var fallback string
	for k, v := range raw {
		if k == "intervalFormatFallback" {
			if err := json.Unmarshal(v, &fallback); err != nil {
				return nil, "", fmt.Errorf("%s: intervalFormatFallback: %v", path, err)
			}
			continue
		}
		var byDiff map[string]string
		if err := json.Unmarshal(v, &byDiff); err != nil {
			return nil, "", fmt.Errorf("%s: intervalFormats %s: %v", path, k, err)
		}
		out[k] = byDiff
	}
	return out, fallback, nil
}

// showsInBoth reports whether both dates of an interval pattern show the
// field that differs. CLDR 48's Swahili yMMMd pattern for a month difference,
// "d – d MMM y", drops the first month ("1 – 5 Sep 2014" for 1 August to
// 5 September); such a pattern is left out, so the range falls back to two
// whole dates.
func showsInBoth(p string, diff byte) bool {
	first, second := pattern.Split(pattern.Parse(p))
	return pattern.Fields(first)[diff] > 0 && pattern.Fields(second)[diff] > 0
}

// checkPatterns makes sure every kept pattern uses only the fields the
// locale package renders, and that every interval pattern has two halves.
func checkPatterns(path string, l *localeData) error {
	check := func(p string) error {
		for _, it := range pattern.Parse(p) {
			ok := false
			switch it.Letter {
			case 0:
				ok = true
			case 'G':
				ok = it.Width <= 3
			case 'y', 'd':
				ok = it.Width <= 2
			case 'M', 'L':
				ok = it.Width <= 5
			}
			if !ok {
				return fmt.Errorf("%s: pattern %q has the field %s, which the locale package does not render",
					path, p, strings.Repeat(string(it.Letter), it.Width))
			}
		}
		return nil
	}
	for s, p := range l.Patterns {
		if err := check(p); err != nil {
			return err
		}
		if pattern.Fields(pattern.Parse(p))['y'] == 0 {
			return fmt.Errorf("%s: pattern %q for %s has no year", path, p, skeletons[s])
		}
		for _, ip := range l.Intervals[s] {
			if ip == "" {
				continue
			}
			if strings.HasPrefix(ip, "latestFirst:") || strings.HasPrefix(ip, "earliestFirst:") {
				return fmt.Errorf("%s: interval pattern %q puts the dates in an order the locale package does not support", path, ip)
			}
			if err := check(ip); err != nil {
				return err
			}
			first, second := pattern.Split(pattern.Parse(ip))
			if len(pattern.Fields(first)) == 0 || len(pattern.Fields(second)) == 0 {
				return fmt.Errorf("%s: interval pattern %q does not split into two dates", path, ip)
			}
		}
	}
	return nil
}

// readMonths keeps the wide month names and those of any other width a kept
// pattern uses (Mongolian's year-month intervals use narrow months).
func readMonths(path string, g *gregorian, l *localeData) error {
	var used [2][3]bool
	used[0][1], used[1][1] = true, true
	mark := func(p string) {
		for _, it := range pattern.Parse(p) {
			if (it.Letter == 'M' || it.Letter == 'L') && it.Width >= 3 {
				c := 0
				if it.Letter == 'L' {
					c = 1
				}
				used[c][it.Width-3] = true
			}
		}
	}
	for s := range l.Patterns {
		mark(l.Patterns[s])
		for _, ip := range l.Intervals[s] {
			mark(ip)
		}
	}
	for c, ctx := range monthContexts {
		for w, width := range monthWidths {
			if !used[c][w] {
				continue
			}
			list, err := monthList(path+" months "+ctx+" "+width, g.Months[ctx][width])
			if err != nil {
				return err
			}
			l.Months[c][w] = list
		}
	}
	return nil
}
