// Package tomlpos finds where keys stand in a TOML file, for errors that
// name their line and column: BurntSushi/toml keeps key positions private.
package tomlpos

import (
	"strings"
	"unicode/utf8"
)

// Position is where a key stands in a TOML file: the line and column of the
// key and the column of its value, all 1-based; zero when unknown.
type Position struct {
	Line, Col, ValueCol int
	entry               int // which entry of its array of tables holds the key
}

// Index finds the lines of keys in a TOML document. BurntSushi/toml keeps
// key positions private, so the index reads the text itself: it knows table
// headers, array-of-table headers and multi-line strings, which is all the
// structure event and config files use.
type Index struct {
	keys map[string][]Position // by dotted path, array tables without index
	// tables lists the header line of each table by dotted path.
	tables map[string][]int
}

// New reads the places of the keys and tables of the TOML document src.
func New(src string) *Index {
	idx := &Index{keys: map[string][]Position{}, tables: map[string][]int{}}
	table, entry := "", 0
	inMultiline := "" // the delimiter of the open multi-line string
	for n, line := range strings.Split(src, "\n") {
		lineNo := n + 1
		if inMultiline != "" {
			if strings.Count(line, inMultiline)%2 == 1 {
				inMultiline = ""
			}
			continue
		}
		if n == 0 && strings.HasPrefix(line, "\ufeff") {
			// A byte order mark takes three bytes of indentation: columns
			// count bytes, as go/token does.
			line = "   " + line[len("\ufeff"):]
		}
		trimmed := strings.TrimLeft(line, " \t")
		indent := len(line) - len(trimmed)
		switch {
		case trimmed == "" || trimmed[0] == '#':
			continue
		case strings.HasPrefix(trimmed, "[["):
			if end := strings.Index(trimmed, "]]"); end > 0 {
				table = NormalizeKey(trimmed[2:end])
				idx.tables[table] = append(idx.tables[table], lineNo)
				entry = len(idx.tables[table]) - 1
			}
			continue
		case trimmed[0] == '[':
			if end := strings.Index(trimmed, "]"); end > 0 {
				table, entry = NormalizeKey(trimmed[1:end]), 0
				idx.tables[table] = append(idx.tables[table], lineNo)
			}
			continue
		}
		eq := keyEnd(trimmed)
		if eq < 0 {
			continue
		}
		key := NormalizeKey(trimmed[:eq])
		if table != "" {
			key = table + "." + key
		}
		rest := trimmed[eq+1:]
		value := strings.TrimLeft(rest, " \t")
		valueCol := indent + eq + 1 + (len(rest) - len(value)) + 1
		idx.keys[key] = append(idx.keys[key], Position{Line: lineNo, Col: indent + 1, ValueCol: valueCol, entry: entry})
		for _, delim := range []string{`"""`, `'''`} {
			if strings.HasPrefix(value, delim) && strings.Count(value, delim)%2 == 1 {
				inMultiline = delim
			}
		}
	}
	return idx
}

// keyEnd returns the index of the '=' that ends the key at the start of
// line, skipping quoted keys, or -1.
func keyEnd(line string) int {
	quote := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '=':
			return i
		}
	}
	return -1
}

// NormalizeKey turns a written key such as ` "a" . b ` into "a.b".
func NormalizeKey(key string) string {
	parts := strings.Split(key, ".")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if len(p) >= 2 && (p[0] == '"' || p[0] == '\'') && p[len(p)-1] == p[0] {
			p = p[1 : len(p)-1]
		}
		parts[i] = p
	}
	return strings.Join(parts, ".")
}

// Key returns the position of the dotted key path in the given entry of its
// array of tables (0 outside arrays of tables), or the zero position. A key
// whose case differs counts too: TOML decoding matches names
// case-insensitively.
func (idx *Index) Key(path string, entry int) Position {
	positions, ok := idx.keys[path]
	if !ok {
		// The first written, when several names differ only in case.
		for name, list := range idx.keys {
			if strings.EqualFold(name, path) && (positions == nil || list[0].Line < positions[0].Line) {
				positions = list
			}
		}
	}
	for _, pos := range positions {
		if pos.entry == entry {
			return pos
		}
	}
	return Position{}
}

// Table returns the header line of the nth table with the dotted path, or 0.
// A header whose case differs counts too: TOML decoding matches names
// case-insensitively.
func (idx *Index) Table(path string, n int) int {
	list, ok := idx.tables[path]
	if !ok {
		// The first written, when several names differ only in case.
		for name, lines := range idx.tables {
			if strings.EqualFold(name, path) && (list == nil || lines[0] < list[0]) {
				list = lines
			}
		}
	}
	if n < len(list) {
		return list[n]
	}
	return 0
}

// Keys returns the positions of the dotted key path, in every entry of its
// arrays of tables, in the order they are written.
func (idx *Index) Keys(path string) []Position { return idx.keys[path] }

// Offset returns the 1-based line and byte column of the byte at offset in
// src, as go/token counts them.
func Offset(src string, offset int) (line, col int) {
	offset = min(max(offset, 0), len(src))
	before := src[:offset]
	return strings.Count(before, "\n") + 1, offset - strings.LastIndex(before, "\n")
}

// InvalidUTF8 returns the line and byte column of the first byte of data
// that is not valid UTF-8.
func InvalidUTF8(data []byte) (line, col int) {
	offset := 0
	for offset < len(data) {
		r, size := utf8.DecodeRune(data[offset:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		offset += size
	}
	return Offset(string(data), offset)
}

// Element returns the 1-based line and byte column of the nth value
// (from 0) of the array that is the value of the key at pos, in src:
// where an error about one tag of tags = ["a", "b"] points. It reports
// false when the value is not an array of that many values.
func Element(src string, pos Position, n int) (line, col int, ok bool) {
	if pos.Line == 0 {
		return 0, 0, false
	}
	start := 0
	for range pos.Line - 1 {
		next := strings.IndexByte(src[start:], '\n')
		if next < 0 {
			return 0, 0, false
		}
		start += next + 1
	}
	at := start + pos.ValueCol - 1
	if at >= len(src) || src[at] != '[' {
		return 0, 0, false
	}
	for i, count := at+1, 0; i < len(src); {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == ']':
			return 0, 0, false
		default:
			if count == n {
				line, col := Offset(src, i)
				return line, col, true
			}
			count++
			i = valueEnd(src, i)
		}
	}
	return 0, 0, false
}

// valueEnd returns the offset just after the value that starts at i in
// src: a string of any of TOML's four kinds, or anything else up to the
// next separator.
func valueEnd(src string, i int) int {
	for _, delim := range []string{`"""`, `'''`} {
		if strings.HasPrefix(src[i:], delim) {
			for j := i + 3; j < len(src); j++ {
				switch {
				case delim[0] == '"' && src[j] == '\\':
					j++
				case strings.HasPrefix(src[j:], delim):
					// Up to two quotes before the closing three are the
					// string's own.
					k := j + 3
					for k < len(src) && k < j+5 && src[k] == delim[0] {
						k++
					}
					return k
				}
			}
			return len(src)
		}
	}
	if q := src[i]; q == '"' || q == '\'' {
		for j := i + 1; j < len(src); j++ {
			switch {
			case q == '"' && src[j] == '\\':
				j++
			case src[j] == q || src[j] == '\n':
				return j + 1
			}
		}
		return len(src)
	}
	for j := i; j < len(src); j++ {
		if c := src[j]; c == ',' || c == ']' || c == '#' || c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			return j
		}
	}
	return len(src)
}
