package load

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/tomlpos"
)

// tomlFile is one TOML file being decoded, with what is needed to report
// errors at their place in it.
type tomlFile struct {
	path string // as shown to the user
	src  string
	// readable is false for a file over the size limit or not UTF-8.
	readable bool
	// index is built when an error first needs the place of a key: most
	// files have none.
	index *tomlpos.Index
	errs  content.ContentErrors
}

func newTOMLFile(path string, data []byte) *tomlFile {
	f := &tomlFile{path: path}
	switch {
	case len(data) > fsutil.MaxFileSize:
		f.errorf(0, 0, "file is %d bytes, over the 1 MiB limit: split it or shorten the body", len(data))
	case !utf8.Valid(data):
		line, col := tomlpos.InvalidUTF8(data)
		f.errorf(line, col, "invalid UTF-8: save the file as UTF-8")
	default:
		f.src, f.readable = string(data), true
	}
	return f
}

// positions returns the index of the places of the file's keys.
func (f *tomlFile) positions() *tomlpos.Index {
	if f.index == nil {
		f.index = tomlpos.New(f.src)
	}
	return f.index
}

func (f *tomlFile) errorf(line, col int, format string, args ...any) {
	f.errs = append(f.errs, &content.Error{Path: f.path, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// keyErrorf reports an error at a key (entry counts arrays of tables), or
// at the header of the table of that name.
func (f *tomlFile) keyErrorf(key string, entry int, format string, args ...any) {
	pos := f.positions().Key(key, entry)
	if pos.Line == 0 {
		if line := f.positions().Table(key, entry); line > 0 {
			pos = tomlpos.Position{Line: line, Col: 1}
		}
	}
	f.errorf(pos.Line, pos.Col, format, args...)
}

// valueErrorf reports an error at a key's value.
func (f *tomlFile) valueErrorf(key string, entry int, format string, args ...any) {
	pos := f.positions().Key(key, entry)
	f.errorf(pos.Line, pos.ValueCol, format, args...)
}

// missingf reports a required key that is absent: at the header of its
// table, or at the top of the file.
func (f *tomlFile) missingf(table string, entry int, format string, args ...any) {
	line, col := 1, 1
	if table != "" {
		line = f.positions().Table(table, entry)
	}
	if line == 0 {
		// An inline table, such as sources = [{…}], stands at its key.
		pos := f.positions().Key(table, 0)
		line, col = pos.Line, pos.ValueCol
	}
	f.errorf(line, col, format, args...)
}

var decodeErrorLine = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// decode decodes the file into v and checks that every key it holds is one
// of known (dotted paths, exact case). It reports whether decoding worked.
func (f *tomlFile) decode(v any, known []string) bool {
	if !f.readable {
		return false
	}
	md, err := toml.Decode(f.src, v)
	if err != nil {
		f.decodeError(err)
		return false
	}
	entries := map[string]int{}
	var unknown []string // reported keys: the keys of such a table are not reported again
	for _, key := range md.Keys() {
		path := key.String()
		table, name := "", path
		if i := strings.LastIndex(path, "."); i >= 0 {
			table, name = path[:i], path[i+1:]
		}
		if len(key) == 1 {
			entries[path]++
		}
		if contains(known, path) || inTable(unknown, path) {
			continue
		}
		unknown = append(unknown, path)
		entry := max(entries[table]-1, 0)
		if len(key) == 1 {
			entry = entries[path] - 1 // the nth [[header]] of an array of tables
		}
		if exact := matchFold(known, path); exact != "" {
			if want := exact[strings.LastIndex(exact, ".")+1:]; want != name {
				f.keyErrorf(path, entry, "unknown key %q: keys are case-sensitive; write %q", name, want)
			}
			// Otherwise only the table's name differs, and its own error
			// says so.
			continue
		}
		f.keyErrorf(path, entry, "unknown key %q: known keys here are %s", name, knownIn(known, table))
	}
	return true
}

func (f *tomlFile) decodeError(err error) {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		// The parser's Line and Col disagree with each other at the start
		// and end of a line; its byte offset is exact, so place the error
		// by that (the parser skips a leading byte order mark).
		line, col := 0, 0
		if perr.Position.Line >= 1 {
			start := perr.Position.Start
			if strings.HasPrefix(f.src, "\ufeff") {
				start += len("\ufeff")
			}
			line, col = tomlpos.Offset(f.src, start)
		}
		msg := perr.Message
		if perr.Usage != "" {
			msg += ": " + strings.TrimSpace(perr.Usage)
		}
		f.errorf(line, col, "%s", oneLine(msg))
		return
	}
	m := decodeErrorLine.FindStringSubmatch(err.Error())
	if m == nil {
		f.errorf(0, 0, "%s", oneLine(strings.TrimPrefix(err.Error(), "toml: ")))
		return
	}
	line, _ := strconv.Atoi(m[1])
	col := 1
	for _, pos := range f.positions().Keys(tomlpos.NormalizeKey(m[2])) {
		if pos.Line == line {
			col = pos.ValueCol
		}
	}
	msg := m[3]
	if strings.HasPrefix(msg, "incompatible types") {
		msg = fmt.Sprintf("%q has the wrong type (%s)", m[2], msg)
	}
	f.errorf(line, col, "%s", msg)
}

// oneLine puts a message of the TOML decoder on one line, as every content
// error is: the decoder quotes the input as it is, newlines and control
// characters too, and its usage notes span lines.
func oneLine(msg string) string {
	msg = strings.Join(strings.Fields(msg), " ")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return utf8.RuneError
		}
		return r
	}, msg)
}

// contains reports whether the dotted key path s is one of list, where a
// segment "*" of an entry stands for any one segment ("languages.*.title").
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s || strings.Contains(x, "*") && matchSegments(x, s) {
			return true
		}
	}
	return false
}

// matchSegments reports whether the dotted path s matches pattern, segment
// by segment, "*" matching any one.
func matchSegments(pattern, s string) bool {
	p, k := strings.Split(pattern, "."), strings.Split(s, ".")
	if len(p) != len(k) {
		return false
	}
	for i := range p {
		if p[i] != "*" && p[i] != k[i] {
			return false
		}
	}
	return true
}

// inTable reports whether the dotted key path lies inside one of tables.
func inTable(tables []string, path string) bool {
	for _, t := range tables {
		if strings.HasPrefix(path, t+".") {
			return true
		}
	}
	return false
}

func matchFold(list []string, s string) string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return x
		}
	}
	return ""
}

// knownIn lists the known keys directly inside table, for error messages.
func knownIn(known []string, table string) string {
	var names []string
	for _, k := range known {
		t, name := "", k
		if i := strings.LastIndex(k, "."); i >= 0 {
			t, name = k[:i], k[i+1:]
		}
		if (t == table || strings.Contains(t, "*") && matchSegments(t, table)) && name != "*" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
