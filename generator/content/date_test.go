package content_test

import (
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/content"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want content.Date
	}{
		{"2005", content.Date{Year: 2005, Precision: content.YearPrecision}},
		{"0001", content.Date{Year: 1, Precision: content.YearPrecision}},
		{"9999", content.Date{Year: 9999, Precision: content.YearPrecision}},
		{"2005-12", content.Date{Year: 2005, Month: time.December, Precision: content.MonthPrecision}},
		{"2005-01", content.Date{Year: 2005, Month: time.January, Precision: content.MonthPrecision}},
		{"2014-08-01", content.Date{Year: 2014, Month: time.August, Day: 1, Precision: content.DayPrecision}},
		{"2012-02-29", content.Date{Year: 2012, Month: time.February, Day: 29, Precision: content.DayPrecision}},
		{"2000-02-29", content.Date{Year: 2000, Month: time.February, Day: 29, Precision: content.DayPrecision}},
		{"2005-12-31", content.Date{Year: 2005, Month: time.December, Day: 31, Precision: content.DayPrecision}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := content.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): got error %v, want %+v", tt.in, err, tt.want)
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q): got %+v, want %+v", tt.in, got, tt.want)
			}
			if s := got.String(); s != tt.in {
				t.Errorf("ParseDate(%q).String(): got %q, want %q", tt.in, s, tt.in)
			}
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	const form = ": write it as YYYY, YYYY-MM or YYYY-MM-DD"
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `bad date "": write it as YYYY, YYYY-MM or YYYY-MM-DD`},
		{"two-digit year", "05", `bad date "05"` + form},
		{"five-digit year", "20051", `bad date "20051"` + form},
		{"one-digit month", "2005-1", `bad date "2005-1"` + form},
		{"one-digit day", "2005-12-1", `bad date "2005-12-1"` + form},
		{"slashes", "2005/12", `bad date "2005/12"` + form},
		{"slashes in day", "2005-12/01", `bad date "2005-12/01"` + form},
		{"day first", "01-12-2005", `bad date "01-12-2005": the year must be four digits from 0001 to 9999`},
		{"dots", "2005.12.01", `bad date "2005.12.01"` + form},
		{"leading space", " 2005", `bad date " 2005"` + form},
		{"trailing space", "2005 ", `bad date "2005 "` + form},
		{"space in year", "200 ", `bad date "200 ": the year must be four digits from 0001 to 9999`},
		{"space in month", "2005- 1", `bad date "2005- 1"` + form},
		{"signed year", "+200", `bad date "+200": the year must be four digits from 0001 to 9999`},
		{"signed month", "2005-+1", `bad date "2005-+1"` + form},
		{"year zero", "0000", `bad date "0000": the year must be four digits from 0001 to 9999`},
		{"year zero with month", "0000-01", `bad date "0000-01": the year must be four digits from 0001 to 9999`},
		{"letters", "abcd", `bad date "abcd": the year must be four digits from 0001 to 9999`},
		{"non-ASCII digits", "20٠٥", `bad date "20٠٥"` + form},
		{"non-ASCII digit in year", "20٥", `bad date "20٥": the year must be four digits from 0001 to 9999`},
		{"full-width digits", "２００５", `bad date "２００５"` + form},
		{"month 13", "2005-13", `impossible date "2005-13": the month must be 01 to 12`},
		{"month 00", "2005-00", `impossible date "2005-00": the month must be 01 to 12`},
		{"month 13 with day", "2005-13-01", `impossible date "2005-13-01": the month must be 01 to 12`},
		{"day 00", "2005-12-00", `impossible date "2005-12-00": December 2005 has 31 days`},
		{"day 32", "2005-12-32", `impossible date "2005-12-32": December 2005 has 31 days`},
		{"31 April", "2005-04-31", `impossible date "2005-04-31": April 2005 has 30 days`},
		{"29 February in a common year", "2011-02-29", `impossible date "2011-02-29": February 2011 has 28 days`},
		{"30 February in a leap year", "2012-02-30", `impossible date "2012-02-30": February 2012 has 29 days`},
		{"29 February 1900", "1900-02-29", `impossible date "1900-02-29": February 1900 has 28 days`},
		{"date-time", "2005-12-01T10:00", `bad date "2005-12-01T10:00"` + form},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := content.ParseDate(tt.in)
			if err == nil {
				t.Fatalf("ParseDate(%q): got %+v, want error %q", tt.in, got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseDate(%q): got error %q, want %q", tt.in, err, tt.want)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q): got date %+v with the error, want the zero Date", tt.in, got)
			}
		})
	}
}

