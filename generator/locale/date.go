package locale

import (
	"strings"

	"github.com/natomongolia/timeline/generator/locale/internal/pattern"
)

// Precision says which fields of a date are known.
type Precision int

// The precisions of a date.
const (
	Year  Precision = iota // a year: "2005"
	Month                  // a month of a year: "December 2005"
	Day                    // a day: "1 August 2014"
)

// Fields is a date at a precision. Year is astronomical: 1 is 1 CE, 0 is
// 1 BCE, -499 is 500 BCE. Month (1–12) counts from Month precision on, Day
// (1–31) at Day precision; the caller validates them.
type Fields struct {
	Year, Month, Day int
	Precision        Precision
}

// skeleton returns the skeleton a date of precision p is written with,
// with the era when era is set.
func skeleton(p Precision, era bool) int {
	plain := [...]int{skelY, skelYMMMM, skelYMMMMd}
	withEra := [...]int{skelGy, skelGyMMMM, skelGyMMMMd}
	p = min(max(p, Year), Day)
	if era {
		return withEra[p]
	}
	return plain[p]
}

// Format writes f as the locale does: "2005", "December 2005" (Russian
// "декабрь 2005 г.", with the stand-alone month where CLDR's pattern asks
// for it), "1 August 2014"; a year before 1 CE carries the era: "500 BCE".
func (l *Locale) Format(f Fields) string {
	d := l.parsed()
	var b strings.Builder
	l.render(&b, d.patterns[skeleton(f.Precision, f.Year <= 0)], f)
	return b.String()
}

// Interval writes the range from a to b. When both have the same
// precision, it uses CLDR's interval pattern for the greatest difference,
// which writes shared fields once: "5–10 August 2014", "December 2005 –
// March 2007" (en uses thin spaces around the dash). A range reaching before
// 1 CE carries the era: "500–400 BCE", "500 BCE – 2005 CE". Other ranges,
// and those CLDR has no pattern for, join the two dates with the locale's
// fallback, "{0} – {1}". A range from a date to itself is the date.
func (l *Locale) Interval(a, b Fields) string {
	first, between, second, _ := l.IntervalParts(a, b)
	return first + between + second
}

// IntervalParts is Interval in three parts: the text that stands for a,
// what stands between the two, and the text that stands for b, so that a
// page can mark each date up. Shared tells that CLDR's pattern writes the
// fields a and b share once ("5–10 August 2014": "5", "–", "10 August
// 2014"); otherwise each part is the whole of its date. A range from a
// date to itself has only a first part.
func (l *Locale) IntervalParts(a, b Fields) (first, between, second string, shared bool) {
	d := l.parsed()
	era := a.Year <= 0 || b.Year <= 0
	if a.Precision == b.Precision {
		s := skeleton(a.Precision, era)
		diff, same := greatestDifference(a, b, era)
		if same {
			return l.Format(a), "", "", true
		}
		if halves := d.intervals[s][diff]; halves[0] != nil {
			head, tail := trailingText(halves[0])
			var x, y strings.Builder
			l.render(&x, head, a)
			l.render(&y, halves[1], b)
			for _, it := range tail {
				between += it.Text
			}
			return x.String(), between, y.String(), diff != diffEra && diff != diffYear
		}
	}
	var x, y strings.Builder
	l.render(&x, d.patterns[skeleton(a.Precision, era)], a)
	l.render(&y, d.patterns[skeleton(b.Precision, era)], b)
	fallback := str(l.rec.str[fieldFallback])
	i, j := strings.Index(fallback, "{0}"), strings.Index(fallback, "{1}")
	if i < 0 || j < i {
		return x.String(), " – ", y.String(), false
	}
	return fallback[:i] + x.String(), fallback[i+3 : j], y.String() + fallback[j+3:], false
}

// trailingText splits the literal text at the end of a pattern's items
// from what comes before it.
func trailingText(items []pattern.Item) (head, tail []pattern.Item) {
	n := len(items)
	for n > 0 && items[n-1].Letter == 0 {
		n--
	}
	return items[:n], items[n:]
}

// greatestDifference returns the largest field in which a and b, of the
// same precision, differ; same when they do not.
func greatestDifference(a, b Fields, era bool) (diff int, same bool) {
	switch {
	case era && (a.Year <= 0) != (b.Year <= 0):
		return diffEra, false
	case a.Year != b.Year:
		return diffYear, false
	case a.Precision >= Month && a.Month != b.Month:
		return diffMonth, false
	case a.Precision >= Day && a.Day != b.Day:
		return diffDay, false
	}
	return 0, true
}

// render writes f by the pattern items.
func (l *Locale) render(b *strings.Builder, items []pattern.Item, f Fields) {
	for _, it := range items {
		switch it.Letter {
		case 0:
			b.WriteString(it.Text)
		case 'G':
			b.WriteString(l.Era(f.Year <= 0))
		case 'y':
			y := f.Year
			if y <= 0 {
				y = 1 - y // the year of the era BCE
			}
			if it.Width == 2 {
				y %= 100
			}
			l.writeNumber(b, uint64(y), it.Width)
		case 'M', 'L':
			if it.Width <= 2 {
				l.writeNumber(b, uint64(max(f.Month, 0)), it.Width)
				continue
			}
			b.WriteString(l.monthName(f.Month, it.Letter == 'L', it.Width-3))
		case 'd':
			l.writeNumber(b, uint64(max(f.Day, 0)), it.Width)
		}
	}
}

// writeNumber writes n in the locale's digits, padded with zeros to width.
func (l *Locale) writeNumber(b *strings.Builder, n uint64, width int) {
	d := l.parsed()
	var buf [20]byte
	i := len(buf)
	for n > 0 || i == len(buf) || len(buf)-i < width {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	for _, c := range buf[i:] {
		b.WriteString(d.digits[c-'0'])
	}
}

// MonthName returns the wide name of month m (1–12): the form used in dates
// ("декабря" in Russian) or, when standalone, the form used on its own
// ("декабрь"). It returns "" for a month outside 1–12.
func (l *Locale) MonthName(m int, standalone bool) string {
	return l.monthName(m, standalone, 1)
}

// monthName returns month m in the context and width (0 abbreviated, 1 wide,
// 2 narrow); a width the table left out (no pattern uses it) gives the wide
// name.
// ShortMonthName returns the abbreviated stand-alone name of month m
// (1–12), as an axis labels it: "Mar"; "" outside 1–12.
func (l *Locale) ShortMonthName(m int) string { return l.monthName(m, true, 0) }

func (l *Locale) monthName(m int, standalone bool, width int) string {
	if m < 1 || m > 12 {
		return ""
	}
	d, c := l.parsed(), 0
	if standalone {
		c = 1
	}
	if n := d.months[c][width][m-1]; n != "" {
		return n
	}
	return d.months[c][1][m-1]
}

// Era returns the abbreviated name of the era before (bce) or since 1 CE,
// CLDR's neutral variant where it has one: "BCE", "CE".
func (l *Locale) Era(bce bool) string {
	if bce {
		return str(l.rec.str[fieldEras])
	}
	return str(l.rec.str[fieldEras+1])
}
