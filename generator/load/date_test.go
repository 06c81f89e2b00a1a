package load_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestEventOrder checks the timeline order of DESIGN.md: the first day of
// the date, then coarser precision first, then the end (none first), then
// the id.
func TestEventOrder(t *testing.T) {
	events := map[string]string{
		"events/a-day.toml":         testsite.EventTOML("Day", `date = "2010-01-01"`),
		"events/b-year.toml":        testsite.EventTOML("Year", `date = "2010"`),
		"events/c-month.toml":       testsite.EventTOML("Month", `date = "2010-01"`),
		"events/d-before.toml":      testsite.EventTOML("Before", `date = "2009-12-31"`),
		"events/e-late-end.toml":    testsite.EventTOML("Late end", "date = \"2010-03\"\nend = \"2012\""),
		"events/f-early-end.toml":   testsite.EventTOML("Early end", "date = \"2010-03\"\nend = \"2011-06\""),
		"events/g-no-end.toml":      testsite.EventTOML("No end", `date = "2010-03"`),
		"events/h-ongoing.toml":     testsite.EventTOML("Ongoing", "date = \"2010-03\"\nongoing = true"),
		"events/i-end-day.toml":     testsite.EventTOML("End day", "date = \"2010-03\"\nend = \"2011-06-01\""),
		"events/j-local-date.toml":  testsite.EventTOML("Local date", `date = 2010-02-01`),
		"events/k-later-year.toml":  testsite.EventTOML("Later", `date = "2011"`),
		"events/0-same-month.toml":  testsite.EventTOML("Same month, id first", `date = "2010-02"`),
		"events/z-same-month.toml":  testsite.EventTOML("Same month, id last", `date = "2010-02"`),
		"events/m-draft-early.toml": testsite.EventTOML("Draft", "date = \"1999\"\ndraft = true"),
	}
	site, err := testsite.Load(testsite.New(t, events), load.Options{})
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
	site, err = testsite.Load(testsite.New(t, events), load.Options{Drafts: true})
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
	site, err := testsite.Load(testsite.New(t, map[string]string{
		"events/local.toml": testsite.EventTOML("Local", "date = 2014-08-01\nend = 2014-08-03"),
	}), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := site.Events[0]
	want := edtf.Date{Year: 2014, Month: 8, Day: 1, Precision: edtf.DayPrecision}
	if e.Date != want {
		t.Errorf("date: got %+v, want %+v", e.Date, want)
	}
	if got := e.End.String(); got != "2014-08-03" {
		t.Errorf("end: got %q, want \"2014-08-03\"", got)
	}
}
