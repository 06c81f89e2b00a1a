package main

import (
	"slices"
	"testing"
)

func TestBestPattern(t *testing.T) {
	tests := []struct {
		name        string
		skel        string
		available   map[string]string
		dateFormats []string
		want, how   string
	}{
		{"exact", "yMMMM", map[string]string{"yMMMM": "LLLL y"}, nil, "LLLL y", "exact"},
		{"long format matches exactly", "yMMMMd", map[string]string{"yMMMd": "MMM d, y"},
			[]string{"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy"}, "MMMM d, y", "from dateFormats.long"},
		{"widen a text month", "GyMMMM", map[string]string{"GyMMM": "MMM y G", "GyM": "M/y G"}, nil, "MMMM y G", "from GyMMM"},
		{"keep a numeric month (ja)", "yMMMMd", map[string]string{"yMMMd": "y年M月d日"}, []string{"y年M月d日EEEE"}, "y年M月d日", "from yMMMd"},
		{"ties go to the date formats (en-BW)", "yMMMMd", map[string]string{"yMMMd": "dd MMM y"},
			[]string{"EEEE, dd MMMM y", "dd MMMM y"}, "d MMMM y", "from dateFormats.long"},
		{"alt and count variants are not candidates", "GyMMMM", map[string]string{"GyMMM-alt-ascii": "MMM y G", "GyMMM": "LLL y G"}, nil, "LLLL y G", "from GyMMM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, how, err := bestPattern(tt.skel, tt.available, tt.dateFormats)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || how != tt.how {
				t.Errorf("bestPattern(%q) = %q, %q; want %q, %q", tt.skel, got, how, tt.want, tt.how)
			}
		})
	}
	if _, _, err := bestPattern("yMMMMd", map[string]string{"yMMM": "MMM y"}, nil); err == nil {
		t.Errorf("bestPattern without a candidate: got no error")
	}
}

func TestBestInterval(t *testing.T) {
	intervals := map[string]map[string]string{
		"yMMMd": {"d": "MMM d – d, y", "M": "MMM d – MMM d, y"},
		"yMd":   {"d": "M/d/y – M/d/y", "y": "M/d/y – M/d/y"},
		"yMMMM": {"M": "MMMM – MMMM y"},
	}
	tests := []struct {
		skel      string
		diff      byte
		format    string
		want, how string
	}{
		{"yMMMM", 'M', "MMMM y", "MMMM – MMMM y", "exact"},
		{"yMMMM", 'y', "MMMM y", "", "none (exact skeleton lacks it)"},
		{"yMMMMd", 'd', "MMMM d, y", "MMMM d – d, y", "from yMMMd"},
		{"yMMMMd", 'y', "MMMM d, y", "", "none (yMMMd lacks it)"},
		// The locale writes the month as a number: MMM stays (zh).
		{"yMMMMd", 'd', "y年M月d日", "MMM d – d, y", "from yMMMd"},
		{"GyMMMM", 'G', "MMMM y G", "", "none (no skeleton with its fields)"},
	}
	for _, tt := range tests {
		got, how := bestInterval(tt.skel, tt.diff, intervals, tt.format)
		if got != tt.want || how != tt.how {
			t.Errorf("bestInterval(%q, %c) = %q, %q; want %q, %q", tt.skel, tt.diff, got, how, tt.want, tt.how)
		}
	}
}

func TestAdjustInterval(t *testing.T) {
	// Only a field as wide as in the candidate skeleton widens: the narrow
	// MMMMM of Mongolian's yMMMd intervals stays.
	req := skeletonFields("yMMMMd")
	cand := skeletonFields("yMMMd")
	for in, want := range map[string]string{
		"d LLL – d MMM y":       "d LLLL – d MMMM y",
		"y 'оны' MMMMM/dd – dd": "y 'оны' MMMMM/dd – dd",
		"y年M月d日～d日":             "y年M月d日～d日",
	} {
		if got := adjustInterval(in, cand, req); got != want {
			t.Errorf("adjustInterval(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShowsInBoth(t *testing.T) {
	for p, want := range map[string]bool{
		"d MMM – d MMM y": true,
		"d – d MMM y":     false, // Swahili's month difference
		"MMMM – MMMM y":   true,
	} {
		if got := showsInBoth(p, 'M'); got != want {
			t.Errorf("showsInBoth(%q, M) = %t, want %t", p, got, want)
		}
	}
}

func TestGroupSizes(t *testing.T) {
	for p, want := range map[string][2]int{
		"#,##0.###":    {3, 3},
		"#,##,##0.###": {3, 2},
		"#0.###":       {0, 0},
		"#,##0;-#,##0": {3, 3},
	} {
		if a, b := groupSizes(p); [2]int{a, b} != want {
			t.Errorf("groupSizes(%q) = %d, %d; want %v", p, a, b, want)
		}
	}
}

func TestIntegerSamples(t *testing.T) {
	got, err := integerSamples("@integer 0, 2~4, 100, 1c3, 2e3, … @decimal 0.0~1.5")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int64{0, 2, 3, 4, 100}; !slices.Equal(got, want) {
		t.Errorf("integerSamples = %v, want %v", got, want)
	}
	if _, err := integerSamples("@integer x"); err == nil {
		t.Errorf("integerSamples(x): got no error")
	}
}

func TestSplitTag(t *testing.T) {
	for tag, want := range map[string]tagParts{
		"sr-Latn-ME":     {lang: "sr", script: "Latn", region: "ME"},
		"ca-ES-valencia": {lang: "ca", region: "ES", variants: []string{"valencia"}},
		"es-419":         {lang: "es", region: "419"},
		"be-tarask":      {lang: "be", variants: []string{"tarask"}},
	} {
		got := splitTag(tag)
		if got.lang != want.lang || got.script != want.script || got.region != want.region || !slices.Equal(got.variants, want.variants) {
			t.Errorf("splitTag(%q) = %+v, want %+v", tag, got, want)
		}
	}
}
