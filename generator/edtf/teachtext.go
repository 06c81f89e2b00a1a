package edtf

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hintSpaces reads a date with spaces in it or around it, " 2005" or
// "2005 - 12".
func hintSpaces(s string, off int) *SyntaxError {
	at := strings.IndexFunc(s, unicode.IsSpace)
	if at < 0 {
		return nil
	}
	t := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	if _, ok := parses(t); !ok {
		return nil
	}
	return bad(s, at, "remove the spaces: write %q", t)
}

// hintUnicode reads a date written with digits other than the ASCII ones,
// "20٠٥" or "２００５", or with a dash other than the hyphen-minus.
func hintUnicode(s string, off int) *SyntaxError {
	digits, dashes := false, false
	t := strings.Map(func(r rune) rune {
		switch {
		case r < utf8.RuneSelf:
		case unicode.IsDigit(r):
			digits = true
			return '0' + digitValue(r)
		case unicode.Is(unicode.Pd, r) || r == '−':
			dashes = true
			return '-'
		}
		return r
	}, s)
	at := strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })
	_, ok := parses(t)
	switch {
	case digits && ok:
		return bad(s, at, "use the digits 0–9: write %q", t)
	case digits:
		return bad(s, at, "use the digits 0–9")
	case dashes && ok:
		return bad(s, at, `use the hyphen-minus "-": write %q`, t)
	}
	return nil
}

// digitValue returns the value, 0–9, of a decimal digit of Unicode. The
// digits come in runs of ten from zero, which the table of category Nd joins
// into ranges of multiples of ten.
func digitValue(r rune) rune {
	for _, rg := range unicode.Digit.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Digit.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	return 0
}

// hintNumbers reads dates of numbers with other separators than "-", in
// another order, or with one-digit months and days: "2005/12", "2005.12.01",
// "01-12-2005", "12/01/2005", "2005-1", "205".
func hintNumbers(s string, off int) *SyntaxError {
	sign, body := "", s
	if strings.HasPrefix(s, "-") {
		sign, body = "-", s[1:]
	}
	var groups []string
	var seps []byte
	for i := 0; ; i++ {
		j := i
		for isDigit(byteAt(body, j)) {
			j++
		}
		if j == i || len(groups) == 3 {
			return nil
		}
		groups = append(groups, body[i:j])
		if j == len(body) {
			break
		}
		if !strings.ContainsRune("-/. ", rune(body[j])) {
			return nil
		}
		seps = append(seps, body[j])
		i = j
	}
	year, last := groups[0], groups[len(groups)-1]
	short := func(g []string) bool {
		for _, n := range g {
			if len(n) > 2 {
				return false
			}
		}
		return true
	}
	switch {
	case len(groups) == 1 && len(year) < 4:
		n := strings.TrimLeft(year, "0")
		if n == "" {
			n, sign = "0", ""
		}
		return bad(s, 0, "a year has four digits: for the year %s write %q", sign+n, sign+pad(year, 4))
	case len(year) == 4 && len(groups) > 1 && short(groups[1:]):
		edtf := sign + year
		for _, g := range groups[1:] {
			edtf += "-" + pad(g, 2)
		}
		e := hintNumbersYearFirst(s, off, edtf, seps)
		if end := year[:2] + last; len(groups) == 2 && seps[0] == '/' && len(last) == 2 && sign == "" && end > year {
			// "2005/06", as for a financial year.
			if e == nil || e.Kind == kindImpossible {
				return bad(s, off, `"/" separates the start and the end of an interval: for the years write %q`, year+"/"+end)
			}
			e.Msg += fmt.Sprintf(", or %q for the years", year+"/"+end)
		}
		return e
	case sign == "" && len(last) == 4 && len(groups) > 1 && short(groups[:len(groups)-1]):
		return hintNumbersYearLast(s, off, groups)
	}
	return nil
}

// hintNumbersYearFirst returns the hint for s, the date edtf written with
// other separators, seps, or with one-digit months and days.
func hintNumbersYearFirst(s string, off int, edtf string, seps []byte) *SyntaxError {
	if _, err := scanDate(edtf, false); err != nil {
		if err.Kind == kindImpossible {
			return impossible(s, off, "%s", err.Msg)
		}
		return nil
	}
	switch {
	case strings.Trim(string(seps), "-") == "":
		return bad(s, off, "months and days have two digits: write %q", edtf)
	case len(seps) == 1 && seps[0] == '/':
		return bad(s, off, `"/" separates the start and the end of an interval: for a month write %q`, edtf)
	}
	return bad(s, off, `EDTF separates the parts of a date with "-": write %q`, edtf)
}

// hintNumbersYearLast returns the hint for s, the numbers of a date with
// the year last: "12-2005", "01-12-2005".
func hintNumbersYearLast(s string, off int, groups []string) *SyntaxError {
	year := groups[len(groups)-1]
	var valid []string
	switch len(groups) {
	case 2:
		valid = append(valid, year+"-"+pad(groups[0], 2))
	case 3:
		a, b := pad(groups[0], 2), pad(groups[1], 2)
		valid = append(valid, year+"-"+b+"-"+a)
		if a != b {
			valid = append(valid, year+"-"+a+"-"+b)
		}
	}
	valid = keepValid(valid)
	switch len(valid) {
	case 1:
		return bad(s, off, "the year comes first in EDTF: write %q", valid[0])
	case 2:
		return bad(s, off, "the year comes first in EDTF: write %q if %s is the day, or %q if it is the month", valid[0], groups[0], valid[1])
	}
	return nil
}

// keepValid returns the dates of ds that parse.
func keepValid(ds []string) []string {
	valid := ds[:0]
	for _, d := range ds {
		if _, err := scanDate(d, false); err == nil {
			valid = append(valid, d)
		}
	}
	return valid
}

// pad returns the digits n with zeros before them to make width digits.
func pad(n string, width int) string {
	if len(n) >= width {
		return n
	}
	return strings.Repeat("0", width-len(n)) + n
}

// asciiLower returns s with the ASCII letters in lower case, and its other
// bytes as they are.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
