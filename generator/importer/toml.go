package importer

import (
	"fmt"
	"strings"
)

// basicString returns s as a TOML basic string: quoted, with quotes and
// backslashes escaped and every control character as \uXXXX.
func basicString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// multilineString returns s, a text of lines, as a TOML multi-line string
// that decodes to s with a final newline: a literal string (”'), which
// keeps Markdown's backslashes as they are, when s allows one, else a
// basic string (""") with backslashes, control characters and every
// third quote of a run escaped, so that no content ends it early.
func multilineString(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	if literalSafe(s) {
		return "'''\n" + s + "'''"
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString("\"\"\"\n")
	quotes := 0
	for _, r := range s {
		if r == '"' {
			quotes++
			if quotes%3 == 0 {
				b.WriteString(`\"`)
				continue
			}
			b.WriteByte('"')
			continue
		}
		quotes = 0
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(`"""`)
	return b.String()
}

// literalSafe reports whether s can be a multi-line literal string: no
// ”' in it and no control character but tab and newline.
func literalSafe(s string) bool {
	if strings.Contains(s, "'''") {
		return false
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f {
			return false
		}
	}
	return true
}

// tomlWriter writes key = value lines with the keys of a table aligned.
type tomlWriter struct {
	b     strings.Builder
	width int // the width keys are padded to
}

// table starts a table (an [[array]] entry) whose keys are padded to width.
func (w *tomlWriter) table(header string, width int) {
	w.b.WriteString("\n" + header + "\n")
	w.width = width
}

// str writes key = "value", unless value is empty.
func (w *tomlWriter) str(key, value string) {
	if value != "" {
		w.raw(key, basicString(value))
	}
}

// raw writes key = value as given.
func (w *tomlWriter) raw(key, value string) {
	fmt.Fprintf(&w.b, "%-*s = %s\n", w.width, key, value)
}

// eventTOML returns the event file of e, with the given category id, its
// keys in the order of the event file's contract.
func eventTOML(e *Event, category string) []byte {
	w := &tomlWriter{width: len("category")}
	w.str("title", e.Title)
	w.str("date", e.Date.EDTF())
	if e.End != nil {
		w.str("end", e.End.EDTF())
	}
	if e.Ongoing {
		w.raw("ongoing", "true")
	}
	w.str("display", e.Display)
	w.str("summary", e.Summary)
	w.str("category", category)
	if e.Body != "" {
		w.b.WriteString("body = " + multilineString(e.Body) + "\n")
	}
	for _, s := range e.Sources {
		w.table("[[sources]]", len("title"))
		w.str("title", s.Title)
		w.str("url", s.URL)
	}
	for _, m := range e.Media {
		w.table("[[media]]", len("caption"))
		w.str("src", m.Src)
		w.str("alt", m.Alt)
		w.str("caption", m.Caption)
		w.str("credit", m.Credit)
		w.str("link", m.Link)
	}
	return []byte(w.b.String())
}

// categoriesTOML returns the [[categories]] tables of cats.
func categoriesTOML(w *tomlWriter, cats []Category) {
	for _, c := range cats {
		w.table("[[categories]]", len("label"))
		w.str("id", c.ID)
		w.str("label", c.Label)
	}
}

// erasTOML returns the [[eras]] tables of eras.
func erasTOML(w *tomlWriter, eras []Era) {
	for _, e := range eras {
		w.table("[[eras]]", len("label"))
		w.str("label", e.Label)
		w.str("date", e.Date.EDTF())
		w.str("end", e.End.EDTF())
	}
}
