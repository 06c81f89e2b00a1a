package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inline holds the elements that do not break a line of text.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Del: true, atom.Dfn: true, atom.Em: true, atom.Font: true,
	atom.I: true, atom.Ins: true, atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true,
	atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true, atom.Wbr: true,
}

// plainText returns the text of an HTML fragment as one line: tags
// removed, entities decoded, white space collapsed, and the content of
// scripts, styles and embedded objects left out. It also counts the
// links the text loses.
func plainText(fragment string) (text string, links int) {
	if !strings.ContainsAny(fragment, "<&") {
		return collapse(fragment), 0
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		return collapse(fragment), 0
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if _, ok := dropped[n.DataAtom]; ok {
				return
			}
			if href, ok := attr(n, "href"); ok && n.DataAtom == atom.A && strings.TrimSpace(href) != "" {
				links++
			}
			if !inline[n.DataAtom] {
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return collapse(b.String()), links
}

// plain is plainText without the count of links.
func plain(fragment string) string {
	text, _ := plainText(fragment)
	return text
}

// collapse trims s and joins its words with single spaces.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// cut shortens text to at most limit characters, at a space where there
// is one, ending it with "…".
func cut(text string, limit int) string {
	if utf8.RuneCountInString(text) <= limit {
		return text
	}
	runes := []rune(text)[:limit-1]
	s := string(runes)
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:") + "…"
}

// shortSentence is the length under which a first sentence takes the
// second one with it into a summary.
const shortSentence = 60

// firstSentences returns the first sentence of a plain text, or the first
// two when the first is short, within the summary's limit.
func firstSentences(text string) string {
	end := sentenceEnd(text, 0)
	if end < len(text) && utf8.RuneCountInString(text[:end]) < shortSentence {
		end = sentenceEnd(text, end)
	}
	return cut(strings.TrimSpace(text[:end]), maxSummary)
}

// firstSentence returns the first sentence of a plain text, as a title.
func firstSentence(text string) string {
	return cut(strings.TrimSpace(text[:sentenceEnd(text, 0)]), maxDerivedTitle)
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true, "ft": true,
	"gen": true, "lt": true, "ltgen": true, "col": true, "maj": true, "capt": true, "sgt": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "jr": true, "sr": true, "vs": true,
	"fig": true, "inc": true, "co": true, "corp": true, "ltd": true, "e.g": true, "i.e": true, "cf": true,
	"u.s": true, "u.k": true, "u.n": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "ca": true,
	"c": true,
}

// sentenceEnd returns the byte offset just past the sentence of text that
// starts at from: past its closing mark (. ! ? …, with any closing quotes
// and brackets) when a space or the end follows, or the end of the text.
// A full stop after an abbreviation ("Dr.", "U.S.") or an initial ("J.")
// ends no sentence.
func sentenceEnd(text string, from int) int {
	for i := from; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch r {
		case '。', '！', '？':
			return i
		case '.', '!', '?', '…':
		default:
			continue
		}
		end := i
		for end < len(text) {
			next, size := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(".!?…\"'”’»)]", next) {
				break
			}
			end += size
		}
		if end < len(text) && text[end] != ' ' {
			continue
		}
		if r == '.' && abbreviation(text[from:i-1]) {
			continue
		}
		return end
	}
	return len(text)
}

// abbreviation reports whether the last word of s is an abbreviation or
// an initial, so that a full stop after it ends no sentence.
func abbreviation(s string) bool {
	word := s[strings.LastIndexByte(s, ' ')+1:]
	word = strings.TrimLeft(word, "(\"'“‘")
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
}
