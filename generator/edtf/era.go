package edtf

import (
	"strconv"
	"strings"
)

// parseEra parses a whole year in the common form, "500 BCE" or "AD 500":
// a number of years and an era word on either side of it (BCE, BC, AD or CE,
// in any case, with or without dots and spaces). ok reports whether s has
// that form; err is set when it does but names no year ("0 BC").
func parseEra(s string) (d Date, err *SyntaxError, ok bool) {
	t := strings.Trim(s, " \t")
	at := strings.IndexFunc(t, func(r rune) bool { return '0' <= r && r <= '9' })
	if at < 0 {
		return Date{}, nil, false
	}
	end := at
	for isDigit(byteAt(t, end)) {
		end++
	}
	before, number, after := eraWord(t[:at]), t[at:end], eraWord(t[end:])
	word := before + after
	if before != "" && after != "" && !(len(after) == 1 && isQualifier(after[0])) {
		return Date{}, nil, false
	}
	qualifier := ""
	if n := len(word); n > 0 && isQualifier(word[n-1]) {
		word, qualifier = word[:n-1], word[n-1:]
	}
	var bce bool
	switch word {
	case "bce", "bc":
		bce = true
	case "ad", "ce":
	default:
		return Date{}, nil, false
	}
	off := len(s) - len(strings.TrimLeft(s, " \t")) + at
	n, convErr := strconv.ParseInt(number, 10, 64)
	switch {
	case convErr != nil || n > maxYear:
		return Date{}, bad(s, off, "the year is out of range: years run to %d either way", maxYear), true
	case n == 0 && bce:
		return Date{}, bad(s, off, `there is no year 0 BC: the year before AD 1 is 1 BC, "0000" in EDTF`), true
	case n == 0:
		return Date{}, bad(s, off, `there is no year AD 0: the year before AD 1 is 1 BC, "0000" in EDTF`), true
	}
	d = Date{Year: int(n), Precision: YearPrecision}
	if bce {
		d.Year = 1 - d.Year
	}
	if qualifier != "" {
		return Date{}, bad(s, len(s)-1, "write %q: the common form is for whole years only, with no qualifier", d.String()+qualifier), true
	}
	return d, nil, true
}

// eraWord returns s in lower case without its dots and spaces, or "-" when s
// has other characters than letters (and a final qualifier), so that it is
// no era.
func eraWord(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' || c == ' ' || c == '\t':
		case 'a' <= c && c <= 'z':
			b.WriteByte(c)
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case isQualifier(c) && i == len(s)-1:
			b.WriteByte(c)
		default:
			return "-"
		}
	}
	return b.String()
}
