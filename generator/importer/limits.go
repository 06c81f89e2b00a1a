package importer

import (
	"strings"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/internal/fsutil"
)

// The longest values the generator takes (load/event.go, load/media.go
// and load/config.go), in characters: a longer one fails "timeline
// check", so the import cuts it, or drops it when it is an address.
const (
	maxTitle   = 500 // a title, an era's label, a source's title
	maxSummary = 2000
	maxDisplay = 200
	maxAlt     = 1000
	maxCaption = 1000
	maxCredit  = 300
	maxURL     = 2000 // a media src or link, a source URL
	// maxDerivedTitle bounds a title the import makes from a text, which
	// should read as a headline.
	maxDerivedTitle = 120
)

// maxEventFile is the largest event file the generator reads, in bytes.
const maxEventFile = fsutil.MaxFileSize

// limited returns the plain text of a field cut to limit characters,
// with a note when it had to be cut; what names the field in the note
// ("a title").
func (r *reader) limited(where, field, what, text string, limit int) string {
	short := cut(text, limit)
	if short != text {
		r.fieldNote(where, field, "is %d characters long: cut to the %d %s may have", utf8.RuneCountInString(text), limit, what)
	}
	return short
}

// tooLongURL reports whether an address is longer than the generator
// takes.
func tooLongURL(u string) bool {
	return utf8.RuneCountInString(u) > maxURL
}

// cutMarkdown returns the start of a Markdown text of at most n bytes,
// ended at a paragraph's end where one is in its second half, else at a
// line's end or a space, and never inside a character.
func cutMarkdown(md string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(md) <= n {
		return md
	}
	for n > 0 && !utf8.RuneStart(md[n]) {
		n--
	}
	head := md[:n]
	for _, sep := range []string{"\n\n", "\n", " "} {
		if i := strings.LastIndex(head, sep); i > len(head)/2 {
			return strings.TrimRight(head[:i], " \n")
		}
	}
	return head
}
