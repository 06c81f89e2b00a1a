package edtf

import (
	"fmt"
	"strings"
)

// Interval is an EDTF value with a "/": a start and an end, each a Date, or
// open (".."), or unknown (empty). At least one end is a Date, and the end's
// last day is not before the start's first day.
type Interval struct {
	Start, End Date
	// StartOpen and EndOpen are set by "..": there is no start or end, or it
	// is not given ("1985-04-12/..": still running).
	StartOpen, EndOpen bool
	// StartUnknown and EndUnknown are set by an empty end: there is one, but
	// it is not known ("1985-04-12/").
	StartUnknown, EndUnknown bool
}

// ParseInterval parses an EDTF interval of Level 0 or Level 1, with one "/":
// "1964/2008", "2004-02-01/2005-02", "1984?/2004-06~", "1985-04-12/..",
// "../1985-04-12", "1985-04-12/", "/1985-04-12", "2001-21/2002". An end is a
// date as ParseDate reads it, "500 BCE" too, but Level 1 gives it no
// unspecified digit and no Y-year. Errors are *SyntaxError; a Level 0
// interval is parsed without allocating.
func ParseInterval(s string) (Interval, error) {
	iv, err := parseInterval(s)
	if err != nil {
		return Interval{}, err
	}
	return iv, nil
}

func parseInterval(s string) (Interval, *SyntaxError) {
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		return Interval{}, bad(s, 0, `an interval has a "/" between its start and its end, as in "1964/2008"`)
	}
	if second := strings.IndexByte(s[slash+1:], '/'); second >= 0 {
		if e := hintNumbers(s, slash); e != nil {
			return Interval{}, e
		}
		return Interval{}, bad(s, slash+1+second, `an interval has one "/", between its start and its end`)
	}
	var iv Interval
	var err *SyntaxError
	iv.Start, iv.StartOpen, iv.StartUnknown, err = parseEnd(s, 0, slash, "start")
	if err == nil {
		iv.End, iv.EndOpen, iv.EndUnknown, err = parseEnd(s, slash+1, len(s), "end")
	}
	if err != nil {
		if e := hintNumbers(s, slash); e != nil {
			return Interval{}, e
		}
		return Interval{}, err
	}
	switch {
	case iv.Start.IsZero() && iv.End.IsZero():
		return Interval{}, bad(s, 0, `an interval needs a date at one end at least, as in "1985/.." or "/1985"`)
	case !iv.Start.IsZero() && !iv.End.IsZero() && iv.End.Last().Compare(iv.Start.First()) < 0:
		return Interval{}, bad(s, slash+1, "the end %s is before the start %s: swap them or fix the end", iv.End, iv.Start)
	}
	return iv, nil
}

// parseEnd parses s[from:to], the start or the end of the interval s.
func parseEnd(s string, from, to int, which string) (d Date, open, unknown bool, err *SyntaxError) {
	t := s[from:to]
	switch t {
	case "":
		return Date{}, false, true, nil
	case "..":
		return Date{}, true, false, nil
	case "open":
		return Date{}, false, false, bad(s, from, `write %q: since 2019 EDTF writes an open %s as ".."`, s[:from]+".."+s[to:], which)
	case "unknown":
		return Date{}, false, false, bad(s, from, `write %q: since 2019 EDTF writes an unknown %s as nothing`, s[:from]+s[to:], which)
	}
	d, err = scanDate(t, true)
	if err != nil {
		if era, eraErr, ok := parseEra(t); !ok {
			err = teach(t, err)
		} else if d, err = era, eraErr; err == nil && (d.Year > 9999 || d.Year < -9999) {
			_, err = scanYYear(d.String(), true)
		}
	}
	if err != nil {
		return Date{}, false, false, &SyntaxError{Kind: err.Kind, Input: s, Offset: from + err.Offset,
			Msg: fmt.Sprintf("the %s %q: %s", which, t, err.Msg), err: err.err}
	}
	return d, false, false, nil
}

// String returns iv in canonical EDTF: "1964/2008", "1985-04-12/..",
// "/1985". ParseInterval of it gives iv back.
func (iv Interval) String() string {
	var buf [64]byte
	b := appendEnd(buf[:0], iv.Start, iv.StartOpen)
	b = append(b, '/')
	return string(appendEnd(b, iv.End, iv.EndOpen))
}

// appendEnd appends an end of an interval: "..", nothing or the date.
func appendEnd(b []byte, d Date, open bool) []byte {
	switch {
	case open:
		return append(b, '.', '.')
	case d.IsZero():
		return b
	}
	return d.appendTo(b)
}

// First returns the first day of the start, and false when the start is
// open or unknown.
func (iv Interval) First() (Day, bool) {
	return iv.Start.First(), !iv.Start.IsZero()
}

// Last returns the last day of the end, and false when the end is open or
// unknown.
func (iv Interval) Last() (Day, bool) {
	return iv.End.Last(), !iv.End.IsZero()
}

// Level0 reports whether iv is an interval of EDTF Level 0: two dates of
// Level 0.
func (iv Interval) Level0() bool {
	return iv.Start.Level0() && iv.End.Level0()
}
