package edtf_test

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/edtf"
)

// unixDays returns the days from 1970-01-01 to the day of t, by time.Time.
func unixDays(t time.Time) int64 {
	return t.Unix() / 86400
}

// checkDay checks Number of d against want, and that DayOf gives d back.
func checkDay(tb testing.TB, d edtf.Day, want int64) {
	tb.Helper()
	if got := d.Number(); got != want {
		tb.Fatalf("Number(%v): got %d, want %d", d, got, want)
	}
	if back := edtf.DayOf(want); back != d {
		tb.Fatalf("DayOf(%d): got %v, want %v", want, back, d)
	}
}

// TestNumberEveryDay checks every day of leap and common years against
// time.Time, and that Next walks them.
func TestNumberEveryDay(t *testing.T) {
	for _, year := range []int{1, 4, 100, 1600, 1700, 1900, 1969, 1970, 2000, 2004, 2011, 2024, 9999} {
		day := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		d := edtf.Day{Year: year, Month: 1, Day: 1}
		n := 0
		for day.Year() == year {
			checkDay(t, d, unixDays(day))
			day, d, n = day.AddDate(0, 0, 1), d.Next(), n+1
		}
		leap := year%4 == 0 && (year%100 != 0 || year%400 == 0)
		if want := map[bool]int{true: 366, false: 365}[leap]; n != want {
			t.Errorf("year %d: got %d days, want %d", year, n, want)
		}
		if want := (edtf.Day{Year: year + 1, Month: 1, Day: 1}); d != want {
			t.Errorf("year %d: Next of its last day: got %v, want %v", year, d, want)
		}
	}
}

// TestNumberRandom checks random days of the years 1–9999 against time.Time,
// and AddDays between them.
func TestNumberRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	first := unixDays(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	last := unixDays(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))
	prev, prevN := edtf.Day{Year: 1970, Month: 1, Day: 1}, int64(0)
	for range 20000 {
		n := first + r.Int64N(last-first+1)
		tt := time.Unix(n*86400, 0).UTC()
		d := edtf.Day{Year: tt.Year(), Month: int(tt.Month()), Day: tt.Day()}
		checkDay(t, d, n)
		if got := prev.AddDays(int(n - prevN)); got != d {
			t.Fatalf("%v.AddDays(%d): got %v, want %v", prev, n-prevN, got, d)
		}
		if got, want := prev.Compare(d), cmpInt64(prevN, n); got != want {
			t.Fatalf("Compare(%v, %v): got %d, want %d", prev, d, got, want)
		}
		prev, prevN = d, n
	}
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestNumberKnown checks days before year 1 and far beyond 9999, from values
// known apart from this package and by whole cycles of 400 years (146097
// days).
func TestNumberKnown(t *testing.T) {
	const cycle = 146097
	tests := []struct {
		name string
		d    edtf.Day
		want int64
	}{
		{"Unix epoch", edtf.Day{Year: 1970, Month: 1, Day: 1}, 0},
		{"0001-01-01 (proleptic ordinal 1)", edtf.Day{Year: 1, Month: 1, Day: 1}, -719162},
		{"year 0 is a leap year: 366 days before 0001", edtf.Day{Year: 0, Month: 1, Day: 1}, -719162 - 366},
		{"0000-02-29", edtf.Day{Year: 0, Month: 2, Day: 29}, -719162 - 366 + 59},
		{"0000-03-01", edtf.Day{Year: 0, Month: 3, Day: 1}, -719468},
		{"year -1 is common: 365 days before 0000", edtf.Day{Year: -1, Month: 1, Day: 1}, -719162 - 366 - 365},
		{"-0001-12-31", edtf.Day{Year: -1, Month: 12, Day: 31}, -719162 - 366 - 1},
		{"Julian Day 0, -4713-11-24 (Gregorian)", edtf.Day{Year: -4713, Month: 11, Day: 24}, -2440588},
		{"-4713-01-01", edtf.Day{Year: -4713, Month: 1, Day: 1}, -2440588 - 327},
		{"-0400-02-29, a leap day", edtf.Day{Year: -400, Month: 2, Day: 29}, -719468 - cycle - 1},
		{"170000002-01-01", edtf.Day{Year: 170000002, Month: 1, Day: 1}, daysOf(2002, 1, 1) + 424995*cycle},
		{"-170000002-01-01", edtf.Day{Year: -170000002, Month: 1, Day: 1}, daysOf(398, 1, 1) - 425001*cycle},
	}
	if strconv.IntSize == 64 {
		var trillion int64 = 1_000_000_000_000 // a variable: a constant would not compile where int has 32 bits
		tests = append(tests, []struct {
			name string
			d    edtf.Day
			want int64
		}{
			{"1000000000000-02-29", edtf.Day{Year: int(trillion), Month: 2, Day: 29}, daysOf(2000, 2, 29) + (trillion-2000)/400*cycle},
			{"-1000000000000-12-31", edtf.Day{Year: -int(trillion), Month: 12, Day: 31}, daysOf(2000, 12, 31) - (trillion+2000)/400*cycle},
		}...)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDay(t, tt.d, tt.want)
		})
	}
	// time.Time agrees before year 1 too.
	for _, year := range []int{0, -1, -4, -100, -400, -4713} {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {3, 1}, {12, 31}} {
			d := edtf.Day{Year: year, Month: md[0], Day: md[1]}
			checkDay(t, d, unixDays(time.Date(year, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)))
		}
	}
}

