package content

import (
	"cmp"
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a Date is known: a year, a month or a day.
type Precision int

// The precisions of a Date, coarsest first.
const (
	YearPrecision Precision = iota + 1
	MonthPrecision
	DayPrecision
)

// Date is a calendar date known to a given precision. The fields finer than
// Precision are zero. The zero Date is "no date".
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d.Precision == 0 }

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a Date with the
// precision of the form. Years run from 0001 to 9999; months and days must
// exist in the calendar (no 31 April, 29 February only in leap years).
func ParseDate(s string) (Date, error) {
	var d Date
	switch len(s) {
	case 4:
		d.Precision = YearPrecision
	case 7:
		d.Precision = MonthPrecision
	case 10:
		d.Precision = DayPrecision
	default:
		return Date{}, fmt.Errorf("bad date %q: write it as YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	year, ok := digits(s[0:4])
	if !ok || year == 0 {
		return Date{}, fmt.Errorf("bad date %q: the year must be four digits from 0001 to 9999", s)
	}
	d.Year = year
	if d.Precision >= MonthPrecision {
		month, ok := digits(s[5:7])
		if s[4] != '-' || !ok {
			return Date{}, fmt.Errorf("bad date %q: write it as YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		if month < 1 || month > 12 {
			return Date{}, fmt.Errorf("impossible date %q: the month must be 01 to 12", s)
		}
		d.Month = time.Month(month)
	}
	if d.Precision == DayPrecision {
		day, ok := digits(s[8:10])
		if s[7] != '-' || !ok {
			return Date{}, fmt.Errorf("bad date %q: write it as YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		if last := daysIn(d.Year, d.Month); day < 1 || day > last {
			return Date{}, fmt.Errorf("impossible date %q: %s %d has %d days", s, d.Month, d.Year, last)
		}
		d.Day = day
	}
	return d, nil
}

// digits parses s as a non-negative decimal number made of ASCII digits only.
func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String returns d as it is written in an event file and in the data
// outputs: "2005", "2005-12" or "2005-12-01".
func (d Date) String() string {
	switch d.Precision {
	case YearPrecision:
		return fmt.Sprintf("%04d", d.Year)
	case MonthPrecision:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case DayPrecision:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// Human returns d for readers, at its precision: "2005", "December 2005",
// "1 August 2014".
func (d Date) Human() string {
	switch d.Precision {
	case YearPrecision:
		return strconv.Itoa(d.Year)
	case MonthPrecision:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	case DayPrecision:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
	}
	return ""
}

// First returns the first day d covers, at midnight UTC.
func (d Date) First() time.Time {
	year, month, day := d.firstDay()
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
}

// firstDay returns the first day d covers.
func (d Date) firstDay() (int, time.Month, int) {
	month, day := d.Month, d.Day
	if d.Precision < MonthPrecision {
		month = time.January
	}
	if d.Precision < DayPrecision {
		day = 1
	}
	return d.Year, month, day
}

// Last returns the last day d covers, at midnight UTC.
func (d Date) Last() time.Time {
	return d.After().AddDate(0, 0, -1)
}

// After returns the first day after the span d covers, at midnight UTC: the
// exclusive end of d.
func (d Date) After() time.Time {
	first := d.First()
	switch d.Precision {
	case YearPrecision:
		return first.AddDate(1, 0, 0)
	case MonthPrecision:
		return first.AddDate(0, 1, 0)
	}
	return first.AddDate(0, 0, 1)
}

// Compare orders dates by their first day, then coarser precision first. It
// returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	// Dates are valid, so their first days compare as (year, month, day),
	// without the cost of time.Date.
	dy, dm, dd := d.firstDay()
	ey, em, ed := e.firstDay()
	if c := cmp.Or(cmp.Compare(dy, ey), cmp.Compare(dm, em), cmp.Compare(dd, ed)); c != 0 {
		return c
	}
	switch {
	case d.Precision < e.Precision:
		return -1
	case d.Precision > e.Precision:
		return 1
	}
	return 0
}

// FormatSpan returns the dates of an event for readers: "December 2005",
// "December 2005 – March 2007", or "since March 2010" when ongoing.
func FormatSpan(start, end Date, ongoing bool) string {
	switch {
	case ongoing:
		return "since " + start.Human()
	case end.IsZero():
		return start.Human()
	}
	return start.Human() + " – " + end.Human()
}