// mustDate parses s or fails the test.
func mustDate(tb testing.TB, s string) content.Date {
	tb.Helper()
	d, err := content.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func utcDay(year int, month time.Month, d int) time.Time {
	return time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		in, human          string
		first, last, after time.Time
	}{
		{"2005", "2005", utcDay(2005, 1, 1), utcDay(2005, 12, 31), utcDay(2006, 1, 1)},
		{"2005-12", "December 2005", utcDay(2005, 12, 1), utcDay(2005, 12, 31), utcDay(2006, 1, 1)},
		{"2012-02", "February 2012", utcDay(2012, 2, 1), utcDay(2012, 2, 29), utcDay(2012, 3, 1)},
		{"2011-02", "February 2011", utcDay(2011, 2, 1), utcDay(2011, 2, 28), utcDay(2011, 3, 1)},
		{"2014-08-01", "1 August 2014", utcDay(2014, 8, 1), utcDay(2014, 8, 1), utcDay(2014, 8, 2)},
		{"2005-12-31", "31 December 2005", utcDay(2005, 12, 31), utcDay(2005, 12, 31), utcDay(2006, 1, 1)},
		{"0001", "1", utcDay(1, 1, 1), utcDay(1, 12, 31), utcDay(2, 1, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := mustDate(t, tt.in)
			if got := d.Human(); got != tt.human {
				t.Errorf("Human: got %q, want %q", got, tt.human)
			}
			if got := d.String(); got != tt.in {
				t.Errorf("String: got %q, want %q", got, tt.in)
			}
			if got := d.First(); !got.Equal(tt.first) {
				t.Errorf("First: got %v, want %v", got, tt.first)
			}
			if got := d.Last(); !got.Equal(tt.last) {
				t.Errorf("Last: got %v, want %v", got, tt.last)
			}
			if got := d.After(); !got.Equal(tt.after) {
				t.Errorf("After: got %v, want %v", got, tt.after)
			}
		})
	}
}

func TestZeroDate(t *testing.T) {
	var d content.Date
	if !d.IsZero() {
		t.Error("IsZero of the zero Date: got false, want true")
	}
	if got := d.String(); got != "" {
		t.Errorf("String of the zero Date: got %q, want \"\"", got)
	}
	if got := d.Human(); got != "" {
		t.Errorf("Human of the zero Date: got %q, want \"\"", got)
	}
	if mustDate(t, "2005").IsZero() {
		t.Error("IsZero of 2005: got true, want false")
	}
}

func TestDateCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2005", "2005", 0},
		{"2005-12", "2005-12", 0},
		{"2005", "2006", -1},
		{"2006", "2005-12-31", 1},
		{"2005", "2005-01", -1},
		{"2005-01", "2005", 1},
		{"2005-01", "2005-01-01", -1},
		{"2005", "2005-01-01", -1},
		{"2005-01-01", "2005", 1},
		{"2005-01-02", "2005-02", -1},
		{"2005-12", "2005-06-30", 1},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			if got := mustDate(t, tt.a).Compare(mustDate(t, tt.b)); got != tt.want {
				t.Errorf("Compare(%s, %s): got %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestFormatSpan(t *testing.T) {
	tests := []struct {
		start, end string
		ongoing    bool
		want       string
	}{
		{"2005-12", "", false, "December 2005"},
		{"2005-12", "2007-03", false, "December 2005 – March 2007"},
		{"2010-03", "", true, "since March 2010"},
		{"2014-08-01", "", false, "1 August 2014"},
		{"2005", "2007", false, "2005 – 2007"},
		{"2005", "2007-03-31", false, "2005 – 31 March 2007"},
		{"2014-08-01", "", true, "since 1 August 2014"},
		{"2010", "", true, "since 2010"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			var end content.Date
			if tt.end != "" {
				end = mustDate(t, tt.end)
			}
			if got := content.FormatSpan(mustDate(t, tt.start), end, tt.ongoing); got != tt.want {
				t.Errorf("FormatSpan(%s, %q, %v): got %q, want %q", tt.start, tt.end, tt.ongoing, got, tt.want)
			}
		})
	}
}
