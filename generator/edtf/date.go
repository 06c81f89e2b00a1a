package edtf

import (
	"cmp"
	"strconv"
	"strings"
)

// Precision says to what a Date is written: a year, a season, a month or a
// day. The precisions order from the coarsest.
type Precision int

// The precisions of a Date, coarsest first.
const (
	YearPrecision Precision = iota + 1
	SeasonPrecision
	MonthPrecision
	DayPrecision
)

// Date is one EDTF date of Level 0 or 1 (not an interval). The zero Date
// means "no date". ParseDate makes every Date this package expects; the
// methods are defined for those.
type Date struct {
	// Year is the astronomical year: 0 is 1 BCE, -1 is 2 BCE. With
	// unspecified digits it holds them as zeros: "201X" is 2010, "-04XX" is
	// -400.
	Year int
	// Month is 1–12 at MonthPrecision and DayPrecision, 21–24 (spring,
	// summer, autumn, winter) at SeasonPrecision, and 0 at YearPrecision or
	// when it is unspecified ("2004-XX").
	Month int
	// Day is 1–31 at DayPrecision, and 0 otherwise or when it is
	// unspecified ("1985-04-XX").
	Day int
	// Precision is the precision as written: "2004-XX" has MonthPrecision,
	// "1985-XX-XX" DayPrecision.
	Precision Precision
	// UnspecifiedYearDigits counts the X that end the year: 1 in "201X", 2
	// in "19XX".
	UnspecifiedYearDigits int
	// UnspecifiedMonth and UnspecifiedDay are set by "XX" in place of the
	// month or the day.
	UnspecifiedMonth, UnspecifiedDay bool
	// Uncertain ("?") and Approximate ("~") qualify the whole date; "%"
	// sets both.
	Uncertain, Approximate bool
}

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d.Precision == 0 }

// String returns d in canonical EDTF: "2005-12", "-0499", "Y170000002",
// "201X", "2001-21", "1984?", "2004-06-11%". ParseDate of it gives d back.
// The zero Date gives "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [32]byte
	return string(d.appendTo(buf[:0]))
}

// appendTo appends d in canonical EDTF.
func (d Date) appendTo(b []byte) []byte {
	if d.Year > 9999 || d.Year < -9999 {
		b = append(b, 'Y')
		b = strconv.AppendInt(b, int64(d.Year), 10)
	} else {
		start := len(b)
		b = appendYearDigits(b, d.Year)
		for i := max(start, len(b)-d.UnspecifiedYearDigits); i < len(b); i++ {
			b[i] = 'X'
		}
	}
	if d.Precision >= SeasonPrecision {
		b = append(b, '-')
		if d.UnspecifiedMonth {
			b = append(b, 'X', 'X')
		} else {
			b = appendTwo(b, d.Month)
		}
	}
	if d.Precision == DayPrecision {
		b = append(b, '-')
		if d.UnspecifiedDay {
			b = append(b, 'X', 'X')
		} else {
			b = appendTwo(b, d.Day)
		}
	}
	switch {
	case d.Uncertain && d.Approximate:
		b = append(b, '%')
	case d.Uncertain:
		b = append(b, '?')
	case d.Approximate:
		b = append(b, '~')
	}
	return b
}

// years returns the first and the last year d can denote: one year, or ten
// or a hundred with unspecified digits. Negative years count back from the
// written digits: "-04XX" is -499 to -400.
func (d Date) years() (first, last int) {
	span := 1
	for range d.UnspecifiedYearDigits {
		span *= 10
	}
	if d.Year < 0 {
		return d.Year - span + 1, d.Year
	}
	return d.Year, d.Year + span - 1
}

// The first month of each season, 21–24. Seasons are meteorological and of
// the northern hemisphere: spring is March to May, summer June to August,
// autumn September to November, winter December to February of the next
// year.
var seasonStart = [4]int{3, 6, 9, 12}

