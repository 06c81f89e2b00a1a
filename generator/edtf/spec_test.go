package edtf_test

import (
	"errors"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

// The examples of the EDTF specification of the Library of Congress, 4
// February 2019 (https://www.loc.gov/standards/datetime/), Levels 0 and 1,
// with the forms the task names beside them.

// day returns the Day y-m-d.
func day(y, m, d int) edtf.Day { return edtf.Day{Year: y, Month: m, Day: d} }

const (
	yearP   = edtf.YearPrecision
	seasonP = edtf.SeasonPrecision
	monthP  = edtf.MonthPrecision
	dayP    = edtf.DayPrecision
)

var specDates = []struct {
	name        string
	in          string
	want        edtf.Date
	first, last edtf.Day
}{
	// Level 0, Date.
	{"L0 date complete", "1985-04-12", edtf.Date{Year: 1985, Month: 4, Day: 12, Precision: dayP}, day(1985, 4, 12), day(1985, 4, 12)},
	{"L0 date year and month", "1985-04", edtf.Date{Year: 1985, Month: 4, Precision: monthP}, day(1985, 4, 1), day(1985, 4, 30)},
	{"L0 date year", "1985", edtf.Date{Year: 1985, Precision: yearP}, day(1985, 1, 1), day(1985, 12, 31)},
	{"L0 year zero", "0000", edtf.Date{Year: 0, Precision: yearP}, day(0, 1, 1), day(0, 12, 31)},
	{"L0 year 9999", "9999-12-31", edtf.Date{Year: 9999, Month: 12, Day: 31, Precision: dayP}, day(9999, 12, 31), day(9999, 12, 31)},
	{"L0 leap day", "2000-02-29", edtf.Date{Year: 2000, Month: 2, Day: 29, Precision: dayP}, day(2000, 2, 29), day(2000, 2, 29)},
	{"L0 February of a leap year", "2012-02", edtf.Date{Year: 2012, Month: 2, Precision: monthP}, day(2012, 2, 1), day(2012, 2, 29)},

	// Level 1, Letter-prefixed calendar year.
	{"L1 Y-year", "Y170000002", edtf.Date{Year: 170000002, Precision: yearP}, day(170000002, 1, 1), day(170000002, 12, 31)},
	{"L1 negative Y-year", "Y-170000002", edtf.Date{Year: -170000002, Precision: yearP}, day(-170000002, 1, 1), day(-170000002, 12, 31)},
	{"L1 Y-year of five digits", "Y10000", edtf.Date{Year: 10000, Precision: yearP}, day(10000, 1, 1), day(10000, 12, 31)},
	{"L1 Y-year of nine digits", "Y-999999999", edtf.Date{Year: -999999999, Precision: yearP}, day(-999999999, 1, 1), day(-999999999, 12, 31)},

	// Level 1, Seasons.
	{"L1 season spring", "2001-21", edtf.Date{Year: 2001, Month: 21, Precision: seasonP}, day(2001, 3, 1), day(2001, 5, 31)},
	{"L1 season summer", "2001-22", edtf.Date{Year: 2001, Month: 22, Precision: seasonP}, day(2001, 6, 1), day(2001, 8, 31)},
	{"L1 season autumn", "2001-23", edtf.Date{Year: 2001, Month: 23, Precision: seasonP}, day(2001, 9, 1), day(2001, 11, 30)},
	{"L1 season winter", "2001-24", edtf.Date{Year: 2001, Month: 24, Precision: seasonP}, day(2001, 12, 1), day(2002, 2, 28)},
	{"L1 winter into a leap year", "2003-24", edtf.Date{Year: 2003, Month: 24, Precision: seasonP}, day(2003, 12, 1), day(2004, 2, 29)},
	{"L1 qualified season", "2001-21~", edtf.Date{Year: 2001, Month: 21, Precision: seasonP, Approximate: true}, day(2001, 3, 1), day(2001, 5, 31)},

	// Level 1, Qualification of a date (complete).
	{"L1 year uncertain", "1984?", edtf.Date{Year: 1984, Precision: yearP, Uncertain: true}, day(1984, 1, 1), day(1984, 12, 31)},
	{"L1 year-month approximate", "2004-06~", edtf.Date{Year: 2004, Month: 6, Precision: monthP, Approximate: true}, day(2004, 6, 1), day(2004, 6, 30)},
	{"L1 uncertain and approximate", "2004-06-11%", edtf.Date{Year: 2004, Month: 6, Day: 11, Precision: dayP, Uncertain: true, Approximate: true}, day(2004, 6, 11), day(2004, 6, 11)},
	{"L1 year approximate", "1200~", edtf.Date{Year: 1200, Precision: yearP, Approximate: true}, day(1200, 1, 1), day(1200, 12, 31)},

	// Level 1, Unspecified digit(s) from the right.
	{"L1 one unspecified year digit", "201X", edtf.Date{Year: 2010, Precision: yearP, UnspecifiedYearDigits: 1}, day(2010, 1, 1), day(2019, 12, 31)},
	{"L1 two unspecified year digits", "20XX", edtf.Date{Year: 2000, Precision: yearP, UnspecifiedYearDigits: 2}, day(2000, 1, 1), day(2099, 12, 31)},
	{"L1 month unspecified", "2004-XX", edtf.Date{Year: 2004, Precision: monthP, UnspecifiedMonth: true}, day(2004, 1, 1), day(2004, 12, 31)},
	{"L1 day unspecified", "1985-04-XX", edtf.Date{Year: 1985, Month: 4, Precision: dayP, UnspecifiedDay: true}, day(1985, 4, 1), day(1985, 4, 30)},
	{"L1 day and month unspecified", "1985-XX-XX", edtf.Date{Year: 1985, Precision: dayP, UnspecifiedMonth: true, UnspecifiedDay: true}, day(1985, 1, 1), day(1985, 12, 31)},
	{"L1 unspecified February day", "2012-02-XX", edtf.Date{Year: 2012, Month: 2, Precision: dayP, UnspecifiedDay: true}, day(2012, 2, 1), day(2012, 2, 29)},
	{"L1 decade of a negative year", "-004X", edtf.Date{Year: -40, Precision: yearP, UnspecifiedYearDigits: 1}, day(-49, 1, 1), day(-40, 12, 31)},
	{"L1 century of a negative year", "-04XX", edtf.Date{Year: -400, Precision: yearP, UnspecifiedYearDigits: 2}, day(-499, 1, 1), day(-400, 12, 31)},

	// Level 1, Negative calendar year.
	{"L1 negative year", "-1985", edtf.Date{Year: -1985, Precision: yearP}, day(-1985, 1, 1), day(-1985, 12, 31)},
	{"L1 500 BCE", "-0499", edtf.Date{Year: -499, Precision: yearP}, day(-499, 1, 1), day(-499, 12, 31)},
	{"L1 the Ides of March", "-0044-03-15", edtf.Date{Year: -44, Month: 3, Day: 15, Precision: dayP}, day(-44, 3, 15), day(-44, 3, 15)},
	{"L1 leap day of a negative year", "-0044-02-29", edtf.Date{Year: -44, Month: 2, Day: 29, Precision: dayP}, day(-44, 2, 29), day(-44, 2, 29)},
	{"L1 negative year with month", "-9999-12", edtf.Date{Year: -9999, Month: 12, Precision: monthP}, day(-9999, 12, 1), day(-9999, 12, 31)},
	{"L1 negative year uncertain", "-0499?", edtf.Date{Year: -499, Precision: yearP, Uncertain: true}, day(-499, 1, 1), day(-499, 12, 31)},
}

func TestSpecDates(t *testing.T) {
	for _, tt := range specDates {
		t.Run(tt.name, func(t *testing.T) {
			got, err := edtf.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): got error %v, want %+v", tt.in, err, tt.want)
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q): got %+v, want %+v", tt.in, got, tt.want)
			}
			if s := got.String(); s != tt.in {
				t.Errorf("String: got %q, want %q", s, tt.in)
			}
			if f := got.First(); f != tt.first {
				t.Errorf("First: got %v, want %v", f, tt.first)
			}
			if l := got.Last(); l != tt.last {
				t.Errorf("Last: got %v, want %v", l, tt.last)
			}
		})
	}
}

