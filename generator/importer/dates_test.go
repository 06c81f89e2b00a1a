package importer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/importer"
)

// importText writes content to a file of the given name in a new folder,
// imports it into a site folder beside it, and checks the site as
// "timeline check" does.
func importText(tb testing.TB, name, content string) *importer.Result {
	tb.Helper()
	dir := tb.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	site := filepath.Join(dir, "site")
	res, err := importer.Import(importer.Options{File: path, SiteDir: site})
	if err != nil {
		tb.Fatalf("import %s: %v", name, err)
	}
	checkSite(tb, site)
	return res
}

// TestDates checks how each format's dates become EDTF, and the ids they
// give. TimelineJS shows year -500 as "500 BCE" (its Language.formatJSDate
// prints the absolute year with the "BCE" label), so a negative
// TimelineJS year is one year after the astronomical one of EDTF.
func TestDates(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		date, end, id       string
	}{
		{"a year only", "a.csv", "Year,Headline\n2005,Kosovo\n", "2005", "", "2005-kosovo"},
		{"year, month, day", "a.csv", "Year,Month,Day,Headline\n2005,12,1,Kosovo\n", "2005-12-01", "", "2005-12-01-kosovo"},
		{"a month by name", "a.csv", "Year,Month,Headline\n2005,Dec.,Kosovo\n", "2005-12", "", "2005-12-kosovo"},
		{"an end", "a.csv", "Year,Month,End Year,End Month,Headline\n2005,12,2007,3,Kosovo\n", "2005-12", "2007-03", "2005-12-kosovo"},
		{"an end equal to the start", "a.csv", "Year,End Year,Headline\n2005,2005,Kosovo\n", "2005", "", "2005-kosovo"},
		{"a year with a thousands separator", "a.csv", "Year,Headline\n\"1,815\",Ada\n", "1815", "", "1815-ada"},
		{"500 BCE", "a.csv", "Year,Headline\n-500,Battle\n", "-0499", "", "0500-bce-battle"},
		{"1 BCE", "a.csv", "Year,Headline\n-1,Battle\n", "0000", "", "0001-bce-battle"},
		{"a BCE day", "a.csv", "Year,Month,Day,Headline\n-44,3,15,Ides\n", "-0043-03-15", "", "0044-03-15-bce-ides"},
		{"a span across the era", "a.csv", "Year,End Year,Headline\n-27,14,Augustus\n", "-0026", "0014", "0027-bce-augustus"},
		{"beyond four digits", "a.csv", "Year,Headline\n-13800000000,Big Bang\n", "Y-13799999999", "", "13800000000-bce-big-bang"},
		{"a far future", "a.csv", "Year,Headline\n12000,Later\n", "Y12000", "", "12000-later"},
		{"29 February of a leap year", "a.csv", "Year,Month,Day,Headline\n2000,2,29,Leap\n", "2000-02-29", "", "2000-02-29-leap"},
		{"old template, ISO", "a.csv", "Start Date,Headline\n2005-12-01,Kosovo\n", "2005-12-01", "", "2005-12-01-kosovo"},
		{"old template, US order", "a.csv", "Start Date,End Date,Headline\n12/1/2005,3/2007,Kosovo\n", "2005-12-01", "2007-03", "2005-12-01-kosovo"},
		{"old template, BCE", "a.csv", "Start Date,Headline\n-500,Battle\n", "-0499", "", "0500-bce-battle"},
		{"TimelineSetter, month name", "s.csv", "date,description\n\"Feb. 18, 2003\",Joins.\n", "2003-02-18", "", "2003-02-18-joins"},
		{"TimelineSetter, day first", "s.csv", "date,description\n18 February 2003,Joins.\n", "2003-02-18", "", "2003-02-18-joins"},
		{"TimelineSetter, month and year", "s.csv", "date,description\nFebruary 2003,Joins.\n", "2003-02", "", "2003-02-joins"},
		{"JSON numbers", "a.json", `{"events":[{"start_date":{"year":2005,"month":12},"text":{"headline":"Kosovo"}}]}`, "2005-12", "", "2005-12-kosovo"},
		{"JSON strings", "a.json", `{"events":[{"start_date":{"year":"2005","month":"12","day":"01"},"text":{"headline":"Kosovo"}}]}`, "2005-12-01", "", "2005-12-01-kosovo"},
		{"JSON exponent", "a.json", `{"events":[{"start_date":{"year":2e3},"end_date":{"year":"2.001e3"},"text":{"headline":"Kosovo"}}]}`, "2000", "2001", "2000-kosovo"},
		{"JSON BCE", "a.json", `{"events":[{"start_date":{"year":-500},"text":{"headline":"Battle"}}]}`, "-0499", "", "0500-bce-battle"},
		{"JSON unique_id", "a.json", `{"events":[{"start_date":{"year":2005},"unique_id":"kfor","text":{"headline":"Kosovo"}}]}`, "2005", "", "kfor"},
		{"no headline slug", "a.csv", "Year,Headline\n2005,!!!\n", "2005", "", "2005-event"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importText(t, tc.file, tc.content)
			if len(res.Events) != 1 {
				t.Fatalf("got %d events, want 1; messages %v", len(res.Events), res.Messages)
			}
			e := decodeEvent(t, res.Events[0].Path, res.Events[0].Data)
			if e.Date != tc.date || e.End != tc.end {
				t.Errorf("got date %q end %q, want %q %q", e.Date, e.End, tc.date, tc.end)
			}
			if id := strings.TrimSuffix(filepath.Base(res.Events[0].Path), ".toml"); id != tc.id {
				t.Errorf("got id %q, want %q", id, tc.id)
			}
		})
	}
}

// TestBadDates checks that a date that does not exist leaves its row out,
// saying why, and that an unreadable end only drops the end.
func TestBadDates(t *testing.T) {
	for _, tc := range []struct{ name, content, message string }{
		{"30 February", "Year,Month,Day,Headline\n2001,2,30,X\n", "2: the date day 30 does not exist in 2001-02; the row is left out"},
		{"29 February of 1900", "Year,Month,Day,Headline\n1900,2,29,X\n", "2: the date day 29 does not exist in 1900-02; the row is left out"},
		{"day 0", "Year,Month,Day,Headline\n2001,2,0,X\n", `2: Day "0" is not a day of the month: write 1 to 31; the row is left out`},
		{"a fraction", "Year,Headline\n2001.5,X\n", `2: Year "2001.5" is not a whole number: write the year in digits, such as 2005 or -500 for 500 BCE; the row is left out`},
		{"no year", "Year,Headline\n,X\n", "2: no Year: add the date the event happened, such as 2005 or -500 for 500 BCE; the row is left out"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importText(t, "a.csv", tc.content)
			if len(res.Events) != 0 || res.Site.Skipped != 1 {
				t.Fatalf("got %d events and %d skipped, want 0 and 1", len(res.Events), res.Site.Skipped)
			}
			if got := strings.TrimPrefix(res.Messages[0].String(), res.Messages[0].File+":"); got != tc.message {
				t.Errorf("got %q, want %q", got, tc.message)
			}
		})
	}
	res := importText(t, "a.csv", "Year,End Year,End Month,Headline\n2001,2002,14,X\n")
	if len(res.Events) != 1 || res.Site.Skipped != 0 || decodeEvent(t, "", res.Events[0].Data).End != "" {
		t.Errorf("a bad end: got %d events, %d skipped; want the event without its end", len(res.Events), res.Site.Skipped)
	}
}