// First returns the first day d could denote: "201X" gives 2010-01-01,
// "2001-21" (spring) 2001-03-01, "1985-04-XX" 1985-04-01. Qualifiers do not
// widen the span. The zero Date gives the zero Day.
func (d Date) First() Day {
	first, _ := d.years()
	switch {
	case d.IsZero():
		return Day{}
	case d.Precision == SeasonPrecision:
		return Day{first, seasonStart[d.Month-21], 1}
	case d.Precision == YearPrecision || d.UnspecifiedMonth:
		return Day{first, 1, 1}
	case d.Precision == MonthPrecision || d.UnspecifiedDay:
		return Day{first, d.Month, 1}
	}
	return Day{first, d.Month, d.Day}
}

// Last returns the last day d could denote: "201X" gives 2019-12-31, "2001-24"
// (winter) 2002-02-28. The zero Date gives the zero Day.
func (d Date) Last() Day {
	_, last := d.years()
	switch {
	case d.IsZero():
		return Day{}
	case d.Precision == SeasonPrecision:
		if d.Month == 24 {
			return Day{last + 1, 2, daysIn(last+1, 2)}
		}
		m := seasonStart[d.Month-21] + 2
		return Day{last, m, daysIn(last, m)}
	case d.Precision == YearPrecision || d.UnspecifiedMonth:
		return Day{last, 12, 31}
	case d.Precision == MonthPrecision || d.UnspecifiedDay:
		return Day{last, d.Month, daysIn(last, d.Month)}
	}
	return Day{last, d.Month, d.Day}
}

// Compare orders dates by their first day, then by their last day with the
// longer span first, then coarser precision first, then by String: a total
// order, in which the zero Date comes first. For the dates of Level 0 it is
// the order by first day, coarser first. It returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	if d == e {
		return 0
	}
	if d.IsZero() || e.IsZero() {
		return cmp.Compare(d.Precision, e.Precision)
	}
	if c := d.First().Compare(e.First()); c != 0 {
		return c
	}
	if c := e.Last().Compare(d.Last()); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Precision, e.Precision); c != 0 {
		return c
	}
	return strings.Compare(d.String(), e.String())
}

// Level0 reports whether d uses no feature of EDTF Level 1: a year 0000–9999
// written as "YYYY", "YYYY-MM" or "YYYY-MM-DD", with no qualifier, season or
// unspecified digit. The generator accepted these before EDTF, except the
// year 0000.
func (d Date) Level0() bool {
	return d.Precision != 0 && d.Precision != SeasonPrecision &&
		d.Year >= 0 && d.Year <= 9999 && !d.qualified() && !d.unspecified()
}

func (d Date) qualified() bool { return d.Uncertain || d.Approximate }

func (d Date) unspecified() bool {
	return d.UnspecifiedYearDigits > 0 || d.UnspecifiedMonth || d.UnspecifiedDay
}

// HTMLTime returns the value of a <time datetime> attribute for d at its
// precision, "2005", "2005-12" or "2005-12-01", and true; or false when HTML
// has no such value: a year outside 0001–9999, a season, a qualifier or an
// unspecified digit.
func (d Date) HTMLTime() (string, bool) {
	if !d.Level0() || d.Year == 0 {
		return "", false
	}
	return d.String(), true
}

// Season returns 1–4 for spring, summer, autumn and winter at
// SeasonPrecision, and 0 otherwise.
func (d Date) Season() int {
	if d.Precision != SeasonPrecision {
		return 0
	}
	return d.Month - 20
}

// Decade returns the decade of d's year, as EDTF writes it with its last
// digit 0: "201X" and "2015" give 2010, "-0044" gives -40 (the decade
// "-004X", years -49 to -40). exact reports whether d is that decade itself,
// "201X", rather than a date in it.
func (d Date) Decade() (decade int, exact bool) {
	return d.Year - d.Year%10, d.Precision == YearPrecision && d.UnspecifiedYearDigits == 1
}

// Century returns the century of d's year, as EDTF writes it with its last
// two digits 0: "19XX" and "1985" give 1900, the century of the years 1900 to
// 1999; "-04XX" gives -400 (years -499 to -400). exact reports whether d is
// that century itself, "19XX", rather than a date in it.
func (d Date) Century() (century int, exact bool) {
	return d.Year - d.Year%100, d.Precision == YearPrecision && d.UnspecifiedYearDigits == 2
}
