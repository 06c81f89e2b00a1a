package edtf_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

// FuzzParse checks that ParseDate and ParseInterval never panic, that what
// they accept goes back to the same value through String, that a date's
// first day is not after its last, and that every error is a *SyntaxError
// placed within the input. The seeds are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := edtf.ParseDate(s)
		if err != nil {
			checkError(t, s, err)
		} else {
			checkDate(t, s, d)
			again, err := edtf.ParseDate(d.String())
			if err != nil || again != d {
				t.Fatalf("ParseDate(%q) = %+v; ParseDate of its String %q: got %+v, %v", s, d, d.String(), again, err)
			}
		}
		iv, err := edtf.ParseInterval(s)
		if err != nil {
			checkError(t, s, err)
			return
		}
		for _, end := range []edtf.Date{iv.Start, iv.End} {
			if !end.IsZero() {
				checkDate(t, s, end)
			}
		}
		if iv.Start.IsZero() && iv.End.IsZero() {
			t.Fatalf("ParseInterval(%q) = %+v: no date at either end", s, iv)
		}
		if !iv.Start.IsZero() && !iv.End.IsZero() && iv.End.Last().Compare(iv.Start.First()) < 0 {
			t.Fatalf("ParseInterval(%q) = %+v: it ends before it starts", s, iv)
		}
		again, err := edtf.ParseInterval(iv.String())
		if err != nil || again != iv {
			t.Fatalf("ParseInterval(%q) = %+v; ParseInterval of its String %q: got %+v, %v", s, iv, iv.String(), again, err)
		}
	})
}

// checkDate checks a date parsed from s: its days are in order and exist.
func checkDate(tb testing.TB, s string, d edtf.Date) {
	tb.Helper()
	first, last := d.First(), d.Last()
	if first.Compare(last) > 0 {
		tb.Fatalf("%q: first day %v after last day %v", s, first, last)
	}
	for _, day := range []edtf.Day{first, last} {
		if back := edtf.DayOf(day.Number()); back != day {
			tb.Fatalf("%q: day %v does not exist (DayOf(Number) = %v)", s, day, back)
		}
	}
	if html, ok := d.HTMLTime(); ok && html != d.String() {
		tb.Fatalf("%q: HTMLTime %q, String %q", s, html, d.String())
	}
}

// checkError checks an error for the input s.
func checkError(tb testing.TB, s string, err error) {
	tb.Helper()
	var se *edtf.SyntaxError
	if !errors.As(err, &se) {
		tb.Fatalf("%q: got error of type %T, want *edtf.SyntaxError", s, err)
	}
	if se.Input != s || se.Offset < 0 || se.Offset > len(s) || se.Msg == "" {
		tb.Fatalf("%q: got Input %q, Offset %d, Msg %q", s, se.Input, se.Offset, se.Msg)
	}
	if se.Kind != "bad date" && se.Kind != "impossible date" {
		tb.Fatalf("%q: got Kind %q", s, se.Kind)
	}
	if !strings.HasPrefix(err.Error(), se.Kind+" "+strconv.Quote(s)+": ") {
		tb.Fatalf("%q: got message %q, want it to start with the kind and the input", s, err)
	}
}
