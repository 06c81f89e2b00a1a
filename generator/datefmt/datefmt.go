// Package datefmt writes EDTF dates and the spans of events for readers,
// in a language: the forms of a year, a month and a day come from Unicode
// CLDR (package locale); the words around them (approximate, uncertain,
// decades, centuries, seasons, "since", the dash of a span) from the
// language's Words. "500 BCE", "c. 1200", "1984?", "c. 1984?", "the
// 2010s", "the 20th century", "spring 2001", "December 2005 – March 2007",
// "since March 2010".
package datefmt

import (
	"strings"

	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/locale"
)

// Words are the words of a language around its dates, each a pattern in
// which {0} stands for a date and {1} for a second one.
type Words struct {
	// Approximate, Uncertain and Both qualify a date: "c. {0}", "{0}?",
	// "c. {0}?".
	Approximate, Uncertain, Both string
	// Decade names the ten years from {0}: "the {0}s"; Century the hundred
	// years of the ordinal {0}: "the {0} century".
	Decade, Century string
	// Seasons are spring, summer, autumn and winter of the year {0}.
	Seasons [4]string
	// Range joins the dates of an event that runs from {0} to {1}, Since
	// one still running since {0}, and UnknownEnd one whose end is not
	// known.
	Range, Since, UnknownEnd string
	// Ordinal writes the nth of something (the 20th century), in the
	// locale's digits.
	Ordinal func(loc *locale.Locale, n int) string
}

// Formatter writes dates for readers of one language. It is safe for
// concurrent use.
type Formatter struct {
	loc   *locale.Locale
	words Words
}

// New returns the formatter of a locale and its words.
func New(loc *locale.Locale, words Words) *Formatter {
	return &Formatter{loc: loc, words: words}
}

// Text is a date as a page shows it: its text for readers, its value for
// <time datetime> when HTML has one for it (years 1 to 9999, no qualifier,
// no unspecified digit, no season), and its EDTF form.
type Text struct {
	Text, DateTime, EDTF string
}

// Date returns d for readers.
func (f *Formatter) Date(d edtf.Date) Text {
	t := Text{Text: f.text(d), EDTF: d.String()}
	t.DateTime, _ = d.HTMLTime()
	return t
}

// text returns the text of d, qualifiers and all.
func (f *Formatter) text(d edtf.Date) string {
	s := f.bare(d)
	switch {
	case d.Approximate && d.Uncertain:
		s = fill(f.words.Both, s)
	case d.Approximate:
		s = fill(f.words.Approximate, s)
	case d.Uncertain:
		s = fill(f.words.Uncertain, s)
	}
	return s
}

// bare returns the text of d without its qualifiers.
func (f *Formatter) bare(d edtf.Date) string {
	switch {
	case d.UnspecifiedYearDigits > 0 && d.Year < 0:
		// The decades and centuries before 1 CE read best as the span of
		// their years: "50 BCE – 41 BCE".
		first, last := d.First(), d.Last()
		return fill(f.words.Range, f.year(first.Year), f.year(last.Year))
	case d.UnspecifiedYearDigits == 1:
		return fill(f.words.Decade, f.loc.Digits(d.Year))
	case d.UnspecifiedYearDigits == 2:
		return fill(f.words.Century, f.words.Ordinal(f.loc, d.Year/100+1))
	case d.Precision == edtf.SeasonPrecision:
		return fill(f.words.Seasons[d.Season()-1], f.year(d.Year))
	case d.Precision == edtf.YearPrecision, d.UnspecifiedMonth:
		return f.year(d.Year)
	case d.Precision == edtf.MonthPrecision, d.UnspecifiedDay:
		return f.loc.Format(locale.Fields{Year: d.Year, Month: d.Month, Precision: locale.Month})
	}
	return f.loc.Format(locale.Fields{Year: d.Year, Month: d.Month, Day: d.Day, Precision: locale.Day})
}

// Year returns the year y for readers, with its era before 1 CE:
// "2005", "500 BCE".
func (f *Formatter) Year(y int) string { return f.year(y) }

// ShortMonth returns month m (1–12) in short, as an axis labels it.
func (f *Formatter) ShortMonth(m int) string { return f.loc.ShortMonthName(m) }

// Number returns n in the language's digits.
func (f *Formatter) Number(n int) string { return f.loc.Digits(n) }

// year returns a year for readers, with its era before 1 CE.
func (f *Formatter) year(y int) string {
	return f.loc.Format(locale.Fields{Year: y, Precision: locale.Year})
}

// fill returns pattern with {0} and {1} replaced by args.
func fill(pattern string, args ...string) string {
	for i, a := range args {
		pattern = strings.Replace(pattern, "{"+string(rune('0'+i))+"}", a, 1)
	}
	return pattern
}