var specIntervals = []struct {
	name string
	in   string
	want edtf.Interval
}{
	// Level 0, Time Interval.
	{"L0 years", "1964/2008", edtf.Interval{Start: mustParse("1964"), End: mustParse("2008")}},
	{"L0 months", "2004-06/2006-08", edtf.Interval{Start: mustParse("2004-06"), End: mustParse("2006-08")}},
	{"L0 days", "2004-02-01/2005-02-08", edtf.Interval{Start: mustParse("2004-02-01"), End: mustParse("2005-02-08")}},
	{"L0 day to month", "2004-02-01/2005-02", edtf.Interval{Start: mustParse("2004-02-01"), End: mustParse("2005-02")}},
	{"L0 day to year", "2004-02-01/2005", edtf.Interval{Start: mustParse("2004-02-01"), End: mustParse("2005")}},
	{"L0 year to month", "2005/2006-02", edtf.Interval{Start: mustParse("2005"), End: mustParse("2006-02")}},
	{"L0 within one year", "2005/2005-06", edtf.Interval{Start: mustParse("2005"), End: mustParse("2005-06")}},

	// Level 1, Extended Interval: open end.
	{"L1 open end day", "1985-04-12/..", edtf.Interval{Start: mustParse("1985-04-12"), EndOpen: true}},
	{"L1 open end month", "1985-04/..", edtf.Interval{Start: mustParse("1985-04"), EndOpen: true}},
	{"L1 open end year", "1985/..", edtf.Interval{Start: mustParse("1985"), EndOpen: true}},
	// Open start.
	{"L1 open start day", "../1985-04-12", edtf.Interval{StartOpen: true, End: mustParse("1985-04-12")}},
	{"L1 open start month", "../1985-04", edtf.Interval{StartOpen: true, End: mustParse("1985-04")}},
	{"L1 open start year", "../1985", edtf.Interval{StartOpen: true, End: mustParse("1985")}},
	// Unknown end.
	{"L1 unknown end day", "1985-04-12/", edtf.Interval{Start: mustParse("1985-04-12"), EndUnknown: true}},
	{"L1 unknown end month", "1985-04/", edtf.Interval{Start: mustParse("1985-04"), EndUnknown: true}},
	{"L1 unknown end year", "1985/", edtf.Interval{Start: mustParse("1985"), EndUnknown: true}},
	// Unknown start.
	{"L1 unknown start day", "/1985-04-12", edtf.Interval{StartUnknown: true, End: mustParse("1985-04-12")}},
	{"L1 unknown start month", "/1985-04", edtf.Interval{StartUnknown: true, End: mustParse("1985-04")}},
	{"L1 unknown start year", "/1985", edtf.Interval{StartUnknown: true, End: mustParse("1985")}},
	// A modifier at the end of a date (the examples of the 2012 draft).
	{"L1 qualified ends", "1984?/2004-06~", edtf.Interval{Start: mustParse("1984?"), End: mustParse("2004-06~")}},
	{"L1 approximate and uncertain ends", "1984~/2004-08?", edtf.Interval{Start: mustParse("1984~"), End: mustParse("2004-08?")}},
	{"L1 qualified start, open end", "2004-06-11%/..", edtf.Interval{Start: mustParse("2004-06-11%"), EndOpen: true}},
	{"L1 open start, unknown end qualified", "/2004-06~", edtf.Interval{StartUnknown: true, End: mustParse("2004-06~")}},
	{"L1 seasons", "2001-21/2002-23", edtf.Interval{Start: mustParse("2001-21"), End: mustParse("2002-23")}},
	{"L1 season to year", "2001-24?/2002", edtf.Interval{Start: mustParse("2001-24?"), End: mustParse("2002")}},
	{"L1 negative years", "-0499/-0300", edtf.Interval{Start: mustParse("-0499"), End: mustParse("-0300")}},
	{"L1 across year zero", "-0044-03-15/0014-08-19", edtf.Interval{Start: mustParse("-0044-03-15"), End: mustParse("0014-08-19")}},
}

