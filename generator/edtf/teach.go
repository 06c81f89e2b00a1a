package edtf

import (
	"fmt"
	"strings"
)

// A hint looks at s, which is not shaped like an EDTF date from offset off
// on, and returns the error that says what to write instead when s looks
// like a date written another way, or nil.
type hint func(s string, off int) *SyntaxError

// hints are tried in order. Each checks what it suggests with parses, so
// that no hint calls another.
var hints = []hint{
	hintCirca, hintDecade, hintSeasonWord, hintMonthName, hintOldDraft,
	hintPlus, hintLevel2, hintSpaces, hintUnicode, hintNumbers,
}

// teach returns the error for s, which scanDate rejected with err: when err
// says only that s is not shaped like a date, the first hint for what s
// looks like, else err.
func teach(s string, err *SyntaxError) *SyntaxError {
	if !err.shapeless {
		return err
	}
	for _, h := range hints {
		if e := h(s, err.Offset); e != nil {
			return e
		}
	}
	return err
}

// teachDate is teach for ParseDate, which also says when s is an interval.
func teachDate(s string, err *SyntaxError) error {
	slash := strings.IndexByte(s, '/')
	if slash < 0 || !err.shapeless {
		return teach(s, err)
	}
	if e := hintNumbers(s, slash); e != nil {
		return e
	}
	iv, ierr := parseInterval(s)
	if ierr != nil {
		return ierr
	}
	one := iv.Start
	if one.IsZero() {
		one = iv.End
	}
	return bad(s, slash, "%q is an interval: one date is needed here, such as %q", s, one.String())
}

// parses reports whether s is a date as ParseDate reads it, without hints.
func parses(s string) (Date, bool) {
	if d, err := scanDate(s, false); err == nil {
		return d, true
	}
	d, err, ok := parseEra(s)
	return d, ok && err == nil
}

