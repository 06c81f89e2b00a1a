package edtf_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

// TestCompareSort sorts dates of every form, from 3000 BCE to Y170000002,
// from shuffled orders.
func TestCompareSort(t *testing.T) {
	want := []string{
		"Y-170000002",
		"-2999", // 3000 BCE
		"-0499", "-0499-03", "-0499-03-15",
		"-004X", // -49 to -40
		"-0044-03-15",
		"0000", // 1 BCE
		"0001",
		"19XX",
		"1964", "1964-21", "1964-05",
		"198X",
		"1984", "1984%", "1984?", "1984~",
		"1985", "1985-XX", "1985-XX-XX", // the same days: coarser precision first
		"1985-04", "1985-04-XX", "1985-04-01", "1985-04-12", "1985-04-12?",
		"2001-24", "2001-12", // winter begins on 1 December and ends later
		"2005", "2005-01", "2005-01-01",
		"Y10000",
		"Y170000002",
	}
	got := slices.Clone(want)
	dates := make([]edtf.Date, len(want))
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, seed))
		r.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		for i, s := range got {
			dates[i] = mustParse(s)
		}
		slices.SortFunc(dates, edtf.Date.Compare)
		for i, d := range dates {
			got[i] = d.String()
		}
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: got\n\t%v\nwant\n\t%v", seed, got, want)
		}
	}
}

// TestCompareLevel0 checks the order of the generator before EDTF: by first
// day, coarser first.
func TestCompareLevel0(t *testing.T) {
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
			if got := mustParse(tt.a).Compare(mustParse(tt.b)); got != tt.want {
				t.Errorf("Compare(%s, %s): got %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestCompareTotal checks that Compare is a total order on distinct dates:
// antisymmetric, 0 only for equal dates, and the zero Date first.
func TestCompareTotal(t *testing.T) {
	ins := []string{"1984", "1984?", "1984~", "1984%", "198X", "1984-XX", "1984-XX-XX", "1984-01", "1984-21", "-1984", "Y-10000", "0000"}
	for _, a := range ins {
		da := mustParse(a)
		if c := (edtf.Date{}).Compare(da); c != -1 {
			t.Errorf("Compare(zero, %s): got %d, want -1", a, c)
		}
		if c := da.Compare(edtf.Date{}); c != 1 {
			t.Errorf("Compare(%s, zero): got %d, want 1", a, c)
		}
		for _, b := range ins {
			db := mustParse(b)
			ab, ba := da.Compare(db), db.Compare(da)
			if ab != -ba || (ab == 0) != (a == b) {
				t.Errorf("Compare(%s, %s) = %d and Compare(%s, %s) = %d: want opposite signs, 0 only for the same date", a, b, ab, b, a, ba)
			}
		}
	}
}
