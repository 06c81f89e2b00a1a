// Package pattern reads and writes CLDR date format patterns (Unicode
// Technical Standard #35, part 4, "Date Format Patterns"): runs of one ASCII
// letter are fields ("MMMM" is the wide month), everything else is literal
// text, and text between apostrophes is literal even when it holds letters
// ("'de'"); two apostrophes stand for one.
//
// Both the locale package (to render dates) and its data generator (to check
// and adjust CLDR's patterns) use it.
package pattern

import "strings"

// Item is one piece of a pattern: a field when Letter is not 0, otherwise
// literal text.
type Item struct {
	Letter byte   // the field's pattern letter ('G', 'y', 'M', 'L', 'd', …); 0 for text
	Width  int    // how many times the letter repeats
	Text   string // the literal text, quotes resolved; empty for a field
}

// Parse splits a pattern into items. Adjacent literal pieces are merged, so
// "d 'de' MMMM" gives the field d, the text " de ", the field MMMM. An
// apostrophe left open quotes the rest of the pattern, as ICU reads it.
func Parse(p string) []Item {
	var items []Item
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			items = append(items, Item{Text: text.String()})
			text.Reset()
		}
	}
	inQuote := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\'':
			if i+1 < len(p) && p[i+1] == '\'' {
				text.WriteByte('\'')
				i++
			} else {
				inQuote = !inQuote
			}
		case !inQuote && isLetter(c):
			flush()
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			items = append(items, Item{Letter: c, Width: j - i})
			i = j - 1
		default:
			text.WriteByte(c)
		}
	}
	flush()
	return items
}

// String writes items back as a pattern, quoting literal text that holds
// ASCII letters or apostrophes, so that Parse(String(items)) gives items back.
func String(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		if it.Letter != 0 {
			b.WriteString(strings.Repeat(string(it.Letter), it.Width))
			continue
		}
		b.WriteString(quote(it.Text))
	}
	return b.String()
}

// quote returns literal text in pattern syntax: runs holding ASCII letters
// are put between apostrophes, an apostrophe is doubled.
func quote(s string) string {
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			b.WriteString("''")
		case isLetter(c):
			if !inQuote {
				b.WriteByte('\'')
				inQuote = true
			}
			b.WriteByte(c)
		default:
			if inQuote {
				b.WriteByte('\'')
				inQuote = false
			}
			b.WriteByte(c)
		}
	}
	if inQuote {
		b.WriteByte('\'')
	}
	return b.String()
}

// Split cuts an interval pattern where its second date begins: before the
// first field that has already appeared ("MMMM – MMMM y" gives "MMMM – " and
// "MMMM y"), the rule of UTS #35. A stand-alone month (L) is the same field
// as a month (M), so Persian "LLLL تا MMMM y G" splits before MMMM; ICU
// compares letters and would not split it. When no field repeats, second is
// empty.
func Split(items []Item) (first, second []Item) {
	var seen [128]bool
	for i, it := range items {
		if it.Letter == 0 {
			continue
		}
		c := skeletonLetter(it.Letter)
		if seen[c] {
			return items[:i], items[i:]
		}
		seen[c] = true
	}
	return items, nil
}

// Fields returns the widths of the fields of items by letter, counting
// stand-alone months (L) as months (M), the way CLDR skeletons do.
func Fields(items []Item) map[byte]int {
	w := make(map[byte]int)
	for _, it := range items {
		if it.Letter != 0 {
			w[skeletonLetter(it.Letter)] = it.Width
		}
	}
	return w
}

// skeletonLetter is the letter a pattern field has in a skeleton.
func skeletonLetter(c byte) byte {
	if c == 'L' {
		return 'M'
	}
	return c
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
