package datefmt

import (
	"strings"

	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/locale"
)

// Span is the dates of an event for readers, in pieces: text, and the
// dates in it, which a page marks up.
type Span []Piece

// Piece is a piece of a Span: text, or a date.
type Piece struct {
	Text string
	// Date is set when the piece is a date, whose text is Date.Text.
	Date *Text
}

// String returns the span as plain text.
func (s Span) String() string {
	var b strings.Builder
	for _, p := range s {
		if p.Date != nil {
			b.WriteString(p.Date.Text)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// Span returns the dates of an event: from start to end, still running
// since start (ongoing), or to an end not known (endUnknown). When both
// ends are plain dates of the same precision, CLDR's interval pattern may
// write the fields they share once ("5–10 August 2014"); otherwise the
// language's Range joins the two dates.
func (f *Formatter) Span(start, end edtf.Date, ongoing, endUnknown bool) Span {
	from := f.Date(start)
	switch {
	case ongoing:
		return pattern(f.words.Since, from)
	case endUnknown:
		return pattern(f.words.UnknownEnd, from)
	case end.IsZero():
		return Span{{Date: &from}}
	}
	to := f.Date(end)
	if a, ok := fields(start); ok {
		if b, ok := fields(end); ok && a.Precision == b.Precision {
			if x, between, y, shared := f.loc.IntervalParts(a, b); shared {
				from.Text, to.Text = x, y
				return Span{{Date: &from}, {Text: between}, {Date: &to}}
			}
		}
	}
	return pattern(f.words.Range, from, to)
}

// fields returns a plain date (no qualifier, no unspecified digit, no
// season) as the locale's fields.
func fields(d edtf.Date) (locale.Fields, bool) {
	if d.Uncertain || d.Approximate || d.UnspecifiedYearDigits > 0 || d.UnspecifiedMonth || d.UnspecifiedDay {
		return locale.Fields{}, false
	}
	switch d.Precision {
	case edtf.YearPrecision:
		return locale.Fields{Year: d.Year, Precision: locale.Year}, true
	case edtf.MonthPrecision:
		return locale.Fields{Year: d.Year, Month: d.Month, Precision: locale.Month}, true
	case edtf.DayPrecision:
		return locale.Fields{Year: d.Year, Month: d.Month, Day: d.Day, Precision: locale.Day}, true
	}
	return locale.Fields{}, false
}

// pattern returns the pattern p as a span, {0} and {1} standing for dates.
func pattern(p string, dates ...Text) Span {
	var s Span
	for p != "" {
		i := strings.IndexByte(p, '{')
		if i < 0 || i+2 >= len(p) || p[i+2] != '}' || p[i+1] < '0' || int(p[i+1]-'0') >= len(dates) {
			s = append(s, Piece{Text: p})
			break
		}
		if i > 0 {
			s = append(s, Piece{Text: p[:i]})
		}
		d := dates[p[i+1]-'0']
		s = append(s, Piece{Date: &d})
		p = p[i+3:]
	}
	return s
}
