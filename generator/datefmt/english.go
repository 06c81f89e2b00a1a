package datefmt

import (
	"github.com/natomongolia/timeline/generator/locale"
)

// EnglishWords are the words of English dates.
var EnglishWords = Words{
	Approximate: "c. {0}", Uncertain: "{0}?", Both: "c. {0}?",
	Decade: "the {0}s", Century: "the {0} century",
	Seasons: [4]string{"spring {0}", "summer {0}", "autumn {0}", "winter {0}"},
	Range:   "{0} – {1}", Since: "since {0}", UnknownEnd: "{0} – ?",
	Ordinal: englishOrdinal,
}

// englishOrdinal writes "1st", "2nd", "3rd", "4th", "11th", "21st"…
func englishOrdinal(loc *locale.Locale, n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return loc.Digits(n) + suffix
}

// English returns the formatter of English dates as this project writes
// them for a site whose language is plain "en": CLDR's International
// English (en-001), which puts the day first ("1 August 2014").
func English() *Formatter {
	loc, _ := locale.Lookup("en-001")
	return New(loc, EnglishWords)
}
