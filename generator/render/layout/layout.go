// Package layout reads and runs a site's layouts: Go html/template files,
// the site's own in its layouts/ folder first, then the defaults embedded
// in the binary. Templates are parsed once as written, so that errors name
// their lines, and once minified, so that pages need no minifying after.
package layout

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/natomongolia/timeline/layouts"
)

// Set reads layout files: a site's own layouts/ folder first, then the
// defaults embedded in the binary.
type Set struct {
	siteDir string
	// parsed keeps the layouts parsed and minified across builds whose
	// layouts do not change between them; nil parses them afresh.
	parsed *Parsed
	// words are the words of the interface in one language (see Words).
	words Words
}

// Words are the words of a site's interface in one language, for its
// templates: the functions they call (Funcs), and the calls whose result
// is the same on every page (Static), which are put in their place in
// the template's text before it is parsed, so that pages neither call
// them nor carry quotes the minifier would otherwise drop. Lang names the
// language.
type Words struct {
	Lang  string
	Funcs template.FuncMap
	// Static returns the text of a call of the function name with the
	// arguments given as literal strings, escaped for HTML, and whether
	// the call's result is the same on every page.
	Static func(name string, args []string) (string, bool)
}

// NewSet returns the layouts of the site in siteDir, in the words given.
// Parsed, when not nil, keeps them parsed for the next builds with the
// same layouts.
func NewSet(siteDir string, parsed *Parsed, words Words) Set {
	return Set{siteDir: siteDir, parsed: parsed, words: words}
}

// staticCall is a call of a function with literal string arguments alone:
// {{t "id"}}, {{plurals "id" "name"}}.
var staticCall = regexp.MustCompile(`\{\{\s*([a-z]+)((?:\s+"[^"\\{}\n]*")+)\s*\}\}`)

var literal = regexp.MustCompile(`"([^"]*)"`)

// resolve puts the text of every call of a template whose result is the
// same on every page in its place.
func (w Words) resolve(src []byte) []byte {
	if w.Static == nil {
		return src
	}
	return staticCall.ReplaceAllFunc(src, func(call []byte) []byte {
		m := staticCall.FindSubmatch(call)
		var args []string
		for _, a := range literal.FindAllSubmatch(m[2], -1) {
			args = append(args, string(a[1]))
		}
		if text, ok := w.Static(string(m[1]), args); ok && !strings.ContainsAny(text, "\n{}") {
			return []byte(text)
		}
		return call
	})
}

// Parsed holds the page layouts and the minified style sheets and scripts
// read so far, by the name of the page or file. It is safe for concurrent
// use.
type Parsed struct {
	digest   [sha256.Size]byte
	mu       sync.Mutex
	pages    map[string]*Page
	minified map[string]string
}

// NewParsed returns an empty Parsed for layouts of the given digest (see
// Digest).
func NewParsed(digest [sha256.Size]byte) *Parsed {
	return &Parsed{digest: digest, pages: map[string]*Page{}, minified: map[string]string{}}
}

// Digest returns the digest of the layouts p holds.
func (p *Parsed) Digest() [sha256.Size]byte { return p.digest }

// memo returns what the parsed layouts hold under key in m, or makes it
// with make and keeps it there.
func memo[T any](l Set, m func(*Parsed) map[string]T, key string, make func() (T, error)) (T, error) {
	if l.parsed == nil {
		return make()
	}
	l.parsed.mu.Lock()
	defer l.parsed.mu.Unlock()
	if v, ok := m(l.parsed)[key]; ok {
		return v, nil
	}
	v, err := make()
	if err == nil {
		m(l.parsed)[key] = v
	}
	return v, err
}

func pagesOf(p *Parsed) map[string]*Page     { return p.pages }
func minifiedOf(p *Parsed) map[string]string { return p.minified }

// read returns the named layout file and the path it came from, for errors.
func (l Set) read(name string) ([]byte, string, error) {
	path := filepath.Join(l.siteDir, content.LayoutsDir, name)
	if _, err := os.Lstat(path); err == nil {
		data, err := fsutil.ReadInside(l.siteDir, path)
		if err != nil {
			return nil, "", &content.Error{Path: fsutil.DisplayPath(path), Msg: err.Error()}
		}
		return data, fsutil.DisplayPath(path), nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", err
	}
	data, err := layouts.FS.ReadFile(name)
	if err != nil {
		return nil, "", fmt.Errorf("layout %s: %w", name, err)
	}
	return data, "layouts/" + name + " (built in)", nil
}

// Page is a page's layout, parsed twice: as its files are written,
// so that errors name their lines, and minified, to render pages that need
// no minifying afterwards. Values the templates insert keep html/template's
// escaping.
type Page struct {
	written *template.Template
	// minified is nil when the minifier cannot keep the layout's meaning
	// (it no longer parses): pages are then minified once rendered.
	minified *template.Template
	// fields holds the names of the fields and methods the page's
	// templates read, from "base" down (see fieldsRead).
	fields map[string]bool
	// lastSize is the size of the page rendered last, for the next to
	// start with a buffer of about its size instead of growing one.
	lastSize atomic.Int64
	// paths holds the path each of the page's files came from, as errors
	// show it, by the file's name.
	paths map[string]string
}

