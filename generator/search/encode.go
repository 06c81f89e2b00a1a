package search

// The digits of the postings: a number is written in base 32, most
// significant digit first, each digit but the last as a continuing
// character and the last as a final one. Both ranges leave out '"' and
// '\\', so the postings need no escape in the index's JSON, and the space
// that separates the lists of two terms.
const (
	continuingDigit = 0x23 // '#': '#'…'B' are the digits 0–31 of a number that goes on
	finalDigit      = 0x5d // ']': ']'…'|' are the digits 0–31 that end it
)

// appendPostings appends the postings of a term, in the order of their
// documents: for each, the number (gap-1)*fieldCount + field, where gap
// is how far its document comes after the one before (the first counts
// from -1), so that a term found in the body of every event costs one
// character an event.
func appendPostings(b []byte, ps []posting) []byte {
	prev := -1
	for _, p := range ps {
		b = appendNumber(b, (p.doc-prev-1)*int(fieldCount)+int(p.field))
		prev = p.doc
	}
	return b
}

// appendNumber appends n ≥ 0 in the digits above.
func appendNumber(b []byte, n int) []byte {
	var digits [13]byte
	i := len(digits) - 1
	digits[i] = finalDigit + byte(n&31)
	for n >>= 5; n > 0; n >>= 5 {
		i--
		digits[i] = continuingDigit + byte(n&31)
	}
	return append(b, digits[i:]...)
}
