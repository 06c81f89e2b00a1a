package locale

import "strings"

// Digits writes n in the locale's default digits, without grouping, as
// years are written: "2005", Bangla "২০০৫", Persian "۲۰۰۵". A negative n
// takes the locale's minus sign.
func (l *Locale) Digits(n int) string {
	var b strings.Builder
	if n < 0 {
		b.WriteString(str(l.rec.str[fieldMinus]))
	}
	l.writeNumber(&b, magnitude(n), 1)
	return b.String()
}

// Number writes n as a count: the locale's digits, grouped as its decimal
// format groups them, from the size CLDR's minimumGroupingDigits sets on:
// "12,345", German "12.345", French "12 345" (with U+202F), Hindi
// "12,34,567", Spanish "1234" but "12.345".
func (l *Locale) Number(n int) string {
	var digits strings.Builder
	l.writeNumber(&digits, magnitude(n), 1)
	ds := splitRunes(digits.String())
	var b strings.Builder
	if n < 0 {
		b.WriteString(str(l.rec.str[fieldMinus]))
	}
	primary, secondary, minimum := int(l.rec.grouping[0]), int(l.rec.grouping[1]), int(l.rec.grouping[2])
	if primary == 0 || len(ds) < primary+minimum {
		b.WriteString(strings.Join(ds, ""))
		return b.String()
	}
	// Group sizes from the right: primary, then secondary ones.
	var groups []int
	rest := len(ds) - primary
	for rest > 0 {
		size := min(secondary, rest)
		groups = append(groups, size)
		rest -= size
	}
	group := str(l.rec.str[fieldGroup])
	i := 0
	for g := len(groups) - 1; g >= 0; g-- {
		b.WriteString(strings.Join(ds[i:i+groups[g]], ""))
		b.WriteString(group)
		i += groups[g]
	}
	b.WriteString(strings.Join(ds[i:], ""))
	return b.String()
}

// PluralCategory returns the CLDR cardinal plural category of the integer
// n in the locale: "zero", "one", "two", "few", "many" or "other".
func (l *Locale) PluralCategory(n int) string {
	return l.parsed().plural.Category(int64(n))
}

// magnitude returns |n|, also for the smallest int.
func magnitude(n int) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

func splitRunes(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}
