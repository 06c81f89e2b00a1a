package datefmt_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/edtf"
)

func date(tb testing.TB, s string) edtf.Date {
	tb.Helper()
	d, err := edtf.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestEnglishDates checks how each form of EDTF reads in English.
func TestEnglishDates(t *testing.T) {
	f := datefmt.English()
	tests := []struct{ in, text, datetime string }{
		{"2005", "2005", "2005"},
		{"2005-12", "December 2005", "2005-12"},
		{"2014-08-01", "1 August 2014", "2014-08-01"},
		{"0001", "1", "0001"},
		{"0000", "1 BCE", ""},
		{"-0499", "500 BCE", ""},
		{"500 BCE", "500 BCE", ""},
		{"-0043-03", "March 44 BCE", ""},
		{"-0043-03-15", "15 March 44 BCE", ""},
		{"1200~", "c. 1200", ""},
		{"1984?", "1984?", ""},
		{"1984%", "c. 1984?", ""},
		{"2004-06~", "c. June 2004", ""},
		{"201X", "the 2010s", ""},
		{"19XX", "the 20th century", ""},
		{"20XX", "the 21st century", ""},
		{"10XX", "the 11th century", ""},
		{"-004X", "50 BCE – 41 BCE", ""},
		{"2001-21", "spring 2001", ""},
		{"2001-24", "winter 2001", ""},
		{"2001-22?", "summer 2001?", ""},
		{"2004-XX", "2004", ""},
		{"1985-04-XX", "April 1985", ""},
		{"1985-XX-XX", "1985", ""},
		{"Y170000002", "170000002", ""},
		{"Y-170000002", "170000003 BCE", ""},
	}
	for _, tt := range tests {
		got := f.Date(date(t, tt.in))
		if got.Text != tt.text || got.DateTime != tt.datetime {
			t.Errorf("%s: got %q (datetime %q), want %q (datetime %q)", tt.in, got.Text, got.DateTime, tt.text, tt.datetime)
		}
		if got.EDTF != date(t, tt.in).String() {
			t.Errorf("%s: EDTF %q, want %q", tt.in, got.EDTF, date(t, tt.in).String())
		}
	}
}

// TestEnglishSpans checks the dates of events: ranges, ongoing and ended
// at an unknown time, with CLDR's interval forms where they write the
// shared fields once.
func TestEnglishSpans(t *testing.T) {
	f := datefmt.English()
	tests := []struct {
		start, end          string
		ongoing, endUnknown bool
		want                string
		dates               int
	}{
		{"2005-12", "2007-03", false, false, "December 2005 – March 2007", 2},
		{"2010-03", "", true, false, "since March 2010", 1},
		{"1985", "", false, true, "1985 – ?", 1},
		{"1964", "2008", false, false, "1964 – 2008", 2},
		{"2014-08-01", "2014-08-05", false, false, "1–5 August 2014", 2},
		{"2005-03", "2005-06", false, false, "March\u2009–\u2009June 2005", 2},
		{"1200~", "1250?", false, false, "c. 1200 – 1250?", 2},
		{"-0499", "-0399", false, false, "500 BCE – 400 BCE", 2},
		{"-0099", "0100", false, false, "100 BCE – 100", 2},
		{"2014-08-01", "", false, false, "1 August 2014", 1},
	}
	for _, tt := range tests {
		var end edtf.Date
		if tt.end != "" {
			end = date(t, tt.end)
		}
		span := f.Span(date(t, tt.start), end, tt.ongoing, tt.endUnknown)
		dates := 0
		for _, p := range span {
			if p.Date != nil {
				dates++
			}
		}
		if got := span.String(); got != tt.want || dates != tt.dates {
			t.Errorf("%s to %s: got %q with %d dates, want %q with %d", tt.start, tt.end, got, dates, tt.want, tt.dates)
		}
	}
}
