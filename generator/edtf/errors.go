package edtf

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrTimeOfDay is wrapped by the error for a date with a time of day, such as
// "2004-01-01T10:10:10Z", which EDTF Level 0 has but a dated event has not.
// Test for it with errors.Is.
var ErrTimeOfDay = errors.New("edtf: a date with a time of day")

// SyntaxError is a value that is not an EDTF date or interval of Level 0 or
// 1, with a message that says what to write instead.
type SyntaxError struct {
	// Kind is "bad date", or "impossible date" for a value of the right
	// shape that no calendar has (month 13, 29 February 2011).
	Kind string
	// Input is the value, whole: for an interval, both of its ends.
	Input string
	// Offset is the byte in Input where it goes wrong.
	Offset int
	// Msg says what is wrong and what to write instead.
	Msg string

	err       error // wrapped: ErrTimeOfDay or nil
	shapeless bool  // not shaped like EDTF at Offset: a hint may say more
}

// Error returns the kind, the input in quotes and the message:
// `impossible date "2011-02-29": February 2011 has 28 days`.
func (e *SyntaxError) Error() string {
	return e.Kind + " " + strconv.Quote(e.Input) + ": " + e.Msg
}

// Unwrap returns ErrTimeOfDay for a date with a time of day, else nil.
func (e *SyntaxError) Unwrap() error { return e.err }

// The kinds of SyntaxError.
const (
	kindBad        = "bad date"
	kindImpossible = "impossible date"
)

// formMsg is the message for a value not shaped like any date.
const formMsg = "write it as YYYY, YYYY-MM or YYYY-MM-DD"

// bad returns a "bad date" error at offset off of s.
func bad(s string, off int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Kind: kindBad, Input: s, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// impossible returns an "impossible date" error at offset off of s.
func impossible(s string, off int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Kind: kindImpossible, Input: s, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// shapeless returns the error for s, which is not shaped like a date from
// offset off on.
func shapeless(s string, off int) *SyntaxError {
	return &SyntaxError{Kind: kindBad, Input: s, Offset: off, Msg: formMsg, shapeless: true}
}
