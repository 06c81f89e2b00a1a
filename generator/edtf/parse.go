package edtf

import (
	"math"
	"strconv"
	"strings"
)

// maxYear bounds the years of "Y" dates, either way: twelve digits, enough
// for the age of the universe, and within an int (with a year to spare for
// the winter that ends in the next year).
const maxYear = min(999_999_999_999, math.MaxInt-1)

// ParseDate parses one EDTF date of Level 0 or Level 1: "1985", "1985-04",
// "1985-04-12", "-0499", "Y170000002", "2001-21" (a season), "1984?",
// "2004-06~", "2004-06-11%", "201X", "20XX", "2004-XX", "1985-04-XX",
// "1985-XX-XX". It also reads a whole year in the common form "500 BCE",
// "500 BC", "500 B.C.", "500 B.C.E.", "AD 500", "500 AD" or "500 CE" (case
// and spaces do not matter), which String writes in EDTF ("-0499").
//
// A value with a time of day is an error that wraps ErrTimeOfDay; an
// interval is an error too (see ParseInterval). Errors are *SyntaxError.
// A Level 0 date is parsed without allocating.
func ParseDate(s string) (Date, error) {
	d, err := scanDate(s, false)
	if err == nil {
		return d, nil
	}
	if d, eraErr, ok := parseEra(s); ok {
		if eraErr != nil {
			return Date{}, eraErr
		}
		return d, nil
	}
	return Date{}, teachDate(s, err)
}

// scanDate parses s as an EDTF date; inInterval for an end of an interval,
// to which Level 1 gives no unspecified digit and no Y-year.
func scanDate(s string, inInterval bool) (Date, *SyntaxError) {
	if s == "" {
		return Date{}, shapeless(s, 0)
	}
	if s[0] == 'Y' {
		return scanYYear(s, inInterval)
	}
	var d Date
	i, neg := 0, s[0] == '-'
	if neg {
		i = 1
	}
	yearAt := i
	for ; i < yearAt+4; i++ {
		switch c := byteAt(s, i); {
		case isDigit(c) && d.UnspecifiedYearDigits == 0:
			d.Year = d.Year*10 + int(c-'0')
		case c == 'X':
			d.UnspecifiedYearDigits++
			d.Year *= 10
		case isDigit(c):
			return Date{}, bad(s, i, `"X" may replace only the last one or two digits of a year, as in "201X" and "20XX"`)
		default:
			return Date{}, shapeless(s, i)
		}
	}
	if isDigit(byteAt(s, i)) {
		return Date{}, longYear(s, yearAt)
	}
	d.Precision = YearPrecision
	if err := d.checkYear(s, yearAt, neg, inInterval); err != nil {
		return Date{}, err
	}
	if neg {
		d.Year = -d.Year
	}
	if i == len(s) {
		return d, nil
	}
	if s[i] == '-' {
		if d.UnspecifiedYearDigits > 0 {
			return Date{}, bad(s, i, `a year with unspecified digits has no month or day in EDTF Level 1: write %q`, s[:i])
		}
		var err *SyntaxError
		if i, err = d.scanMonthDay(s, i+1); err != nil {
			return Date{}, err
		}
		if d.unspecified() && inInterval {
			return Date{}, bad(s, strings.Index(s, "XX"), `"XX" in an interval is EDTF Level 2: write %q, which spans the same days`, strings.TrimSuffix(strings.TrimSuffix(s[:i], "-XX"), "-XX"))
		}
		if i == len(s) {
			return d, nil
		}
	}
	return d.scanQualifier(s, i)
}

