package generator_test

import (
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want generator.Date
	}{
		{"2005", generator.Date{Year: 2005, Precision: generator.YearPrecision}},
		{"0001", generator.Date{Year: 1, Precision: generator.YearPrecision}},
		{"9999", generator.Date{Year: 9999, Precision: generator.YearPrecision}},
		{"2005-12", generator.Date{Year: 2005, Month: time.December, Precision: generator.MonthPrecision}},
		{"2005-01", generator.Date{Year: 2005, Month: time.January, Precision: generator.MonthPrecision}},
		{"2014-08-01", generator.Date{Year: 2014, Month: time.August, Day: 1, Precision: generator.DayPrecision}},
		{"2012-02-29", generator.Date{Year: 2012, Month: time.February, Day: 29, Precision: generator.DayPrecision}},
		{"2000-02-29", generator.Date{Year: 2000, Month: time.February, Day: 29, Precision: generator.DayPrecision}},
		{"2005-12-31", generator.Date{Year: 2005, Month: time.December, Day: 31, Precision: generator.DayPrecision}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := generator.ParseDate(tt.in)
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
			got, err := generator.ParseDate(tt.in)
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
func mustDate(tb testing.TB, s string) generator.Date {
	tb.Helper()
	d, err := generator.ParseDate(s)
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
	var d generator.Date
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
			var end generator.Date
			if tt.end != "" {
				end = mustDate(t, tt.end)
			}
			if got := generator.FormatSpan(mustDate(t, tt.start), end, tt.ongoing); got != tt.want {
				t.Errorf("FormatSpan(%s, %q, %v): got %q, want %q", tt.start, tt.end, tt.ongoing, got, tt.want)
			}
		})
	}
}

// TestEventOrder checks the timeline order of DESIGN.md: the first day of
// the date, then coarser precision first, then the end (none first), then
// the id.
func TestEventOrder(t *testing.T) {
	events := map[string]string{
		"events/a-day.toml":         eventTOML("Day", `date = "2010-01-01"`),
		"events/b-year.toml":        eventTOML("Year", `date = "2010"`),
		"events/c-month.toml":       eventTOML("Month", `date = "2010-01"`),
		"events/d-before.toml":      eventTOML("Before", `date = "2009-12-31"`),
		"events/e-late-end.toml":    eventTOML("Late end", "date = \"2010-03\"\nend = \"2012\""),
		"events/f-early-end.toml":   eventTOML("Early end", "date = \"2010-03\"\nend = \"2011-06\""),
		"events/g-no-end.toml":      eventTOML("No end", `date = "2010-03"`),
		"events/h-ongoing.toml":     eventTOML("Ongoing", "date = \"2010-03\"\nongoing = true"),
		"events/i-end-day.toml":     eventTOML("End day", "date = \"2010-03\"\nend = \"2011-06-01\""),
		"events/j-local-date.toml":  eventTOML("Local date", `date = 2010-02-01`),
		"events/k-later-year.toml":  eventTOML("Later", `date = "2011"`),
		"events/0-same-month.toml":  eventTOML("Same month, id first", `date = "2010-02"`),
		"events/z-same-month.toml":  eventTOML("Same month, id last", `date = "2010-02"`),
		"events/m-draft-early.toml": eventTOML("Draft", "date = \"1999\"\ndraft = true"),
	}
	site, err := generator.Load(newSite(t, events), generator.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"d-before",
		"b-year", "c-month", "a-day",
		"0-same-month", "z-same-month", "j-local-date",
		"g-no-end", "h-ongoing", "f-early-end", "i-end-day", "e-late-end",
		"k-later-year",
	}
	got := make([]string, len(site.Events))
	for i, e := range site.Events {
		got[i] = e.ID
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events %v, want %d %v", len(got), got, len(want), want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order: got %v, want %v", got, want)
		}
	}

	// The same events with drafts: the draft of 1999 comes first.
	site, err = generator.Load(newSite(t, events), generator.LoadOptions{Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(site.Events); n != len(want)+1 || site.Events[0].ID != "m-draft-early" {
		t.Errorf("with drafts: got %d events starting with %q, want %d starting with \"m-draft-early\"", n, site.Events[0].ID, len(want)+1)
	}
}

// TestLocalDate checks that a TOML local date counts as day precision and is
// written "YYYY-MM-DD".
func TestLocalDate(t *testing.T) {
	site, err := generator.Load(newSite(t, map[string]string{
		"events/local.toml": eventTOML("Local", "date = 2014-08-01\nend = 2014-08-03"),
	}), generator.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := site.Events[0]
	want := generator.Date{Year: 2014, Month: time.August, Day: 1, Precision: generator.DayPrecision}
	if e.Date != want {
		t.Errorf("date: got %+v, want %+v", e.Date, want)
	}
	if got := e.End.String(); got != "2014-08-03" {
		t.Errorf("end: got %q, want \"2014-08-03\"", got)
	}
	if got := e.Span(); got != "1 August 2014 – 3 August 2014" {
		t.Errorf("span: got %q, want %q", got, "1 August 2014 – 3 August 2014")
	}
}

// TestEndOnTheDateIsOneDate checks that an end equal to the date adds
// nothing: the event shows one date everywhere, never "2005 – 2005".
func TestEndOnTheDateIsOneDate(t *testing.T) {
	for _, dates := range []string{"date = \"2005\"\nend = \"2005\"", "date = \"2005-12-01\"\nend = 2005-12-01"} {
		files := buildFiles(t, newSite(t, map[string]string{"events/x.toml": eventTOML("Once", dates)}))
		if n := strings.Count(string(files["events/x.html"]), "<time"); n != 1 {
			t.Errorf("events/x.html shows %d dates for %q, want 1", n, dates)
		}
		for _, name := range []string{"timeline.json", "timelinejs.json"} {
			if strings.Contains(string(files[name]), `"end`) {
				t.Errorf("%s: %q has an end, want one date", name, dates)
			}
		}
		if strings.Contains(string(files["timeline.ics"]), "DURATION") {
			t.Errorf("timeline.ics: %q lasts a duration", dates)
		}
	}
}
