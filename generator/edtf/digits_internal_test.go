package edtf

import (
	"testing"
	"unicode"
)

// TestDigitRanges checks what digitValue takes of Unicode's table of
// decimal digits: ranges of stride 1 holding whole runs of ten.
func TestDigitRanges(t *testing.T) {
	for _, rg := range unicode.Digit.R16 {
		if rg.Stride != 1 || (rg.Hi-rg.Lo+1)%10 != 0 {
			t.Errorf("range %#x–%#x, stride %d: want stride 1 and runs of ten", rg.Lo, rg.Hi, rg.Stride)
		}
	}
	for _, rg := range unicode.Digit.R32 {
		if rg.Stride != 1 || (rg.Hi-rg.Lo+1)%10 != 0 {
			t.Errorf("range %#x–%#x, stride %d: want stride 1 and runs of ten", rg.Lo, rg.Hi, rg.Stride)
		}
	}
	for _, r := range []rune{'٣', '३', '３', '𝟛', '᠓'} {
		if got := digitValue(r); got != 3 {
			t.Errorf("digitValue(%q): got %d, want 3", r, got)
		}
	}
}
