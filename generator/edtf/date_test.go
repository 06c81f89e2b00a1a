package edtf_test

import (
	"strconv"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

// TestCommonForm checks the years written "500 BCE" or "AD 500": they mean
// the EDTF year and String writes that.
func TestCommonForm(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"500 BCE", "-0499"},
		{"500 BC", "-0499"},
		{"500 B.C.", "-0499"},
		{"500 B.C.E.", "-0499"},
		{"500 bce", "-0499"},
		{"500 b.c.", "-0499"},
		{"500BC", "-0499"},
		{"  500   B. C. E.  ", "-0499"},
		{"44 BC", "-0043"},
		{"1 BC", "0000"},
		{"2 BCE", "-0001"},
		{"10000 BC", "-9999"},
		{"10001 BC", "Y-10000"},
		{"AD 500", "0500"},
		{"A.D. 500", "0500"},
		{"ad 500", "0500"},
		{"500 AD", "0500"},
		{"500 CE", "0500"},
		{"500 C.E.", "0500"},
		{"AD 1", "0001"},
		{"AD 2005", "2005"},
		{"12345 CE", "Y12345"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := edtf.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): got error %v, want %s", tt.in, err, tt.want)
			}
			if got := d.String(); got != tt.want {
				t.Errorf("ParseDate(%q).String(): got %q, want %q", tt.in, got, tt.want)
			}
			if again := mustParse(tt.want); again != d {
				t.Errorf("ParseDate(%q): got %+v, want %+v as for %q", tt.in, d, again, tt.want)
			}
			if d.Precision != edtf.YearPrecision {
				t.Errorf("ParseDate(%q): got precision %d, want YearPrecision", tt.in, d.Precision)
			}
		})
	}
	if _, err := edtf.ParseDate("500 BC 2"); err == nil {
		t.Error(`ParseDate("500 BC 2"): got no error, want one`)
	}
	if _, err := edtf.ParseDate("May 500 BC"); err == nil {
		t.Error(`ParseDate("May 500 BC"): got no error, want one: the common form is for whole years`)
	}
}

func TestZeroDate(t *testing.T) {
	var d edtf.Date
	if !d.IsZero() {
		t.Error("IsZero of the zero Date: got false, want true")
	}
	if got := d.String(); got != "" {
		t.Errorf("String of the zero Date: got %q, want \"\"", got)
	}
	if got := d.First(); got != (edtf.Day{}) {
		t.Errorf("First of the zero Date: got %v, want the zero Day", got)
	}
	if got := d.Last(); got != (edtf.Day{}) {
		t.Errorf("Last of the zero Date: got %v, want the zero Day", got)
	}
	if d.Level0() {
		t.Error("Level0 of the zero Date: got true, want false")
	}
	if _, ok := d.HTMLTime(); ok {
		t.Error("HTMLTime of the zero Date: got true, want false")
	}
	if mustParse("0000").IsZero() {
		t.Error("IsZero of 0000: got true, want false")
	}
}

func TestDateFeatures(t *testing.T) {
	tests := []struct {
		in       string
		level0   bool
		htmlTime string // "" for none
		season   int
		decade   int
		exactDec bool
		century  int
		exactCen bool
	}{
		{"2005", true, "2005", 0, 2000, false, 2000, false},
		{"2005-12", true, "2005-12", 0, 2000, false, 2000, false},
		{"2005-12-01", true, "2005-12-01", 0, 2000, false, 2000, false},
		{"0001", true, "0001", 0, 0, false, 0, false},
		{"9999-12-31", true, "9999-12-31", 0, 9990, false, 9900, false},
		{"0000", true, "", 0, 0, false, 0, false},
		{"-0499", false, "", 0, -490, false, -400, false},
		{"-0044-03-15", false, "", 0, -40, false, 0, false},
		{"Y170000002", false, "", 0, 170000000, false, 170000000, false},
		{"2001-21", false, "", 1, 2000, false, 2000, false},
		{"2001-22", false, "", 2, 2000, false, 2000, false},
		{"2001-23", false, "", 3, 2000, false, 2000, false},
		{"2001-24", false, "", 4, 2000, false, 2000, false},
		{"1984?", false, "", 0, 1980, false, 1900, false},
		{"2004-06~", false, "", 0, 2000, false, 2000, false},
		{"2004-06-11%", false, "", 0, 2000, false, 2000, false},
		{"201X", false, "", 0, 2010, true, 2000, false},
		{"19XX", false, "", 0, 1900, false, 1900, true},
		{"-004X", false, "", 0, -40, true, 0, false},
		{"-04XX", false, "", 0, -400, false, -400, true},
		{"2004-XX", false, "", 0, 2000, false, 2000, false},
		{"1985-04-XX", false, "", 0, 1980, false, 1900, false},
		{"1985-XX-XX", false, "", 0, 1980, false, 1900, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := mustParse(tt.in)
			if got := d.Level0(); got != tt.level0 {
				t.Errorf("Level0: got %v, want %v", got, tt.level0)
			}
			html, ok := d.HTMLTime()
			if ok != (tt.htmlTime != "") || html != tt.htmlTime {
				t.Errorf("HTMLTime: got %q, %v, want %q, %v", html, ok, tt.htmlTime, tt.htmlTime != "")
			}
			if got := d.Season(); got != tt.season {
				t.Errorf("Season: got %d, want %d", got, tt.season)
			}
			if got, exact := d.Decade(); got != tt.decade || exact != tt.exactDec {
				t.Errorf("Decade: got %d, %v, want %d, %v", got, exact, tt.decade, tt.exactDec)
			}
			if got, exact := d.Century(); got != tt.century || exact != tt.exactCen {
				t.Errorf("Century: got %d, %v, want %d, %v", got, exact, tt.century, tt.exactCen)
			}
		})
	}
}

// TestLongestYear checks the bound of Y-years, twelve digits, where an int
// has 64 bits.
func TestLongestYear(t *testing.T) {
	if strconv.IntSize < 64 {
		t.Skip("an int of 32 bits holds Y-years of up to 2147483646")
	}
	for _, in := range []string{"Y999999999999", "Y-999999999999"} {
		d := mustParse(in)
		if got := d.String(); got != in {
			t.Errorf("ParseDate(%q).String(): got %q, want %q", in, got, in)
		}
		if got, want := d.Last().Number()-d.First().Number(), int64(364); got != want && got != want+1 {
			t.Errorf("%s: got %d days from first to last, want 364 or 365", in, got)
		}
	}
	if _, err := edtf.ParseDate("Y1000000000000"); err == nil {
		t.Error(`ParseDate("Y1000000000000"): got no error, want one: thirteen digits`)
	}
}