// lowerWords returns the words of s in lower case, split at spaces and
// commas.
func lowerWords(s string) []string {
	return strings.FieldsFunc(asciiLower(s), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
}

// circaWords are the words for "approximately" before a date, longest first
// where one starts another.
var circaWords = []string{"circa", "approximately", "approx.", "approx", "around", "about", "ca.", "ca", "c.", "c", "~"}

// hintCirca reads "circa 1200", "c. 1200", "about 1200", "~1200" and
// "?1200", which EDTF writes "1200~" and "1200?".
func hintCirca(s string, off int) *SyntaxError {
	lower := asciiLower(s)
	for _, w := range circaWords {
		rest, ok := strings.CutPrefix(lower, w)
		if !ok || rest == "" || !strings.HasSuffix(w, ".") && w != "~" && rest[0] != ' ' && !isDigit(rest[0]) {
			continue
		}
		d, ok := parses(strings.TrimLeft(s[len(w):], " "))
		if !ok || d.unspecified() || d.Approximate {
			return bad(s, 0, `write the date with "~" after it (EDTF for approximate), as in "1200~"`)
		}
		d.Approximate = true
		return bad(s, 0, "write %q (EDTF for approximate)", d.String())
	}
	if c := byteAt(s, 0); c == '?' || c == '%' {
		d, ok := parses(s[1:])
		if !ok || d.unspecified() || d.qualified() {
			return nil
		}
		d.Uncertain, d.Approximate = true, c == '%'
		what := "uncertain"
		if c == '%' {
			what = "uncertain and approximate"
		}
		return bad(s, 0, "write %q (EDTF for %s)", d.String(), what)
	}
	return nil
}

// hintDecade reads "1990s" and "the 1900s", which EDTF writes "199X" and
// "19XX".
func hintDecade(s string, off int) *SyntaxError {
	t := strings.TrimPrefix(asciiLower(strings.TrimSpace(s)), "the ")
	t, ok := strings.CutSuffix(t, "s")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'"), "’")
	if !ok || len(t) != 4 || t[3] != '0' || strings.Trim(t, "0123456789") != "" {
		return nil
	}
	if t[2] == '0' {
		return bad(s, off, `write %q (EDTF for a century, the years %s00 to %s99), or %q for its first decade`, t[:2]+"XX", t[:2], t[:2], t[:3]+"X")
	}
	return bad(s, off, "write %q (EDTF for a decade)", t[:3]+"X")
}

// seasonNumbers are the EDTF numbers of the seasons.
var seasonNumbers = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

// hintSeasonWord reads "spring 2001", "2001 spring" and "spring of 2001",
// which EDTF writes "2001-21".
func hintSeasonWord(s string, off int) *SyntaxError {
	words := lowerWords(s)
	if len(words) == 3 && words[1] == "of" {
		words = []string{words[0], words[2]}
	}
	if len(words) != 2 {
		return nil
	}
	for _, w := range [][2]string{{words[0], words[1]}, {words[1], words[0]}} {
		season, year := seasonNumbers[w[0]], w[1]
		if d, err := scanDate(year, false); season > 0 && err == nil && d.Level0() && d.Precision == YearPrecision {
			return bad(s, 0, "write %q (EDTF for a season: 21 spring, 22 summer, 23 autumn, 24 winter)", fmt.Sprintf("%s-%d", year, season))
		}
	}
	return nil
}

// hintMonthName reads "December 2005", "1 August 2014" and "August 1, 2014",
// which EDTF writes "2005-12" and "2014-08-01".
func hintMonthName(s string, off int) *SyntaxError {
	words := lowerWords(s)
	var day, month, year string
	switch {
	case len(words) == 2:
		month, year = words[0], words[1]
	case len(words) == 3 && monthNumber(words[0]) > 0:
		month, day, year = words[0], words[1], words[2]
	case len(words) == 3:
		day, month, year = words[0], words[1], words[2]
	default:
		return nil
	}
	m := monthNumber(month)
	day = strings.TrimRight(day, "stndrh") // 1st, 2nd, 3rd, 4th
	if m == 0 || len(year) != 4 || len(day) > 2 || strings.Trim(year+day, "0123456789") != "" {
		return nil
	}
	edtf := fmt.Sprintf("%s-%02d", year, m)
	if day != "" {
		edtf += "-" + strings.Repeat("0", 2-len(day)) + day
	}
	if _, err := scanDate(edtf, false); err != nil {
		if err.Kind != kindImpossible {
			return nil
		}
		return impossible(s, 0, "%s", err.Msg)
	}
	return bad(s, 0, "write %q: EDTF writes the year, then the month and the day in digits", edtf)
}

// monthNumber returns 1–12 for the English name of a month or its first
// three letters (and "sept"), with or without a dot; 0 for another word.
func monthNumber(w string) int {
	w = strings.TrimSuffix(w, ".")
	for i, name := range monthNames {
		name = strings.ToLower(name)
		if w == name || len(w) == 3 && strings.HasPrefix(name, w) || w == "sept" && i == 8 {
			return i + 1
		}
	}
	return 0
}

// hintOldDraft reads the syntax of the EDTF draft of 2012 and near misses:
// "199u" and "201x" for "199X", "y170000002" for "Y170000002".
func hintOldDraft(s string, off int) *SyntaxError {
	if t := strings.NewReplacer("u", "X", "x", "X").Replace(s); t != s {
		if _, ok := parses(t); ok {
			return bad(s, off, `EDTF writes an unspecified digit as a capital "X": write %q`, t)
		}
	}
	if rest, ok := strings.CutPrefix(s, "y"); ok {
		if _, ok := parses("Y" + rest); ok {
			return bad(s, 0, `a long year starts with a capital "Y": write %q`, "Y"+rest)
		}
	}
	return nil
}

// hintPlus reads "+2005", which EDTF writes "2005".
func hintPlus(s string, off int) *SyntaxError {
	rest, ok := strings.CutPrefix(s, "+")
	if !ok {
		return nil
	}
	if d, ok := parses(rest); ok {
		return bad(s, 0, `EDTF writes no "+" before a year: write %q`, d.String())
	}
	if len(rest) > 4 && strings.Trim(rest, "0123456789") == "" {
		return bad(s, 0, `EDTF writes no "+" before a year: write %q`, "Y"+strings.TrimLeft(rest, "0"))
	}
	return bad(s, 0, `EDTF writes no "+" before a year`)
}

// hintLevel2 names the features of EDTF Level 2, which this package does not
// read, and ".." alone.
func hintLevel2(s string, off int) *SyntaxError {
	switch {
	case s == "..":
		return bad(s, 0, `".." is an open end of an interval, as in "1985/..", not a date`)
	case strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{"):
		return bad(s, 0, `sets of dates ("[1667,1668]", "{1960,1961-12}") are EDTF Level 2: give one date, or an interval`)
	case byteAt(s, off) == 'S' && off > 0:
		return bad(s, off, `significant digits ("1950S2") are EDTF Level 2: write the years they allow as an interval, such as "1900/1999"`)
	}
	return nil
}
