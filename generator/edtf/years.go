package edtf

import (
	"fmt"
	"strconv"
	"strings"
)

// checkYear checks the four year characters of s at offset at, read into d
// without their sign: the number of X, and the sign.
func (d *Date) checkYear(s string, at int, neg, inInterval bool) *SyntaxError {
	x := d.UnspecifiedYearDigits
	if x == 0 && !neg {
		return nil
	}
	first, last := d.years()
	if neg {
		first, last = -last, -first
	}
	switch {
	case x == 4:
		return bad(s, at, `a wholly unspecified year is EDTF Level 2: write what is known, such as "19XX"`)
	case x == 3:
		return bad(s, at+1, `EDTF Level 1 leaves at most the last two digits of a year unspecified ("20XX"): for the years %s to %s write the interval "%s/%s"`,
			yearText(first), yearText(last), yearText(first), yearText(last))
	case x > 0 && inInterval:
		return bad(s, at+4-x, `unspecified digits in an interval are EDTF Level 2: write the first or the last year they stand for, %q or %q`, yearText(first), yearText(last))
	case neg && d.Year == 0 && x == 0:
		unsigned := "0000"
		if _, err := scanDate(s[1:], inInterval); err == nil {
			unsigned = s[1:]
		}
		return bad(s, 0, `the year zero has no sign: write %q (0000 is 1 BCE)`, unsigned)
	case neg && d.Year == 0:
		return bad(s, 0, `a negative year needs a digit other than 0 before its "X": for the years %s to %s write the interval "%s/%s"`,
			yearText(first), yearText(last), yearText(first), yearText(last))
	}
	return nil
}

// yearText returns the EDTF of the year y alone: "2005", "-0499", "Y12345".
func yearText(y int) string {
	return Date{Year: y, Precision: YearPrecision}.String()
}

// scanYYear parses s, which starts with "Y", as a year of more than four
// digits: "Y170000002", "Y-170000002".
func scanYYear(s string, inInterval bool) (Date, *SyntaxError) {
	at := 1
	if byteAt(s, 1) == '-' {
		at = 2
	}
	i := at
	for isDigit(byteAt(s, i)) {
		i++
	}
	digits, sign := s[at:i], s[1:at]
	if digits == "" {
		return Date{}, shapeless(s, at)
	}
	significant := strings.TrimLeft(digits, "0")
	switch byteAt(s, i) {
	case 'E':
		return Date{}, bad(s, i, `exponential years ("Y-17E7") are EDTF Level 2: write the year in full after "Y"%s`, exponentInFull(s, at, i))
	case 'S':
		return Date{}, bad(s, i, `significant digits ("Y171010000S3") are EDTF Level 2: write %q`, s[:i])
	}
	if len(significant) <= 4 {
		if significant == "" {
			sign = ""
		}
		year := sign + strings.Repeat("0", 4-len(significant)) + significant
		if _, err := scanDate(year+s[i:], inInterval); err == nil {
			year += s[i:]
		}
		return Date{}, bad(s, 0, "a Y-year needs more than four digits: write %q", year)
	}
	switch c := byteAt(s, i); {
	case c == '-':
		return Date{}, bad(s, i, "a Y-year stands alone, with no month, season or day: write %q", s[:i])
	case isQualifier(c):
		return Date{}, bad(s, i, "a Y-year takes no qualifier in EDTF Level 1: write %q", s[:i])
	case i < len(s):
		return Date{}, shapeless(s, i)
	case len(significant) < len(digits):
		return Date{}, bad(s, at, "a Y-year has no leading zeros: write %q", "Y"+sign+significant)
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || n > maxYear {
		return Date{}, bad(s, at, "the year is out of range: years run to %d either way", maxYear)
	}
	if inInterval {
		return Date{}, bad(s, 0, "a Y-year cannot be the start or end of an interval in EDTF Level 1: give the start and the end as two dates")
	}
	year := int(n)
	if sign != "" {
		year = -year
	}
	return Date{Year: year, Precision: YearPrecision}, nil
}

// exponentInFull returns `, "Y-170000000"` for s, "Y-17E7" with the
// mantissa at s[at:e], when the year has at most twelve digits; else "".
func exponentInFull(s string, at, e int) string {
	exp, err := strconv.Atoi(s[e+1:])
	mantissa := strings.TrimLeft(s[at:e], "0")
	if err != nil || exp < 0 || mantissa == "" || len(mantissa)+exp > len(strconv.Itoa(maxYear)) {
		return ""
	}
	return fmt.Sprintf(", %q", s[:at]+mantissa+strings.Repeat("0", exp))
}

// longYear returns the error for s, a year of more than four digits with no
// "Y", from offset at; "20051201" and "200512" may be a day or a month
// without hyphens.
func longYear(s string, at int) *SyntaxError {
	i := at
	for isDigit(byteAt(s, i)) {
		i++
	}
	digits, sign, rest := s[at:i], s[:at], s[i:]
	if sign == "" && (len(digits) == 6 || len(digits) == 8) {
		hyphened := digits[:4] + "-" + digits[4:6]
		if len(digits) == 8 {
			hyphened += "-" + digits[6:]
		}
		if _, err := scanDate(hyphened, false); err == nil {
			switch {
			case len(digits) == 8 && rest != "" && rest[0] == 'T':
				return timeOfDay(s, i, hyphened)
			case len(digits) == 8 && rest == "":
				return bad(s, 4, `EDTF separates the year, month and day with "-": write %q`, hyphened)
			case rest == "":
				return bad(s, 4, `EDTF separates the year and month with "-": write %q, or "Y%s" for the year %s`, hyphened, digits, digits)
			}
		}
	}
	significant := strings.TrimLeft(digits, "0")
	switch {
	case rest != "":
		return shapeless(s, i)
	case len(significant) <= 4:
		return bad(s, at, "a year has four digits: write %q", sign+strings.Repeat("0", 4-len(significant))+significant)
	case len(significant) > len(strconv.Itoa(maxYear)):
		return bad(s, at, "the year is out of range: years run to %d either way", maxYear)
	}
	return bad(s, 0, `a year beyond four digits starts with "Y": write %q`, "Y"+sign+significant)
}

// timeOfDay returns the error for s, a date with a time of day from offset
// i on; date is the date without it.
func timeOfDay(s string, i int, date string) *SyntaxError {
	e := bad(s, i, "it has a time of day: write %q", date)
	e.err = ErrTimeOfDay
	return e
}
