package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/natomongolia/timeline/generator/locale/internal/pattern"
)

// The table keeps, for each skeleton, the pattern ICU would format it with.
// CLDR lists most of them in availableFormats; the rest (yMMMMd, GyMMMM and
// GyMMMMd in most locales) are derived here the way ICU's
// DateTimePatternGenerator and DateIntervalFormat derive them, restricted to
// the fields G, y, M and d:
//
//   - a date pattern: the candidate with the same fields and the smallest
//     distance, among availableFormats and the locale's four standard date
//     formats (so English yMMMMd is its long format "MMMM d, y"); then each
//     field takes the requested width, unless the candidate already had that
//     width or one of the two is numeric (M, MM) and the other text (MMM…),
//     so Japanese "y年M月d日" keeps its numeric month;
//   - an interval pattern: the intervalFormats skeleton with the same fields
//     and the smallest distance (yMMMd for yMMMMd); then a field is widened
//     to the requested width only where its width equals the candidate
//     skeleton's ("MMM" becomes "MMMM", a numeric "M" stays). Unlike ICU, a
//     month is not widened when the locale's own date pattern for the
//     skeleton writes the month as a number: Chinese yMMMMd is "y年M月d日",
//     and its yMMMd intervals' "MMM" (8月) stays, where ICU would give the
//     wide 八月 in ranges only. A greatest
//     difference the candidate has no pattern for is left empty: the locale
//     package then joins two formatted dates with intervalFormatFallback.
//
// Distance is ICU's: per field, the difference of the widths, or 256 when one
// month is numeric and the other text. Ties go to the standard date formats,
// as in ICU (en-BW's long "dd MMMM y" gives "d MMMM y", where its yMMMd
// "dd MMM y" would keep "dd"), then to the skeleton first in byte order.

// skeletonFields returns the field widths of a skeleton ("GyMMMMd").
func skeletonFields(skel string) map[byte]int {
	return pattern.Fields(pattern.Parse(skel))
}

func sameFields(a, b map[byte]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

func distance(req, cand map[byte]int) int {
	d := 0
	for k, r := range req {
		c := cand[k]
		switch {
		case r == c:
		case k == 'M' && (r <= 2) != (c <= 2):
			d += 256
		case r > c:
			d += r - c
		default:
			d += c - r
		}
	}
	return d
}

// candidate is a pattern a skeleton may be derived from.
type candidate struct {
	name    string // the skeleton, or "dateFormats.long" and the like
	fields  map[byte]int
	pattern string
}

// closest returns the candidate with the same fields as req at the smallest
// distance, the first one on ties, and false when none has the same fields.
func closest(req map[byte]int, cands []candidate) (candidate, bool) {
	best, found, bestDist := candidate{}, false, 0
	for _, c := range cands {
		if !sameFields(req, c.fields) {
			continue
		}
		if d := distance(req, c.fields); !found || d < bestDist {
			best, found, bestDist = c, true, d
		}
	}
	return best, found
}

// skeletonCandidates lists the plain skeletons of m (no "-alt-" or
// "-count-" variants) in byte order.
func skeletonCandidates(m map[string]string) []candidate {
	var cands []candidate
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !strings.Contains(k, "-") {
			cands = append(cands, candidate{name: k, fields: skeletonFields(k), pattern: m[k]})
		}
	}
	return cands
}

// bestPattern returns the date pattern for skeleton skel and how it was
// found: "exact", or the candidate it was derived from.
func bestPattern(skel string, available map[string]string, dateFormats []string) (string, string, error) {
	if p, ok := available[skel]; ok {
		return p, "exact", nil
	}
	var cands []candidate
	lengths := []string{"full", "long", "medium", "short"}
	for i, p := range dateFormats {
		cands = append(cands, candidate{name: "dateFormats." + lengths[i], fields: pattern.Fields(pattern.Parse(p)), pattern: p})
	}
	cands = append(cands, skeletonCandidates(available)...)
	req := skeletonFields(skel)
	c, ok := closest(req, cands)
	if !ok {
		return "", "", fmt.Errorf("no pattern has the fields of %s", skel)
	}
	return adjustPattern(c.pattern, c.fields, req), "from " + c.name, nil
}

// adjustPattern widens or narrows the fields of p, found for the skeleton
// fields cand, to the widths of req, by DateTimePatternGenerator's rule.
func adjustPattern(p string, cand, req map[byte]int) string {
	items := pattern.Parse(p)
	changed := false
	for i, it := range items {
		if it.Letter == 0 {
			continue
		}
		k := skeletonLetter(it.Letter)
		r, c := req[k], cand[k]
		if r == 0 || r == c || it.Width == r {
			continue
		}
		if k == 'M' && (it.Width <= 2) != (c <= 2) {
			continue
		}
		items[i].Width = r
		changed = true
	}
	if !changed {
		return p
	}
	return pattern.String(items)
}

// bestInterval returns the interval pattern for skeleton skel when the
// greatest difference is diff, and how it was found; "" when there is none.
// format is the date pattern chosen for skel.
func bestInterval(skel string, diff byte, intervals map[string]map[string]string, format string) (string, string) {
	if byDiff, ok := intervals[skel]; ok {
		if p := byDiff[string(diff)]; p != "" {
			return p, "exact"
		}
		return "", "none (exact skeleton lacks it)"
	}
	var cands []candidate
	for _, k := range slices.Sorted(maps.Keys(intervals)) {
		cands = append(cands, candidate{name: k, fields: skeletonFields(k), pattern: intervals[k][string(diff)]})
	}
	req := skeletonFields(skel)
	c, ok := closest(req, cands)
	if !ok {
		return "", "none (no skeleton with its fields)"
	}
	if c.pattern == "" {
		return "", "none (" + c.name + " lacks it)"
	}
	target := maps.Clone(req)
	if w, ok := pattern.Fields(pattern.Parse(format))['M']; ok && w <= 2 {
		target['M'] = c.fields['M']
	}
	return adjustInterval(c.pattern, c.fields, target), "from " + c.name
}

// adjustInterval widens the fields of an interval pattern found for the
// skeleton fields cand to the widths of req, by DateIntervalFormat's rule:
// only a field as wide as in cand, and only when req is wider.
func adjustInterval(p string, cand, req map[byte]int) string {
	items := pattern.Parse(p)
	changed := false
	for i, it := range items {
		if it.Letter == 0 {
			continue
		}
		k := skeletonLetter(it.Letter)
		if it.Width == cand[k] && req[k] > cand[k] {
			items[i].Width = req[k]
			changed = true
		}
	}
	if !changed {
		return p
	}
	return pattern.String(items)
}

func skeletonLetter(c byte) byte {
	if c == 'L' {
		return 'M'
	}
	return c
}
