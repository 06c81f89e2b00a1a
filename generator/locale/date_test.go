package locale_test

import (
	"sync"
	"testing"

	"github.com/natomongolia/timeline/generator/locale"
)

func lookup(tb testing.TB, tag string) *locale.Locale {
	tb.Helper()
	l, ok := locale.Lookup(tag)
	if !ok {
		tb.Fatalf("Lookup(%q) found nothing", tag)
	}
	return l
}

func TestFormatEra(t *testing.T) {
	// GyMMMM and GyMMMMd are not in CLDR's availableFormats for these
	// locales; they come from GyMMM ("MMM y G", ru "LLL y 'г'. G") and
	// GyMMMd ("MMM d, y G", en-GB "d MMM y G") with the month widened.
	tests := []struct {
		tag  string
		f    locale.Fields
		want string
	}{
		{"en", fields(0, 0, 0, locale.Year), "1 BCE"},
		{"en", fields(1, 0, 0, locale.Year), "1"},
		{"en", fields(-43, 3, 0, locale.Month), "March 44 BCE"},
		{"en", fields(-43, 3, 15, locale.Day), "March 15, 44 BCE"},
		{"en-GB", fields(-43, 3, 15, locale.Day), "15 March 44 BCE"},
		{"ru", fields(-43, 3, 0, locale.Month), "март 44\u202fг. до н. э."},
	}
	for _, tt := range tests {
		if got := lookup(t, tt.tag).Format(tt.f); got != tt.want {
			t.Errorf("%s: Format(%+v) = %q, want %q", tt.tag, tt.f, got, tt.want)
		}
	}
}

func TestInterval(t *testing.T) {
	tests := []struct {
		tag  string
		a, b locale.Fields
		want string
	}{
		// The same date is one date.
		{"en", fields(2014, 8, 1, locale.Day), fields(2014, 8, 1, locale.Day), "August 1, 2014"},
		// Different precisions join two dates with the fallback.
		{"en", fields(2005, 0, 0, locale.Year), fields(2007, 12, 0, locale.Month), "2005\u2009–\u2009December 2007"},
		{"en", fields(-499, 0, 0, locale.Year), fields(2007, 12, 0, locale.Month), "500 BCE\u2009–\u2009December 2007 CE"},
		// Finnish abbreviates the first month: intervalFormats yMMMM M is "LLL–LLLL y".
		{"fi", fields(2005, 3, 0, locale.Month), fields(2005, 12, 0, locale.Month), "maalis–joulukuu 2005"},
		// CLDR's Swahili yMMMd pattern for a month difference drops the first
		// month; the generator leaves it out, so two whole dates are joined.
		{"sw", fields(2014, 8, 1, locale.Day), fields(2014, 9, 5, locale.Day), "1 Agosti 2014\u2009–\u20095 Septemba 2014"},
	}
	for _, tt := range tests {
		if got := lookup(t, tt.tag).Interval(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: Interval(%+v, %+v) = %q, want %q", tt.tag, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMonthNameAndEra(t *testing.T) {
	en := lookup(t, "en")
	for _, m := range []int{0, 13, -1} {
		if got := en.MonthName(m, false); got != "" {
			t.Errorf("MonthName(%d) = %q, want \"\"", m, got)
		}
	}
	if got := en.MonthName(1, true); got != "January" {
		t.Errorf("MonthName(1, true) = %q, want %q", got, "January")
	}
	if got, want := en.Era(true)+" "+en.Era(false), "BCE CE"; got != want {
		t.Errorf("Era(true), Era(false) = %q, want %q", got, want)
	}
	mn := lookup(t, "mn")
	if got, want := mn.Era(true), "НТӨ"; got != want {
		t.Errorf("mn Era(true) = %q, want %q", got, want)
	}
}

// TestConcurrentFirstUse runs the first use of a locale from many
// goroutines; run with -race.
func TestConcurrentFirstUse(t *testing.T) {
	l := lookup(t, "uk")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got, want := l.Format(fields(2005, 12, 0, locale.Month)), "грудень 2005\u202fр."; got != want {
				t.Errorf("Format = %q, want %q", got, want)
			}
		}()
	}
	wg.Wait()
}
