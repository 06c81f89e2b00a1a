package edtf_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

func TestParseDateErrors(t *testing.T) {
	const form = ": write it as YYYY, YYYY-MM or YYYY-MM-DD"
	tests := []struct {
		name, in string
		offset   int
		want     string
	}{
		// Shapeless input keeps the wording of the generator before EDTF.
		{"empty", "", 0, `bad date ""` + form},
		{"letters", "abcd", 0, `bad date "abcd"` + form},
		{"dash at the end", "2005-", 5, `bad date "2005-"` + form},
		{"space in month", "2005- 1", 5, `bad date "2005- 1"` + form},

		// Approximate, as historians write it.
		{"circa", "circa 1200", 0, `bad date "circa 1200": write "1200~" (EDTF for approximate)`},
		{"c.", "c. 1200", 0, `bad date "c. 1200": write "1200~" (EDTF for approximate)`},
		{"ca.", "ca. 1200", 0, `bad date "ca. 1200": write "1200~" (EDTF for approximate)`},
		{"about", "about 1200", 0, `bad date "about 1200": write "1200~" (EDTF for approximate)`},
		{"tilde first", "~1200", 0, `bad date "~1200": write "1200~" (EDTF for approximate)`},
		{"Circa in capitals", "Circa 1200-05", 0, `bad date "Circa 1200-05": write "1200-05~" (EDTF for approximate)`},
		{"circa an uncertain date", "c. 1200?", 0, `bad date "c. 1200?": write "1200%" (EDTF for approximate)`},
		{"circa BC", "c. 500 BC", 0, `bad date "c. 500 BC": write "-0499~" (EDTF for approximate)`},
		{"circa a decade", "circa 1990s", 0, `bad date "circa 1990s": write the date with "~" after it (EDTF for approximate), as in "1200~"`},
		{"question mark first", "?1200", 0, `bad date "?1200": write "1200?" (EDTF for uncertain)`},
		{"percent first", "%1200", 0, `bad date "%1200": write "1200%" (EDTF for uncertain and approximate)`},

		// Decades, centuries, seasons and months in words.
		{"decade", "1990s", 4, `bad date "1990s": write "199X" (EDTF for a decade)`},
		{"decade with apostrophe", "the 1990's", 0, `bad date "the 1990's": write "199X" (EDTF for a decade)`},
		{"century", "1900s", 4, `bad date "1900s": write "19XX" (EDTF for a century, the years 1900 to 1999), or "190X" for its first decade`},
		{"spring", "spring 2001", 0, `bad date "spring 2001": write "2001-21" (EDTF for a season: 21 spring, 22 summer, 23 autumn, 24 winter)`},
		{"fall, year first", "2001 Fall", 0, `bad date "2001 Fall": write "2001-23" (EDTF for a season: 21 spring, 22 summer, 23 autumn, 24 winter)`},
		{"winter of", "winter of 2001", 0, `bad date "winter of 2001": write "2001-24" (EDTF for a season: 21 spring, 22 summer, 23 autumn, 24 winter)`},
		{"month name", "December 2005", 0, `bad date "December 2005": write "2005-12": EDTF writes the year, then the month and the day in digits`},
		{"day month year", "1 August 2014", 0, `bad date "1 August 2014": write "2014-08-01": EDTF writes the year, then the month and the day in digits`},
		{"month day, year", "Aug. 1st, 2014", 0, `bad date "Aug. 1st, 2014": write "2014-08-01": EDTF writes the year, then the month and the day in digits`},
		{"impossible in words", "31 April 2005", 0, `impossible date "31 April 2005": April 2005 has 30 days`},

		// Impossible dates.
		{"month 13", "2005-13", 5, `impossible date "2005-13": the month is out of range: 01–12, or 21–24 for a season`},
		{"month 00", "2005-00", 5, `impossible date "2005-00": the month is out of range: 01–12, or 21–24 for a season`},
		{"month 20", "2005-20", 5, `impossible date "2005-20": the month is out of range: 01–12, or 21–24 for a season`},
		{"month 13 with day", "2005-13-01", 5, `impossible date "2005-13-01": the month is out of range: 01–12`},
		{"day 00", "2005-12-00", 8, `impossible date "2005-12-00": December 2005 has 31 days`},
		{"day 32", "2005-12-32", 8, `impossible date "2005-12-32": December 2005 has 31 days`},
		{"31 April", "2005-04-31", 8, `impossible date "2005-04-31": April 2005 has 30 days`},
		{"29 February 2011", "2011-02-29", 8, `impossible date "2011-02-29": February 2011 has 28 days`},
		{"30 February 2012", "2012-02-30", 8, `impossible date "2012-02-30": February 2012 has 29 days`},
		{"29 February 1900", "1900-02-29", 8, `impossible date "1900-02-29": February 1900 has 28 days`},
		{"29 February -0043", "-0043-02-29", 9, `impossible date "-0043-02-29": February -0043 has 28 days`},
		{"29 February -0100", "-0100-02-29", 9, `impossible date "-0100-02-29": February -0100 has 28 days`},
		{"month 13 unspecified day", "2005-13-XX", 5, `impossible date "2005-13-XX": the month is out of range: 01–12`},

		// Years.
		{"five digits", "12345", 0, `bad date "12345": a year beyond four digits starts with "Y": write "Y12345"`},
		{"five digits negative", "-12345", 0, `bad date "-12345": a year beyond four digits starts with "Y": write "Y-12345"`},
		{"Y and four digits", "Y2005", 0, `bad date "Y2005": a Y-year needs more than four digits: write "2005"`},
		{"Y and a negative year", "Y-44", 0, `bad date "Y-44": a Y-year needs more than four digits: write "-0044"`},
		{"Y with leading zeros", "Y012345", 1, `bad date "Y012345": a Y-year has no leading zeros: write "Y12345"`},
		{"Y too long", "Y1234567890123", 1, `bad date "Y1234567890123": the year is out of range: years run to 999999999999 either way`},
		{"Y with month", "Y170000002-05", 10, `bad date "Y170000002-05": a Y-year stands alone, with no month, season or day: write "Y170000002"`},
		{"Y with qualifier", "Y170000002?", 10, `bad date "Y170000002?": a Y-year takes no qualifier in EDTF Level 1: write "Y170000002"`},
		{"Y exponent", "Y-17E7", 4, `bad date "Y-17E7": exponential years ("Y-17E7") are EDTF Level 2: write the year in full after "Y", "Y-170000000"`},
		{"lower-case y", "y170000002", 0, `bad date "y170000002": a long year starts with a capital "Y": write "Y170000002"`},
		{"three digits", "205", 0, `bad date "205": a year has four digits: for the year 205 write "0205"`},
		{"two digits", "05", 0, `bad date "05": a year has four digits: for the year 5 write "0005"`},
		{"negative three digits", "-499", 0, `bad date "-499": a year has four digits: for the year -499 write "-0499"`},
		{"negative zero", "-0000", 0, `bad date "-0000": the year zero has no sign: write "0000" (0000 is 1 BCE)`},
		{"negative zero with month", "-0000-01", 0, `bad date "-0000-01": the year zero has no sign: write "0000-01" (0000 is 1 BCE)`},
		{"plus", "+2005", 0, `bad date "+2005": EDTF writes no "+" before a year: write "2005"`},
		{"plus, five digits", "+12345", 0, `bad date "+12345": EDTF writes no "+" before a year: write "Y12345"`},
		{"basic format day", "20051201", 4, `bad date "20051201": EDTF separates the year, month and day with "-": write "2005-12-01"`},
		{"basic format month", "200512", 4, `bad date "200512": EDTF separates the year and month with "-": write "2005-12", or "Y200512" for the year 200512`},

		// The common form of a year.
		{"0 BC", "0 BC", 0, `bad date "0 BC": there is no year 0 BC: the year before AD 1 is 1 BC, "0000" in EDTF`},
		{"AD 0", "AD 0", 3, `bad date "AD 0": there is no year AD 0: the year before AD 1 is 1 BC, "0000" in EDTF`},
		{"BCE qualified", "500 BCE?", 7, `bad date "500 BCE?": write "-0499?": the common form is for whole years only, with no qualifier`},

		// Unspecified digits.
		{"three X", "2XXX", 1, `bad date "2XXX": EDTF Level 1 leaves at most the last two digits of a year unspecified ("20XX"): for the years 2000 to 2999 write the interval "2000/2999"`},
		{"four X", "XXXX", 0, `bad date "XXXX": a wholly unspecified year is EDTF Level 2: write what is known, such as "19XX"`},
		{"X inside", "19X5", 3, `bad date "19X5": "X" may replace only the last one or two digits of a year, as in "201X" and "20XX"`},
		{"X with month", "201X-05", 4, `bad date "201X-05": a year with unspecified digits has no month or day in EDTF Level 1: write "201X"`},
		{"X in month", "2004-1X", 5, `bad date "2004-1X": "X" replaces a whole month in EDTF Level 1: write "2004-XX"`},
		{"X in day", "1985-04-1X", 8, `bad date "1985-04-1X": "X" replaces a whole day in EDTF Level 1: write "1985-04-XX"`},
		{"day of unspecified month", "1985-XX-12", 8, `bad date "1985-XX-12": a day in an unspecified month is EDTF Level 2: write "1985-XX-XX"`},
		{"X qualified", "201X?", 4, `bad date "201X?": unspecified digits take no qualifier in EDTF Level 1: write "201X"`},
		{"negative zero X", "-00XX", 0, `bad date "-00XX": a negative year needs a digit other than 0 before its "X": for the years -0099 to 0000 write the interval "-0099/0000"`},
		{"u of the 2012 draft", "199u", 3, `bad date "199u": EDTF writes an unspecified digit as a capital "X": write "199X"`},
		{"lower-case x", "1985-04-xx", 8, `bad date "1985-04-xx": EDTF writes an unspecified digit as a capital "X": write "1985-04-XX"`},

		// Qualifiers.
		{"two qualifiers", "1984?~", 4, `bad date "1984?~": one qualifier: "%" means uncertain and approximate: write "1984%"`},
		{"same qualifier twice", "1984??", 4, `bad date "1984??": one qualifier at the end: write "1984?"`},
		{"qualifier inside", "2004?-06-11", 4, `bad date "2004?-06-11": a qualifier goes at the end, where it applies to the whole date: write "2004-06-11?"; qualifying one part of a date is EDTF Level 2`},

		// Seasons and Level 2.
		{"season with day", "2001-21-03", 7, `bad date "2001-21-03": a season has no day: write "2001-21"`},
		{"Level 2 season", "2001-25", 5, `bad date "2001-25": the sub-year groupings 25–41 (seasons of a hemisphere, quarters, quadrimesters, semesters) are EDTF Level 2: write a season 21–24 or a month`},
		{"significant digits", "1950S2", 4, `bad date "1950S2": significant digits ("1950S2") are EDTF Level 2: write the years they allow as an interval, such as "1900/1999"`},
		{"set", "[1667,1668]", 0, `bad date "[1667,1668]": sets of dates ("[1667,1668]", "{1960,1961-12}") are EDTF Level 2: give one date, or an interval`},
		{"open end alone", "..", 0, `bad date "..": ".." is an open end of an interval, as in "1985/..", not a date`},

		// Separators, order, digits and spaces.
		{"slash for a month", "2005/12", 4, `bad date "2005/12": "/" separates the start and the end of an interval: for a month write "2005-12", or "2005/2012" for the years`},
		{"slashes", "2005/12/01", 4, `bad date "2005/12/01": EDTF separates the parts of a date with "-": write "2005-12-01"`},
		{"slash in day", "2005-12/01", 7, `bad date "2005-12/01": EDTF separates the parts of a date with "-": write "2005-12-01"`},
		{"dots", "2005.12.01", 4, `bad date "2005.12.01": EDTF separates the parts of a date with "-": write "2005-12-01"`},
		{"spaces between", "2005 12 01", 4, `bad date "2005 12 01": EDTF separates the parts of a date with "-": write "2005-12-01"`},
		{"slash, years", "2005/13", 4, `bad date "2005/13": "/" separates the start and the end of an interval: for the years write "2005/2013"`},
		{"slash, impossible month", "2005.13", 4, `impossible date "2005.13": the month is out of range: 01–12, or 21–24 for a season`},
		{"day first", "01-12-2005", 2, `bad date "01-12-2005": the year comes first in EDTF: write "2005-12-01" if 01 is the day, or "2005-01-12" if it is the month`},
		{"month first, American", "12/31/2005", 2, `bad date "12/31/2005": the year comes first in EDTF: write "2005-12-31"`},
		{"month and year", "12-2005", 2, `bad date "12-2005": the year comes first in EDTF: write "2005-12"`},
		{"one-digit month", "2005-1", 5, `bad date "2005-1": months and days have two digits: write "2005-01"`},
		{"one-digit day", "2005-12-1", 8, `bad date "2005-12-1": months and days have two digits: write "2005-12-01"`},
		{"leading space", " 2005", 0, `bad date " 2005": remove the spaces: write "2005"`},
		{"trailing space", "2005 ", 4, `bad date "2005 ": remove the spaces: write "2005"`},
		{"spaces around a hyphen", "2005 - 12", 4, `bad date "2005 - 12": remove the spaces: write "2005-12"`},
		{"no-break space", "2005-12\u00a0", 7, `bad date "2005-12\u00a0": remove the spaces: write "2005-12"`},
		{"Arabic-Indic digits", "20٠٥", 2, `bad date "20٠٥": use the digits 0–9: write "2005"`},
		{"full-width digits", "２００５", 0, `bad date "２００５": use the digits 0–9: write "2005"`},
		{"Devanagari digits", "२००५-१२", 0, `bad date "२००५-१२": use the digits 0–9: write "2005-12"`},
		{"non-ASCII digit in a short year", "20٥", 2, `bad date "20٥": use the digits 0–9`},
		{"en dash", "2005–12", 4, `bad date "2005–12": use the hyphen-minus "-": write "2005-12"`},
		{"minus sign", "−0499", 0, `bad date "−0499": use the hyphen-minus "-": write "-0499"`},

		// Time of day and intervals.
		{"date-time", "2005-12-01T10:00", 10, `bad date "2005-12-01T10:00": it has a time of day: write "2005-12-01"`},
		{"date and time with a space", "2005-12-01 10:00", 10, `bad date "2005-12-01 10:00": it has a time of day: write "2005-12-01"`},
		{"interval", "1964/2008", 4, `bad date "1964/2008": "1964/2008" is an interval: one date is needed here, such as "1964"`},
		{"interval open start", "../1985", 2, `bad date "../1985": "../1985" is an interval: one date is needed here, such as "1985"`},
		{"bad interval", "1985-04/1984", 8, `bad date "1985-04/1984": the end 1984 is before the start 1985-04: swap them or fix the end`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "Y too long" && strconv.IntSize < 64 {
				t.Skip("an int of 32 bits bounds the years lower")
			}
			got, err := edtf.ParseDate(tt.in)
			if err == nil {
				t.Fatalf("ParseDate(%q): got %+v, want error %q", tt.in, got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseDate(%q): got error\n\t%s\nwant\n\t%s", tt.in, err, tt.want)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q): got date %+v with the error, want the zero Date", tt.in, got)
			}
			var se *edtf.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseDate(%q): got error of type %T, want *edtf.SyntaxError", tt.in, err)
			}
			if se.Input != tt.in || se.Offset != tt.offset {
				t.Errorf("ParseDate(%q): got Input %q, Offset %d, want %q, %d", tt.in, se.Input, se.Offset, tt.in, tt.offset)
			}
			if se.Offset < 0 || se.Offset > len(tt.in) {
				t.Errorf("ParseDate(%q): Offset %d is outside the input", tt.in, se.Offset)
			}
			if got, want := errors.Is(err, edtf.ErrTimeOfDay), tt.name == "date-time" || tt.name == "date and time with a space"; got != want {
				t.Errorf("errors.Is(ParseDate(%q), ErrTimeOfDay): got %v, want %v", tt.in, got, want)
			}
		})
	}
}

