package edtf_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

func TestIntervalDays(t *testing.T) {
	tests := []struct {
		in            string
		first, last   edtf.Day
		hasFirst, has bool
		level0        bool
	}{
		{"1964/2008", day(1964, 1, 1), day(2008, 12, 31), true, true, true},
		{"2004-02-01/2005-02", day(2004, 2, 1), day(2005, 2, 28), true, true, true},
		{"2001-24/2003-24", day(2001, 12, 1), day(2004, 2, 29), true, true, false},
		{"1984?/2004-06~", day(1984, 1, 1), day(2004, 6, 30), true, true, false},
		{"500 BC/400 BC", day(-499, 1, 1), day(-399, 12, 31), true, true, false},
		{"1985-04-12/..", day(1985, 4, 12), edtf.Day{}, true, false, false},
		{"/1985", edtf.Day{}, day(1985, 12, 31), false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			iv, err := edtf.ParseInterval(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if first, ok := iv.First(); first != tt.first || ok != tt.hasFirst {
				t.Errorf("First: got %v, %v, want %v, %v", first, ok, tt.first, tt.hasFirst)
			}
			if last, ok := iv.Last(); last != tt.last || ok != tt.has {
				t.Errorf("Last: got %v, %v, want %v, %v", last, ok, tt.last, tt.has)
			}
			if got := iv.Level0(); got != tt.level0 {
				t.Errorf("Level0: got %v, want %v", got, tt.level0)
			}
		})
	}
}

// TestIntervalSameDay checks that an interval may start and end on the same
// day, and that an end which overlaps the start is not before it.
func TestIntervalSameDay(t *testing.T) {
	for _, in := range []string{"2005-06-01/2005-06-01", "2005-06/2005", "2005/2005-01-01", "2005-12-15/2005-24"} {
		if _, err := edtf.ParseInterval(in); err != nil {
			t.Errorf("ParseInterval(%q): got error %v, want none", in, err)
		}
	}
}