// byteAt returns s[i], or 0 past the end of s.
func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// scanMonthDay parses the month of s at offset i, and the day that may
// follow, into d. It returns the offset past them.
func (d *Date) scanMonthDay(s string, i int) (int, *SyntaxError) {
	month, ok, err := twoDigits(s, i, "month")
	if err != nil {
		return 0, err
	}
	hasDay := byteAt(s, i+2) == '-'
	switch {
	case !ok:
		d.UnspecifiedMonth = true
		d.Precision = MonthPrecision
	case month >= 1 && month <= 12:
		d.Month = month
		d.Precision = MonthPrecision
	case month >= 21 && month <= 24 && hasDay:
		return 0, bad(s, i+2, "a season has no day: write %q", s[:i+2])
	case hasDay:
		return 0, impossible(s, i, "the month is out of range: 01–12")
	case month >= 21 && month <= 24:
		d.Month = month
		d.Precision = SeasonPrecision
	case month >= 25 && month <= 41:
		return 0, bad(s, i, "the sub-year groupings 25–41 (seasons of a hemisphere, quarters, quadrimesters, semesters) are EDTF Level 2: write a season 21–24 or a month")
	default:
		return 0, impossible(s, i, "the month is out of range: 01–12, or 21–24 for a season")
	}
	i += 2
	if !hasDay {
		return i, nil
	}
	i++
	day, ok, err := twoDigits(s, i, "day")
	switch {
	case err != nil:
		return 0, err
	case !ok:
		d.UnspecifiedDay = true
	case d.UnspecifiedMonth:
		return 0, bad(s, i, "a day in an unspecified month is EDTF Level 2: write %q", s[:i]+"XX")
	case day < 1 || day > daysIn(d.Year, d.Month):
		return 0, impossible(s, i, "%s %s has %d days", monthNames[d.Month-1], yearInText(d.Year), daysIn(d.Year, d.Month))
	default:
		d.Day = day
	}
	d.Precision = DayPrecision
	return i + 2, nil
}

// twoDigits parses the two digits of s at offset i, or "XX" (then ok is
// false). It fails on one digit, three, or an X beside a digit.
func twoDigits(s string, i int, what string) (n int, ok bool, err *SyntaxError) {
	a, b := byteAt(s, i), byteAt(s, i+1)
	switch {
	case isDigit(byteAt(s, i+2)):
		return 0, false, shapeless(s, i)
	case isDigit(a) && isDigit(b):
		return int(a-'0')*10 + int(b-'0'), true, nil
	case a == 'X' && b == 'X':
		return 0, false, nil
	case (a == 'X' || isDigit(a)) && (b == 'X' || isDigit(b)):
		return 0, false, bad(s, i, `"X" replaces a whole %s in EDTF Level 1: write %q`, what, s[:i]+"XX")
	}
	return 0, false, shapeless(s, i)
}

// The English names of the months, for messages.
var monthNames = [12]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// yearInText returns the year y for a message: "2011", or in EDTF outside
// 1–9999 ("-0044", "0000").
func yearInText(y int) string {
	if y >= 1 && y <= 9999 {
		return strconv.Itoa(y)
	}
	return yearText(y)
}

func isQualifier(c byte) bool { return c == '?' || c == '~' || c == '%' }

// scanQualifier parses what follows the date d in s from offset i: a
// qualifier that ends s, or a time of day (an error).
func (d Date) scanQualifier(s string, i int) (Date, *SyntaxError) {
	switch c := s[i]; {
	case c == '?':
		d.Uncertain = true
	case c == '~':
		d.Approximate = true
	case c == '%':
		d.Uncertain, d.Approximate = true, true
	case d.Precision == DayPrecision && (c == 'T' || c == ' ' && isDigit(byteAt(s, i+1))):
		return Date{}, timeOfDay(s, i, s[:i])
	default:
		return Date{}, shapeless(s, i)
	}
	if d.unspecified() {
		return Date{}, bad(s, i, "unspecified digits take no qualifier in EDTF Level 1: write %q", s[:i])
	}
	if i+1 == len(s) {
		return d, nil
	}
	if isQualifier(s[i+1]) {
		if pair := s[i : i+2]; pair == "?~" || pair == "~?" {
			return Date{}, bad(s, i, `one qualifier: "%%" means uncertain and approximate: write %q`, s[:i]+"%")
		}
		return Date{}, bad(s, i, "one qualifier at the end: write %q", s[:i+1])
	}
	moved := s[:i] + s[i+1:] + s[i:i+1]
	if _, err := scanDate(moved, false); err != nil {
		return Date{}, bad(s, i, "a qualifier goes at the end, where it applies to the whole date; qualifying one part of a date is EDTF Level 2")
	}
	return Date{}, bad(s, i, "a qualifier goes at the end, where it applies to the whole date: write %q; qualifying one part of a date is EDTF Level 2", moved)
}
