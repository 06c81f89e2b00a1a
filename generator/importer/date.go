package importer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Date is a calendar date to the year, the month or the day, as an event
// file writes it in EDTF. Year is astronomical, as in EDTF: 0 is 1 BCE and
// -499 is 500 BCE. Month and Day are zero when unknown; a Day implies a
// Month.
type Date struct {
	Year       int
	Month, Day int
}

// maxYear bounds the years an import takes, far beyond the age of the
// universe, so that every year prints exactly.
const maxYear = 1e15

// newDate checks the parts of a date and returns it: month 1 to 12, a day
// the month has (proleptic Gregorian calendar, astronomical years).
func newDate(year, month, day int) (Date, error) {
	switch {
	case year > maxYear || year < -maxYear:
		return Date{}, fmt.Errorf("year %d is out of range", year)
	case month < 0 || month > 12:
		return Date{}, fmt.Errorf("month %d does not exist: write 1 to 12", month)
	case day != 0 && month == 0:
		return Date{}, fmt.Errorf("day %d has no month", day)
	case day < 0 || month > 0 && day > daysIn(year, month):
		return Date{}, fmt.Errorf("day %d does not exist in %s", day, Date{Year: year, Month: month}.EDTF())
	}
	return Date{Year: year, Month: month, Day: day}, nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// fromTimelineJSYear converts a TimelineJS year to an astronomical one.
// TimelineJS shows a negative year as its absolute value with "BCE"
// (-500 shows as "500 BCE"), so a negative year counts years before year
// 1, with no year 0: -500 is astronomical -499. Year 0 stays 0 (1 BCE).
func fromTimelineJSYear(year int) int {
	if year < 0 {
		return year + 1
	}
	return year
}

// EDTF returns d as an event file writes it: "2005", "2005-12",
// "2005-12-01", "-0499" (500 BCE), or "Y-170000001" beyond four digits.
func (d Date) EDTF() string {
	var b strings.Builder
	switch {
	case d.Year > 9999 || d.Year < -9999:
		b.WriteString("Y" + strconv.Itoa(d.Year))
	case d.Year < 0:
		fmt.Fprintf(&b, "-%04d", -d.Year)
	default:
		fmt.Fprintf(&b, "%04d", d.Year)
	}
	if d.Month > 0 {
		fmt.Fprintf(&b, "-%02d", d.Month)
	}
	if d.Day > 0 {
		fmt.Fprintf(&b, "-%02d", d.Day)
	}
	return b.String()
}

// idPrefix returns the date as the start of an event id: the EDTF date for
// years from 1, and for earlier years the year as historians count it,
// followed by "bce" ("-0499-03" gives "0500-03-bce"), since an id has no
// minus sign and "0499" would read as the wrong year. Years beyond four
// digits lose the "Y".
func (d Date) idPrefix() string {
	year, era := d.Year, ""
	if year <= 0 {
		year, era = 1-year, "-bce"
	}
	s := fmt.Sprintf("%04d", year)
	if d.Month > 0 {
		s += fmt.Sprintf("-%02d", d.Month)
	}
	if d.Day > 0 {
		s += fmt.Sprintf("-%02d", d.Day)
	}
	return s + era
}

// before reports whether d ends before e starts, comparing the days each
// covers.
func (d Date) before(e Date) bool {
	return compareDays(d.lastDay(), e.firstDay()) < 0
}

func (d Date) firstDay() [3]int {
	return [3]int{d.Year, max(d.Month, 1), max(d.Day, 1)}
}

func (d Date) lastDay() [3]int {
	month := d.Month
	if month == 0 {
		month = 12
	}
	day := d.Day
	if day == 0 {
		day = daysIn(d.Year, month)
	}
	return [3]int{d.Year, month, day}
}

func compareDays(a, b [3]int) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// parseInteger reads a whole number as sheets and TimelineJS JSON write
// it: digits with an optional sign, spaces and commas between digits
// ("1,815"), or a number in exponent form ("2e3", from exporters that
// write years as floating point).
func parseInteger(s string) (int, bool) {
	s = strings.Map(func(r rune) rune {
		if r == ',' || r == ' ' || r == '\u00a0' || r == '\t' {
			return -1
		}
		return r
	}, s)
	if s == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || f != math.Trunc(f) || math.Abs(f) > maxYear {
		return 0, false
	}
	return int(f), true
}
