package edtf_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

// level0 are dates as most events give them.
var level0 = []string{"2005", "2005-12", "2014-08-01", "1999-02-28", "2012-02-29", "0001", "9999-12-31", "1970-01"}

// BenchmarkParseDateLevel0 measures the hot path of loading events: a Level
// 0 date, which must not allocate.
func BenchmarkParseDateLevel0(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := edtf.ParseDate(level0[i%len(level0)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseDateLevel1 measures dates with the features of Level 1.
func BenchmarkParseDateLevel1(b *testing.B) {
	level1 := []string{"-0499", "Y170000002", "2001-21", "1984?", "2004-06-11%", "201X", "1985-04-XX", "500 BCE"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := edtf.ParseDate(level1[i%len(level1)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseIntervalLevel0 measures an interval of two Level 0 dates.
func BenchmarkParseIntervalLevel0(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := edtf.ParseInterval("2004-02-01/2005-02"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompare measures the comparison that sorts events.
func BenchmarkCompare(b *testing.B) {
	dates := make([]edtf.Date, len(level0))
	for i, s := range level0 {
		dates[i] = mustParse(s)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		dates[i%len(dates)].Compare(dates[(i+3)%len(dates)])
	}
}

// TestParseLevel0Allocs checks that a Level 0 date and interval parse
// without allocating.
func TestParseLevel0Allocs(t *testing.T) {
	for _, s := range level0 {
		if n := testing.AllocsPerRun(100, func() { edtf.ParseDate(s) }); n != 0 {
			t.Errorf("ParseDate(%q): got %v allocations, want 0", s, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { edtf.ParseInterval("2004-02-01/2005-02") }); n != 0 {
		t.Errorf("ParseInterval: got %v allocations, want 0", n)
	}
}