func TestParseIntervalErrors(t *testing.T) {
	tests := []struct {
		name, in string
		offset   int
		want     string
	}{
		{"no slash", "1964", 0, `bad date "1964": an interval has a "/" between its start and its end, as in "1964/2008"`},
		{"two slashes", "1964/2008/2010", 9, `bad date "1964/2008/2010": an interval has one "/", between its start and its end`},
		{"a date with slashes", "2005/12/01", 4, `bad date "2005/12/01": EDTF separates the parts of a date with "-": write "2005-12-01"`},
		{"a month with a slash", "2005/12", 4, `bad date "2005/12": "/" separates the start and the end of an interval: for a month write "2005-12", or "2005/2012" for the years`},
		{"end before start", "2008/1964", 5, `bad date "2008/1964": the end 1964 is before the start 2008: swap them or fix the end`},
		{"end day before start", "2005-06-02/2005-06-01", 11, `bad date "2005-06-02/2005-06-01": the end 2005-06-01 is before the start 2005-06-02: swap them or fix the end`},
		{"no date", "/", 0, `bad date "/": an interval needs a date at one end at least, as in "1985/.." or "/1985"`},
		{"open both", "../..", 0, `bad date "../..": an interval needs a date at one end at least, as in "1985/.." or "/1985"`},
		{"open and unknown", "../", 0, `bad date "../": an interval needs a date at one end at least, as in "1985/.." or "/1985"`},
		{"impossible start", "2011-02-29/2012", 8, `impossible date "2011-02-29/2012": the start "2011-02-29": February 2011 has 28 days`},
		{"impossible end", "2011/2012-13", 10, `impossible date "2011/2012-13": the end "2012-13": the month is out of range: 01–12, or 21–24 for a season`},
		{"one-digit month", "1985-4/2000", 5, `bad date "1985-4/2000": the start "1985-4": months and days have two digits: write "1985-04"`},
		{"circa end", "1990/c. 2000", 5, `bad date "1990/c. 2000": the end "c. 2000": write "2000~" (EDTF for approximate)`},
		{"spaces", "1964 / 2008", 4, `bad date "1964 / 2008": the start "1964 ": remove the spaces: write "1964"`},
		{"open keyword", "1985/open", 5, `bad date "1985/open": write "1985/..": since 2019 EDTF writes an open end as ".."`},
		{"unknown keyword", "unknown/2008", 0, `bad date "unknown/2008": write "/2008": since 2019 EDTF writes an unknown start as nothing`},
		{"unspecified year", "201X/2020", 3, `bad date "201X/2020": the start "201X": unspecified digits in an interval are EDTF Level 2: write the first or the last year they stand for, "2010" or "2019"`},
		{"unspecified day", "2004-06-XX/2004-07-03", 8, `bad date "2004-06-XX/2004-07-03": the start "2004-06-XX": "XX" in an interval is EDTF Level 2: write "2004-06", which spans the same days`},
		{"Y-year", "Y-170000002/2000", 0, `bad date "Y-170000002/2000": the start "Y-170000002": a Y-year cannot be the start or end of an interval in EDTF Level 1: give the start and the end as two dates`},
		{"long BC year", "20000 BC/1000", 0, `bad date "20000 BC/1000": the start "20000 BC": a Y-year cannot be the start or end of an interval in EDTF Level 1: give the start and the end as two dates`},
		{"time of day", "2004-02-01T10:00/2005", 10, `bad date "2004-02-01T10:00/2005": the start "2004-02-01T10:00": it has a time of day: write "2004-02-01"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := edtf.ParseInterval(tt.in)
			if err == nil {
				t.Fatalf("ParseInterval(%q): got %+v, want error %q", tt.in, got, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseInterval(%q): got error\n\t%s\nwant\n\t%s", tt.in, err, tt.want)
			}
			if got != (edtf.Interval{}) {
				t.Errorf("ParseInterval(%q): got %+v with the error, want the zero Interval", tt.in, got)
			}
			var se *edtf.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseInterval(%q): got error of type %T, want *edtf.SyntaxError", tt.in, err)
			}
			if se.Input != tt.in || se.Offset != tt.offset {
				t.Errorf("ParseInterval(%q): got Input %q, Offset %d, want %q, %d", tt.in, se.Input, se.Offset, tt.in, tt.offset)
			}
			if got, want := errors.Is(err, edtf.ErrTimeOfDay), tt.name == "time of day"; got != want {
				t.Errorf("errors.Is(ParseInterval(%q), ErrTimeOfDay): got %v, want %v", tt.in, got, want)
			}
		})
	}
}
