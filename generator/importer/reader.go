package importer

import (
	"fmt"
	"strings"
)

// reader holds what every format's reader shares: the file's name for
// messages, the site being read, and how the format names its fields.
type reader struct {
	file string
	site *Site
	// names maps a field (the keys of sheetNames and jsonNames) to its
	// name in the file.
	names map[string]string
	// json tells that a field's name goes into the place of a message
	// ("events[3].media.thumbnail") rather than before its text.
	json bool
}

// note records a message about the entry at where.
func (r *reader) note(where, format string, args ...any) {
	r.site.Messages = append(r.site.Messages, Message{File: r.file, Where: where, Text: fmt.Sprintf(format, args...)})
}

// skip records that the entry at where is left out, and why.
func (r *reader) skip(where, format string, args ...any) {
	r.note(where, format, args...)
	r.site.Skipped++
}

// place is where a message about one field of an entry goes: a JSON
// path ("events[3].media.url"), or a row number with the column's name
// before the text ("12" and "Media: ").
type place struct {
	where, prefix string
}

// message returns the message of text at the place.
func (pl place) message(file, text string) Message {
	return Message{File: file, Where: pl.where, Text: pl.prefix + text}
}

// at returns the place of field in the entry at where.
func (r *reader) at(where, field string) place {
	name := r.names[field]
	if r.json {
		return place{where: where + "." + name}
	}
	return place{where: where, prefix: name + ": "}
}

// fieldNote records a message about one field of the entry at where:
// "FILE:12: Media Thumbnail: text" for a sheet,
// "FILE:events[3].media.thumbnail: text" for JSON.
func (r *reader) fieldNote(where, field, format string, args ...any) {
	r.site.Messages = append(r.site.Messages, r.at(where, field).message(r.file, fmt.Sprintf(format, args...)))
}

// fieldSkip is fieldNote for a field that makes the entry left out.
func (r *reader) fieldSkip(where, field, format string, args ...any) {
	r.fieldNote(where, field, format, args...)
	r.site.Skipped++
}

// normalizeHeader reduces a column name to lower-case letters and digits,
// so that "End Year", "end_year" and "ENDYEAR" match.
func normalizeHeader(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, name)
}

// listWords joins words as a sentence does: "a", "a and b", "a, b and c".
func listWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
