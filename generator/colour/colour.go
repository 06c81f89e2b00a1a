package colour

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Color is an opaque sRGB colour of 8 bits a channel, as CSS writes it.
// The zero value is black.
type Color struct{ R, G, B uint8 }

// String returns the colour as CSS writes it, "#rrggbb" in lower case.
func (c Color) String() string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

// SyntaxError is a value that is not a colour, with a message that says
// what to write instead.
type SyntaxError struct {
	// Input is the value, whole.
	Input string
	// Offset is the byte in Input where it goes wrong, for the caller to
	// turn into a column.
	Offset int
	// Msg says what is wrong and what to write instead.
	Msg string
}

// Error returns the input in quotes and the message:
// `bad colour "#1f5fa": a colour has 3 or 6 hex digits after #, not 5: write it as #rrggbb, such as #1f5fa8`.
func (e *SyntaxError) Error() string {
	return "bad colour " + strconv.Quote(e.Input) + ": " + e.Msg
}

// form is the end of every message: what a colour looks like.
const form = "write it as #rrggbb, such as #1f5fa8"

// Parse reads a colour written "#rrggbb" or "#rgb", in either case, where
// "#rgb" stands for "#rrggbb" ("#17a" is "#1177aa"). Nothing else is a
// colour here: not a name ("navy"), not rgb() or hsl(), not a colour with
// transparency ("#rrggbbaa"), so that every colour is one whose contrast
// the build can measure. Every error is a *SyntaxError.
func Parse(s string) (Color, error) {
	if s == "" {
		return Color{}, &SyntaxError{Input: s, Msg: "the colour is empty: " + form}
	}
	if s[0] != '#' {
		return Color{}, notHex(s)
	}
	digits := s[1:]
	for i := 0; i < len(digits); i++ {
		if hexValue(digits[i]) < 0 {
			return Color{}, &SyntaxError{Input: s, Offset: 1 + i, Msg: fmt.Sprintf(
				"%s is not a hex digit: the digits of a colour are 0-9 and a-f; %s",
				quoteByte(s, 1+i), form)}
		}
	}
	switch len(digits) {
	case 6:
		return Color{byte2(digits[0:2]), byte2(digits[2:4]), byte2(digits[4:6])}, nil
	case 3:
		return Color{byte1(digits[0]), byte1(digits[1]), byte1(digits[2])}, nil
	case 8, 4:
		opaque := s[:1+len(digits)*3/4]
		return Color{}, &SyntaxError{Input: s, Offset: len(opaque), Msg: fmt.Sprintf(
			"a colour with transparency cannot be checked for contrast, which would depend on what lies behind it: write %s", opaque)}
	}
	return Color{}, &SyntaxError{Input: s, Msg: fmt.Sprintf(
		"a colour has 3 or 6 hex digits after #, not %d: %s", len(digits), form)}
}

// notHex returns the error for s, which does not start with "#": hex
// digits without it, a colour name or a CSS function.
func notHex(s string) *SyntaxError {
	if (len(s) == 3 || len(s) == 6) && allHex(s) {
		return &SyntaxError{Input: s, Msg: "start it with #: write #" + strings.ToLower(s)}
	}
	if i := strings.IndexByte(s, '('); i > 0 {
		return &SyntaxError{Input: s, Msg: fmt.Sprintf("%s() is not read here, only hex: %s", s[:i], form)}
	}
	if allLetters(s) {
		return &SyntaxError{Input: s, Msg: "colour names are not read here, only hex: " + form}
	}
	return &SyntaxError{Input: s, Msg: form}
}

// quoteByte quotes the character of s that starts at byte i.
func quoteByte(s string, i int) string {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return strconv.QuoteRune(r)
}

// hexValue returns the value of the hex digit b, or -1.
func hexValue(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b - '0')
	case 'a' <= b && b <= 'f':
		return int(b-'a') + 10
	case 'A' <= b && b <= 'F':
		return int(b-'A') + 10
	}
	return -1
}

// byte2 returns the value of two hex digits.
func byte2(s string) uint8 { return uint8(hexValue(s[0])<<4 | hexValue(s[1])) }

// byte1 returns the value of a hex digit written twice.
func byte1(b byte) uint8 { return uint8(hexValue(b) * 0x11) }

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if hexValue(s[i]) < 0 {
			return false
		}
	}
	return true
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
