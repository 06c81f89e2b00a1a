package edtf

import (
	"cmp"
	"strconv"
)

// Day is a day of the proleptic Gregorian calendar, with astronomical year
// numbering: year 0 is 1 BCE, year -1 is 2 BCE. Its methods expect a day that
// exists (Month 1–12, Day within the month); the days a Date returns do.
type Day struct{ Year, Month, Day int }

// Days in the 400-year cycle of the Gregorian calendar, and the number of the
// day 0000-03-01, the first day of a cycle, counted from 1970-01-01.
const (
	daysPerCycle = 146097
	cycleEpoch   = -719468
)

// Number returns the number of days from 1970-01-01 to d, negative before it:
// a linear scale for axes and sorting. It counts whole 400-year cycles, with
// no time.Time, and is exact for years up to ±10^16, far beyond the years a
// Date holds.
func (d Day) Number() int64 {
	// The year is taken to start on 1 March, so that the leap day is the
	// last day of the year (Howard Hinnant's days_from_civil).
	y, m := int64(d.Year), int64(d.Month)
	if m <= 2 {
		y--
	}
	cycle := floorDiv(y, 400)
	yearOfCycle := y - cycle*400                         // 0–399
	dayOfYear := (153*((m+9)%12)+2)/5 + int64(d.Day) - 1 // 0–365, from 1 March
	dayOfCycle := yearOfCycle*365 + yearOfCycle/4 - yearOfCycle/100 + dayOfYear
	return cycle*daysPerCycle + dayOfCycle + cycleEpoch
}

// DayOf returns the day whose Number is n.
func DayOf(n int64) Day {
	n -= cycleEpoch
	cycle := floorDiv(n, daysPerCycle)
	dayOfCycle := n - cycle*daysPerCycle // 0–146096
	yearOfCycle := (dayOfCycle - dayOfCycle/1460 + dayOfCycle/36524 - dayOfCycle/146096) / 365
	dayOfYear := dayOfCycle - (365*yearOfCycle + yearOfCycle/4 - yearOfCycle/100)
	mp := (5*dayOfYear + 2) / 153 // month from March, 0–11
	day := dayOfYear - (153*mp+2)/5 + 1
	month := mp + 3
	year := yearOfCycle + cycle*400
	if month > 12 {
		month -= 12
		year++
	}
	return Day{Year: int(year), Month: int(month), Day: int(day)}
}

// floorDiv returns a/b rounded down, for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// AddDays returns the day n days after d (before it for negative n).
func (d Day) AddDays(n int) Day {
	return DayOf(d.Number() + int64(n))
}

// Next returns the day after d.
func (d Day) Next() Day {
	switch {
	case d.Day < daysIn(d.Year, d.Month):
		d.Day++
	case d.Month < 12:
		d.Month, d.Day = d.Month+1, 1
	default:
		d.Year, d.Month, d.Day = d.Year+1, 1, 1
	}
	return d
}

// Compare orders days in time. It returns -1, 0 or +1.
func (d Day) Compare(e Day) int {
	return cmp.Or(cmp.Compare(d.Year, e.Year), cmp.Compare(d.Month, e.Month), cmp.Compare(d.Day, e.Day))
}

// String returns d as "2005-12-01", "-0499-01-01" or "170000002-01-01": the
// year with at least four digits and a sign when negative (no "Y": a Day is
// not EDTF), the month and the day with two.
func (d Day) String() string {
	var buf [32]byte
	b := appendYearDigits(buf[:0], d.Year)
	b = append(b, '-')
	b = appendTwo(b, d.Month)
	b = append(b, '-')
	b = appendTwo(b, d.Day)
	return string(b)
}

// appendYearDigits appends y with at least four digits, and a "-" when it is
// negative.
func appendYearDigits(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, '-')
	}
	n := uint64(y)
	if y < 0 {
		n = -n
	}
	for p := uint64(1000); p > 1 && n < p; p /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendUint(b, n, 10)
}

// appendTwo appends n, 0–99, with two digits.
func appendTwo(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}

// isLeap reports whether the astronomical year y is a leap year of the
// proleptic Gregorian calendar; year 0 is one.
func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// daysIn returns the number of days in a month, 1–12, of year y.
func daysIn(y, month int) int {
	switch month {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