// Reads reports whether the page's templates read a field or method of
// one of these names, on any value.
func (p *Page) Reads(names ...string) bool {
	for _, name := range names {
		if p.fields[name] {
			return true
		}
	}
	return false
}

// cspRoom is the room a page's buffer keeps for its
// Content-Security-Policy, added once it is rendered.
const cspRoom = 512

// Page parses the base layout, the partials and the named page layout into
// one template whose entry point is "base".
func (l Set) Page(name string) (*Page, error) {
	return memo(l, pagesOf, l.words.Lang+":"+name, func() (*Page, error) {
		return l.parse(name, "base.html", "partials.html", name)
	})
}

// Standalone parses the partials and the named layout, which defines
// "base" itself: a page without the site's header and footer.
func (l Set) Standalone(name string) (*Page, error) {
	return memo(l, pagesOf, l.words.Lang+":standalone:"+name, func() (*Page, error) {
		return l.parse(name, "partials.html", name)
	})
}

// parse parses the layout files into one template named after the page.
func (l Set) parse(name string, files ...string) (*Page, error) {
	written := template.New("page:" + name).Funcs(l.words.Funcs)
	minified := template.New("page:" + name).Funcs(l.words.Funcs)
	paths := map[string]string{}
	for _, file := range files {
		data, path, err := l.read(file)
		if err != nil {
			return nil, err
		}
		paths[file] = path
		data = l.words.resolve(data)
		if _, err := written.New(file).Parse(string(data)); err != nil {
			return nil, templateError(path, err)
		}
		if minified == nil {
			continue
		}
		if min, err := minify.Template(data); err != nil {
			minified = nil
		} else if _, err := minified.New(file).Parse(string(min)); err != nil {
			minified = nil
		}
	}
	return &Page{written: written, minified: minified, fields: fieldsRead(written, "base"), paths: paths}, nil
}

// Execute renders a page, minified.
func (p *Page) Execute(data any) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(p.lastSize.Load()) + cspRoom)
	defer func() { p.lastSize.Store(int64(buf.Len())) }()
	if p.minified == nil {
		if err := p.written.ExecuteTemplate(&buf, "base", data); err != nil {
			return nil, p.runError(err)
		}
		return minify.OwnFile("page.html", buf.Bytes())
	}
	if err := p.minified.ExecuteTemplate(&buf, "base", data); err != nil {
		// The error names a line of the minified layout: the layout as
		// written fails the same way, at its own line.
		if werr := p.written.ExecuteTemplate(io.Discard, "base", data); werr != nil {
			err = werr
		}
		return nil, p.runError(err)
	}
	return buf.Bytes(), nil
}

var runErrorPlace = regexp.MustCompile(`^(?:html/)?template: ?([^:]+):(?:(\d+):)?(?:(\d+):)? ?(.*)$`)

// runError turns an error of executing the page's templates into an Error
// at the file and line it names, as the file is written.
func (p *Page) runError(err error) error {
	m := runErrorPlace.FindStringSubmatch(err.Error())
	path, ok := "", false
	if m != nil {
		path, ok = p.paths[m[1]]
	}
	if !ok {
		return fmt.Errorf("layout %s: %w", p.written.Name(), err)
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return &content.Error{Path: path, Line: line, Col: col, Msg: m[4]}
}

var templateErrorPlace = regexp.MustCompile(`^template: [^:]*:(\d+):(?:(\d+):)? ?(.*)$`)

// templateError turns a template parse or execution error into an Error
// at the line the template package names.
func templateError(path string, err error) *content.Error {
	m := templateErrorPlace.FindStringSubmatch(err.Error())
	if m == nil {
		return &content.Error{Path: path, Msg: err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	return &content.Error{Path: path, Line: line, Col: col, Msg: m[3]}
}

// Minified returns a style sheet or script layout minified, for pages to
// inline: the page minifier leaves inline CSS and JS as they are.
func (l Set) Minified(name string) (string, error) {
	return memo(l, minifiedOf, name, func() (string, error) {
		data, path, err := l.read(name)
		if err != nil {
			return "", err
		}
		min, err := minify.File(name, data)
		if err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		return string(min), nil
	})
}

// Unused returns a warning for each file in the site's layouts/
// folder that the generator does not use: a misspelt name would otherwise
// leave the default in place without a word. Editors' files are passed over.
func Unused(siteDir string) content.Warnings {
	dir := filepath.Join(siteDir, content.LayoutsDir)
	var warnings content.Warnings
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		// This repository's own layouts/ is also the Go package that
		// embeds the defaults.
		if err != nil || path == dir || content.IsEditorFile(d.Name()) || filepath.Ext(path) == ".go" {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return nil
		}
		if d.IsDir() {
			warnings = append(warnings, &content.Error{Path: fsutil.DisplayPath(path), Msg: "layouts/ holds no folders: its files are used by name (" + Names() + ")"})
			return fs.SkipDir
		}
		if _, err := fs.Stat(layouts.FS, filepath.ToSlash(rel)); err != nil {
			warnings = append(warnings, &content.Error{Path: fsutil.DisplayPath(path), Msg: "not a layout timeline uses, so it changes nothing: the layouts are " + Names()})
		}
		return nil
	})
	return warnings
}

// Names lists the names of the default layouts, which a site's own
// layouts replace by name.
func Names() string {
	entries, _ := fs.ReadDir(layouts.FS, ".")
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return strings.Join(names, ", ")
}
