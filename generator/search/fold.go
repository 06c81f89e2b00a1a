package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s as the index and the queries compare it: decomposed by
// compatibility (NFKD: "ﬁ" is "fi", a full-width "Ａ" is "A"), in lower
// case, with the letters that do not decompose spelled out ("ß" is "ss",
// "ø" is "o", "ł" is "l", final "ς" is "σ", dotless "ı" is "i"), without
// the accents and points of Latin, Greek, Cyrillic, Hebrew and Arabic
// (the marks of foldedMarks) nor the Arabic tatweel, and composed again
// (NFC), so that Hangul syllables and Japanese voiced kana stay whole.
//
// search.js folds with the same steps (String.prototype.normalize,
// toLowerCase and the same tables): the two must agree on every input, and
// the tests check that they do.
func Fold(s string) string {
	if isASCII(s) {
		// Normalizing leaves ASCII as it is, and no ASCII letter is
		// spelled out: most text of most timelines costs no more.
		return strings.ToLower(s)
	}
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if spelled, ok := foldedLetters[r]; ok {
			b.WriteString(spelled)
			continue
		}
		if isFoldedMark(r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldedLetters are the lower-case letters that NFKD leaves whole and Fold
// spells as a reader without them would type them. search.js holds the
// same table.
var foldedLetters = map[rune]string{
	'ß': "ss", 'ς': "σ", 'ı': "i", 'ø': "o", 'đ': "d", 'ð': "d", 'ħ': "h",
	'ł': "l", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ŧ': "t", 'ƀ': "b",
}

// foldedMarks are the ranges of the marks Fold drops: the combining
// diacritics (accents, cedillas, the Greek tonos and the Cyrillic breve
// among them), Hebrew points and Arabic vowel marks, with the Arabic
// tatweel, which only stretches a word. The marks of the Indic and South
// East Asian scripts stay: they spell vowels. search.js holds the same
// ranges, so that both sides drop the same marks whatever the Unicode
// version of their tables.
var foldedMarks = [][2]rune{
	{0x0300, 0x036f}, // combining diacritical marks
	{0x0483, 0x0489}, // Cyrillic combining marks
	{0x0591, 0x05bd}, // Hebrew accents and points
	{0x05bf, 0x05bf},
	{0x05c1, 0x05c2},
	{0x05c4, 0x05c5},
	{0x05c7, 0x05c7},
	{0x0610, 0x061a}, // Arabic marks
	{0x0640, 0x0640}, // Arabic tatweel
	{0x064b, 0x065f},
	{0x0670, 0x0670},
	{0x06d6, 0x06dc},
	{0x06df, 0x06e4},
	{0x06e7, 0x06e8},
	{0x06ea, 0x06ed},
	{0x1ab0, 0x1aff}, // combining diacritical marks extended
	{0x1dc0, 0x1dff}, // combining diacritical marks supplement
	{0x20d0, 0x20ff}, // combining marks for symbols
	{0xfe20, 0xfe2f}, // combining half marks
}

// isFoldedMark reports whether Fold drops r.
func isFoldedMark(r rune) bool {
	if r < foldedMarks[0][0] {
		return false
	}
	for _, m := range foldedMarks {
		if r >= m[0] && r <= m[1] {
			return true
		}
	}
	return false
}

// unspaced are the ranges of the scripts written without spaces between
// words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar): a run of them is
// indexed by its pairs of characters. search.js holds the same ranges.
var unspaced = [][2]rune{
	{0x0e00, 0x0eff},   // Thai, Lao
	{0x1000, 0x109f},   // Myanmar
	{0x1780, 0x17ff},   // Khmer
	{0x3005, 0x3007},   // 々 〆 〇
	{0x3040, 0x30ff},   // Hiragana, Katakana (with ー)
	{0x31f0, 0x31ff},   // Katakana phonetic extensions
	{0x3400, 0x4dbf},   // CJK extension A
	{0x4e00, 0x9fff},   // CJK unified ideographs
	{0xf900, 0xfaff},   // CJK compatibility ideographs
	{0x20000, 0x3ffff}, // CJK extensions B and later
}

// isUnspaced reports whether r belongs to a script written without spaces.
func isUnspaced(r rune) bool {
	if r < unspaced[0][0] {
		return false
	}
	for _, u := range unspaced {
		if r >= u[0] && r <= u[1] {
			return true
		}
	}
	return false
}

// isWordRune reports whether r is part of a word: a letter, a mark or a
// number. Anything else separates words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r)
}

// Terms returns the terms the index holds for text, in order, repeats
// included: the words of its folded text and, for a run of a script
// written without spaces, each pair of neighbouring characters and the
// run's last character alone, so that any one character typed finds it
// as a prefix.
func Terms(text string) []string {
	var terms []string
	eachSegment(Fold(text), func(seg string, unspacedRun bool) {
		_, size := utf8.DecodeLastRuneInString(seg)
		if !unspacedRun || size == len(seg) {
			terms = append(terms, seg)
			return
		}
		terms = append(appendPairs(terms, seg), seg[len(seg)-size:])
	})
	return terms
}

// appendPairs appends the pairs of neighbouring characters of run, which
// has two or more.
func appendPairs(terms []string, run string) []string {
	_, size := utf8.DecodeRuneInString(run)
	for start, mid := 0, size; mid < len(run); {
		_, next := utf8.DecodeRuneInString(run[mid:])
		terms = append(terms, run[start:mid+next])
		start, mid = mid, mid+next
	}
	return terms
}

// eachSegment calls fn with each word of folded text, split further where
// it passes between a script written with spaces and one without. A mark
// belongs with the character before it.
func eachSegment(folded string, fn func(seg string, unspacedRun bool)) {
	start, inWord, wasUnspaced := 0, false, false
	for i, r := range folded {
		word := isWordRune(r)
		u := word && isUnspaced(r)
		if inWord && word && unicode.IsMark(r) {
			u = wasUnspaced
		}
		if inWord && (!word || u != wasUnspaced) {
			fn(folded[start:i], wasUnspaced)
			inWord = false
		}
		if word && !inWord {
			start, inWord = i, true
		}
		wasUnspaced = u
	}
	if inWord {
		fn(folded[start:], wasUnspaced)
	}
}
