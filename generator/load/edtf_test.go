package load_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestEDTFErrorsTeach checks that a date written otherwise than in EDTF
// is an error that says what to write, at the value's place.
func TestEDTFErrorsTeach(t *testing.T) {
	tests := []struct{ dates, want string }{
		{`date = "circa 1200"`, `write "1200~"`},
		{`date = "c. 1200"`, `events/x.toml:2:8: bad date "c. 1200": `},
		{`date = "1990s"`, `write "199X"`},
		{`date = "spring 2001"`, `write "2001-21"`},
		{`date = "2005-13"`, `events/x.toml:2:8: impossible date "2005-13": the month is out of range: 01–12, or 21–24 for a season`},
		{`date = "12345"`, `write "Y12345"`},
		{`date = "1964/2008"` + "\nend = \"2010\"", `events/x.toml:2:1: date "1964/2008" is an interval, which says when the event ends: remove end and ongoing`},
		{`date = "1985/.."` + "\nongoing = true", `date "1985/.." is an interval, which says when the event ends: remove end and ongoing`},
		{`date = "../1985"`, `events/x.toml:2:8: "../1985" has no start: an event needs the first day it could have been, such as "1985~"`},
		{`date = "1980"` + "\nend = \"1985/1990\"", `events/x.toml:3:7: end "1985/1990" is an interval: an end is one date; give the whole span in date, such as "1980/1990"`},
		{`date = "2008/1964"`, `the end 1964 is before the start 2008: swap them or fix the end`},
		{`date = "2005-12-01T10:00"`, `events have no time of day`},
	}
	for _, tt := range tests {
		t.Run(tt.dates, func(t *testing.T) {
			dir := testsite.New(t, map[string]string{"events/x.toml": testsite.EventTOML("T", tt.dates)})
			got := strings.Join(loadErrors(t, dir, load.Options{}), "\n")
			if !strings.Contains(got, tt.want) {
				t.Errorf("errors:\n%s\nwant one holding %q", got, tt.want)
			}
		})
	}
}

// TestEDTFIntervalsInTheDate checks that an interval in date sets the end,
// ongoing for an open end and EndUnknown for an unknown one.
func TestEDTFIntervalsInTheDate(t *testing.T) {
	tests := []struct {
		date, start, end    string
		ongoing, endUnknown bool
	}{
		{"1964/2008", "1964", "2008", false, false},
		{"1985-04/..", "1985-04", "", true, false},
		{"1985/", "1985", "", false, true},
		{"1984?/2004-06~", "1984?", "2004-06~", false, false},
		{"500 BCE", "-0499", "", false, false},
	}
	for _, tt := range tests {
		site, err := testsite.Load(testsite.New(t, map[string]string{"events/x.toml": testsite.EventTOML("T", `date = "`+tt.date+`"`)}), load.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.date, err)
		}
		e := site.Events[0]
		if e.Date.String() != tt.start || e.End.String() != tt.end || e.Ongoing != tt.ongoing || e.EndUnknown != tt.endUnknown {
			t.Errorf("%s: got %s to %s (ongoing %v, end unknown %v), want %s to %s (%v, %v)", tt.date, e.Date, e.End, e.Ongoing, e.EndUnknown, tt.start, tt.end, tt.ongoing, tt.endUnknown)
		}
	}
}