// mustParse parses a date of the tables, or panics.
func mustParse(s string) edtf.Date {
	d, err := edtf.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestSpecIntervals(t *testing.T) {
	for _, tt := range specIntervals {
		t.Run(tt.name, func(t *testing.T) {
			got, err := edtf.ParseInterval(tt.in)
			if err != nil {
				t.Fatalf("ParseInterval(%q): got error %v, want %+v", tt.in, err, tt.want)
			}
			if got != tt.want {
				t.Errorf("ParseInterval(%q): got %+v, want %+v", tt.in, got, tt.want)
			}
			if s := got.String(); s != tt.in {
				t.Errorf("String: got %q, want %q", s, tt.in)
			}
			if _, err := edtf.ParseDate(tt.in); err == nil {
				t.Errorf("ParseDate(%q): got no error, want one (an interval)", tt.in)
			}
		})
	}
}

// TestSpecTimeOfDay checks the date-times of Level 0: EDTF has them, events
// have not.
func TestSpecTimeOfDay(t *testing.T) {
	for _, in := range []string{
		"1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30-04", "1985-04-12T23:20:30+04:30",
		"2001-02-03T09:30:01", "2004-01-01T10:10:10Z", "2004-01-01T10:10:10+05:00",
		"20050924T100000", // "basic format", which EDTF does not permit
	} {
		t.Run(in, func(t *testing.T) {
			_, err := edtf.ParseDate(in)
			if !errors.Is(err, edtf.ErrTimeOfDay) {
				t.Errorf("ParseDate(%q): got error %v, want one wrapping ErrTimeOfDay", in, err)
			}
			_, err = edtf.ParseInterval(in + "/2005")
			if !errors.Is(err, edtf.ErrTimeOfDay) {
				t.Errorf("ParseInterval(%q): got error %v, want one wrapping ErrTimeOfDay", in+"/2005", err)
			}
		})
	}
}

// TestSpecInvalid checks the forms the specification rules out of Level 1:
// every example of Level 2, the syntax of the 2012 draft it replaced, the
// basic format, a "Y" year of four digits, and qualifiers not at the end.
func TestSpecInvalid(t *testing.T) {
	for _, in := range []string{
		// Level 2 examples.
		"Y-17E7", "1950S2", "Y171010000S3", "Y3388E2S3", "2001-34",
		"2001-25", "2001-29", "2001-41",
		"[1667,1668,1670..1672]", "[..1760-12-03]", "[1760-12..]", "[1760-01,1760-02,1760-12..]", "[1667,1760-12]", "[..1984]",
		"{1667,1668,1670..1672}", "{1960,1961-12}", "{..1984}",
		"2004-06~-11", "2004?-06-11", "?2004-06-~11", "2004-%06-11",
		"156X-12-25", "15XX-12-25", "XXXX-12-XX", "1XXX-XX", "1XXX-12", "1984-1X",
		"2004-06-~01/2004-06-~20", "2004-06-XX/2004-07-03",
		// More than Level 1 allows of "X": three or four digits of a year, X in intervals.
		"2XXX", "XXXX", "201X/2020", "1985/19XX",
		// The 2012 draft.
		"199u", "19uu", "1999-uu", "y170000002", "unknown/2009", "1985/open", "1984?~",
		// "Basic format", without hyphens.
		"20050924", "198504",
		// "Y" only for years beyond four digits.
		"Y2005", "Y-0001", "Y0", "Y",
		// Qualifiers only at the end, once.
		"?1984", "~1984", "1984?-06", "1984??", "1984~%",
		// A season has no day; a Y-year no month or qualifier (edtf.js and python-edtf agree).
		"2001-21-01", "Y170000002-01", "Y170000002?",
	} {
		t.Run(in, func(t *testing.T) {
			if d, err := edtf.ParseDate(in); err == nil {
				t.Errorf("ParseDate(%q): got %v, want an error", in, d)
			}
			if iv, err := edtf.ParseInterval(in); err == nil {
				t.Errorf("ParseInterval(%q): got %v, want an error", in, iv)
			}
		})
	}
}