// daysOf returns the days from 1970-01-01 to y-m-d by time.Time.
func daysOf(y, m, d int) int64 {
	return unixDays(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC))
}

func TestDayNextAcrossEnds(t *testing.T) {
	tests := []struct{ d, want edtf.Day }{
		{edtf.Day{Year: 2011, Month: 2, Day: 28}, edtf.Day{Year: 2011, Month: 3, Day: 1}},
		{edtf.Day{Year: 2012, Month: 2, Day: 28}, edtf.Day{Year: 2012, Month: 2, Day: 29}},
		{edtf.Day{Year: 0, Month: 2, Day: 28}, edtf.Day{Year: 0, Month: 2, Day: 29}},
		{edtf.Day{Year: -1, Month: 12, Day: 31}, edtf.Day{Year: 0, Month: 1, Day: 1}},
		{edtf.Day{Year: 170000002, Month: 12, Day: 31}, edtf.Day{Year: 170000003, Month: 1, Day: 1}},
		{edtf.Day{Year: -170000002, Month: 4, Day: 30}, edtf.Day{Year: -170000002, Month: 5, Day: 1}},
	}
	for _, tt := range tests {
		if got := tt.d.Next(); got != tt.want {
			t.Errorf("%v.Next(): got %v, want %v", tt.d, got, tt.want)
		}
		if got := tt.d.AddDays(1); got != tt.want {
			t.Errorf("%v.AddDays(1): got %v, want %v", tt.d, got, tt.want)
		}
		if got := tt.want.AddDays(-1); got != tt.d {
			t.Errorf("%v.AddDays(-1): got %v, want %v", tt.want, got, tt.d)
		}
	}
}

func TestDayString(t *testing.T) {
	tests := []struct {
		d    edtf.Day
		want string
	}{
		{edtf.Day{Year: 2005, Month: 12, Day: 1}, "2005-12-01"},
		{edtf.Day{Year: 5, Month: 1, Day: 2}, "0005-01-02"},
		{edtf.Day{Year: 0, Month: 1, Day: 1}, "0000-01-01"},
		{edtf.Day{Year: -499, Month: 1, Day: 1}, "-0499-01-01"},
		{edtf.Day{Year: 170000002, Month: 1, Day: 1}, "170000002-01-01"},
		{edtf.Day{Year: -170000002, Month: 12, Day: 31}, "-170000002-12-31"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("String of %+v: got %q, want %q", tt.d, got, tt.want)
		}
	}
}
