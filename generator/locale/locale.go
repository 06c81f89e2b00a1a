// Package locale formats dates and numbers as Unicode CLDR's locales write
// them: month and era names, the patterns of "2005", "December 2005",
// "1 August 2014" and of ranges between them, the locale's digits, plural
// categories and writing direction.
//
// The data is compiled in (cldr_data.go, written by internal/gencldr from
// CLDR's JSON packages on npm), so nothing is read at run time. It covers
// every locale CLDR has at "modern" coverage, each resolved through CLDR's
// inheritance, for the Gregorian calendar.
//
// A *Locale is safe for concurrent use.
package locale

//go:generate go run ./internal/gencldr

import (
	"slices"
	"strings"
	"sync"

	"github.com/natomongolia/timeline/generator/locale/internal/pattern"
	"github.com/natomongolia/timeline/generator/locale/internal/plural"
)

// Locale is one CLDR locale's date, number and plural data.
type Locale struct {
	rec  *record
	once sync.Once
	data *parsed // read from rec on first use
}

// parsed is a record's strings split and parsed once.
type parsed struct {
	months    [2][3][12]string // context (format, stand-alone) × width (abbreviated, wide, narrow)
	patterns  [skelCount][]pattern.Item
	intervals [skelCount][diffCount][2][]pattern.Item // first and second date; nil: use the fallback
	digits    [10]string
	plural    plural.Set
}

// locales holds one Locale per record, made on first use.
var locales = sync.OnceValue(func() []Locale {
	ls := make([]Locale, len(records))
	for i := range records {
		ls[i].rec = &records[i]
	}
	return ls
})

// Tags returns the tag of every locale covered, sorted.
func Tags() []string {
	tags := make([]string, len(records))
	for i := range records {
		tags[i] = str(records[i].str[fieldTag])
	}
	return tags
}

// byTag returns the locale whose tag is exactly tag.
func byTag(tag string) (*Locale, bool) {
	i, ok := slices.BinarySearchFunc(records[:], tag, func(r record, t string) int {
		return strings.Compare(str(r.str[fieldTag]), t)
	})
	if !ok {
		return nil, false
	}
	return &locales()[i], true
}

// Tag returns the locale's tag in CLDR's form: "en", "en-GB", "zh-Hant".
func (l *Locale) Tag() string { return str(l.rec.str[fieldTag]) }

// Name returns the locale's name for itself: "English", "British English",
// "français (Canada)", "русский".
func (l *Locale) Name() string { return str(l.rec.str[fieldName]) }

// Direction returns "rtl" for a locale written right to left (ar, fa, he,
// ur…) and "ltr" otherwise, as HTML's dir attribute takes it.
func (l *Locale) Direction() string {
	if l.rec.rtl {
		return "rtl"
	}
	return "ltr"
}

// str returns string i of the pool.
func str(i uint16) string {
	start := uint32(0)
	if i > 0 {
		start = poolEnds[i-1]
	}
	return pool[start:poolEnds[i]]
}

// parsed returns the locale's data, parsing it on first use. The generator
// has checked every pattern and rule, so parsing cannot fail.
func (l *Locale) parsed() *parsed {
	l.once.Do(func() {
		r, d := l.rec, &parsed{}
		for c := range d.months {
			for w := range d.months[c] {
				if s := str(r.str[fieldMonths+3*c+w]); s != "" {
					copy(d.months[c][w][:], strings.Split(s, listSeparator))
				}
			}
		}
		for s := range d.patterns {
			d.patterns[s] = pattern.Parse(str(r.str[fieldPatterns+s]))
			for diff := range d.intervals[s] {
				if p := str(r.str[fieldIntervals+diffCount*s+diff]); p != "" {
					first, second := pattern.Split(pattern.Parse(p))
					d.intervals[s][diff] = [2][]pattern.Item{first, second}
				}
			}
		}
		i := 0
		for _, digit := range str(r.str[fieldDigits]) {
			d.digits[i] = string(digit)
			i++
		}
		set, err := plural.ParseSet(str(r.str[fieldPlural]))
		if err != nil {
			panic("locale: " + l.Tag() + ": " + err.Error()) // the generator parsed these rules
		}
		d.plural = set
		l.data = d
	})
	return l.data
}
