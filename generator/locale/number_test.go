package locale_test

import (
	"math"
	"testing"

	"github.com/natomongolia/timeline/generator/locale"
)

func TestDigits(t *testing.T) {
	// CLDR 48's default numbering systems: ar is latn, ar-EG arab, fa
	// arabext, bn beng, mr and ne deva, my mymr.
	tests := []struct {
		tag  string
		n    int
		want string
	}{
		{"en", 2005, "2005"},
		{"en", 0, "0"},
		{"en", 12345678, "12345678"},
		{"en", -5, "-5"},
		{"ar", 2005, "2005"},
		{"ar-EG", 2005, "٢٠٠٥"},
		{"fa", 2005, "۲۰۰۵"},
		{"fa", -5, "\u200e−۵"},
		{"bn", 2005, "২০০৫"},
		{"mr", 2005, "२००५"},
		{"ne", 2005, "२००५"},
		{"my", 2005, "၂၀၀၅"},
	}
	for _, tt := range tests {
		l, _ := locale.Lookup(tt.tag)
		if got := l.Digits(tt.n); got != tt.want {
			t.Errorf("%s: Digits(%d) = %q, want %q", tt.tag, tt.n, got, tt.want)
		}
	}
	en, _ := locale.Lookup("en")
	if got, want := en.Digits(math.MinInt64), "-9223372036854775808"; got != want {
		t.Errorf("Digits(MinInt64) = %q, want %q", got, want)
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		tag  string
		n    int
		want string
	}{
		{"en", 999, "999"},
		{"en", 1234, "1,234"},
		{"en", 1234567, "1,234,567"},
		{"en", -1234, "-1,234"},
		{"es", 1234, "1234"}, // minimumGroupingDigits 2
		{"es", 12345, "12.345"},
		{"pl", 1234, "1234"},
		{"pl", 12345, "12\u00a0345"},
		{"fr", 12345, "12\u202f345"},
		{"de", 1234567, "1.234.567"},
		{"hi", 1234567, "12,34,567"}, // #,##,##0
		{"bn", 1234567, "১২,৩৪,৫৬৭"},
		{"ar-EG", 12345, "١٢٬٣٤٥"},
	}
	for _, tt := range tests {
		l, _ := locale.Lookup(tt.tag)
		if got := l.Number(tt.n); got != tt.want {
			t.Errorf("%s: Number(%d) = %q, want %q", tt.tag, tt.n, got, tt.want)
		}
	}
}
