package plural_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/locale/internal/plural"
)

func TestSetCategory(t *testing.T) {
	// The rules are CLDR 48's, samples cut off.
	sets := map[string]string{
		"en": "one: i = 1 and v = 0",
		"fr": "one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5",
		"ru": "one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
		"ar": "zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99",
		"br": "one: n % 10 = 1 and n % 100 != 11,71,91; two: n % 10 = 2 and n % 100 != 12,72,92; few: n % 10 = 3..4,9 and n % 100 != 10..19,70..79,90..99; many: n != 0 and n % 1000000 = 0",
		"ja": "",
	}
	tests := []struct {
		lang string
		n    int64
		want string
	}{
		{"en", 0, "other"}, {"en", 1, "one"}, {"en", 2, "other"}, {"en", -1, "one"},
		{"fr", 0, "one"}, {"fr", 1, "one"}, {"fr", 2, "other"}, {"fr", 1000000, "many"}, {"fr", 2000000, "many"}, {"fr", 1000001, "other"},
		{"ru", 1, "one"}, {"ru", 2, "few"}, {"ru", 5, "many"}, {"ru", 11, "many"}, {"ru", 21, "one"}, {"ru", 22, "few"}, {"ru", 112, "many"},
		{"ar", 0, "zero"}, {"ar", 2, "two"}, {"ar", 3, "few"}, {"ar", 11, "many"}, {"ar", 100, "other"}, {"ar", 101, "other"}, {"ar", 103, "few"},
		{"br", 71, "other"}, {"br", 9, "few"}, {"br", 79, "other"}, {"br", 1000000, "many"},
		{"ja", 1, "other"},
	}
	for _, tt := range tests {
		set, err := plural.ParseSet(sets[tt.lang])
		if err != nil {
			t.Fatal(err)
		}
		if got := set.Category(tt.n); got != tt.want {
			t.Errorf("%s: Category(%d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

func TestParseRoundTrip(t *testing.T) {
	for _, s := range []string{
		"one: i = 1 and v = 0",
		"one: n % 10 = 1 and n % 100 != 11,71,91; many: n != 0 and n % 1000000 = 0",
		"few: n % 10 = 3..4,9",
	} {
		set, err := plural.ParseSet(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := set.String(); got != s {
			t.Errorf("String = %q, want %q", got, s)
		}
	}
	// Spacing does not matter.
	r, err := plural.Parse("i%10=1 and i%100!=11")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.String(), "i % 10 = 1 and i % 100 != 11"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{
		"", "x = 1", "n = ", "n == 1", "n % 0 = 1", "n = 5..3", "n = 1 and", "n = 1 or or n = 2", "n = -1", "n = 1 n = 2",
	} {
		if _, err := plural.Parse(s); err == nil {
			t.Errorf("Parse(%q): got no error, want one", s)
		}
	}
	for _, s := range []string{"other: n = 1", "one n = 1", "lots: n = 1"} {
		if _, err := plural.ParseSet(s); err == nil {
			t.Errorf("ParseSet(%q): got no error, want one", s)
		}
	}
}
