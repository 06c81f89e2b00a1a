package generator

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/natomongolia/timeline/layouts"
)

// layoutSet reads layout files: a site's own layouts/ folder first, then the
// defaults embedded in the binary.
type layoutSet struct {
	siteDir string
}

// read returns the named layout file and the path it came from, for errors.
func (l layoutSet) read(name string) ([]byte, string, error) {
	path := filepath.Join(l.siteDir, "layouts", name)
	if _, err := os.Lstat(path); err == nil {
		data, err := readInside(l.siteDir, path)
		if err != nil {
			return nil, "", &Error{Path: displayPath(path), Msg: err.Error()}
		}
		return data, displayPath(path), nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", err
	}
	data, err := layouts.FS.ReadFile(name)
	if err != nil {
		return nil, "", fmt.Errorf("layout %s: %w", name, err)
	}
	return data, "layouts/" + name + " (built in)", nil
}

// page parses the base layout, the partials and the named page layout into
// one template whose entry point is "base".
func (l layoutSet) page(name string) (*template.Template, error) {
	return l.parse(name, "base.html", "partials.html", name)
}

// standalone parses the partials and the named layout, which defines
// "base" itself: a page without the site's header and footer.
func (l layoutSet) standalone(name string) (*template.Template, error) {
	return l.parse(name, "partials.html", name)
}

// parse parses the layout files into one template named after the page.
func (l layoutSet) parse(name string, files ...string) (*template.Template, error) {
	t := template.New("page:" + name)
	for _, file := range files {
		data, path, err := l.read(file)
		if err != nil {
			return nil, err
		}
		if _, err := t.New(file).Parse(string(data)); err != nil {
			return nil, templateError(path, err)
		}
	}
	return t, nil
}

var templateErrorPlace = regexp.MustCompile(`^template: [^:]*:(\d+):(?:(\d+):)? ?(.*)$`)

// templateError turns a template parse or execution error into an Error
// at the line the template package names.
func templateError(path string, err error) *Error {
	m := templateErrorPlace.FindStringSubmatch(err.Error())
	if m == nil {
		return &Error{Path: path, Msg: err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	return &Error{Path: path, Line: line, Col: col, Msg: m[3]}
}

// text returns a layout file that is not a template (the CSS and the JS).
func (l layoutSet) text(name string) (string, error) {
	data, _, err := l.read(name)
	return string(data), err
}

// minified returns a style sheet or script layout minified, for pages to
// inline: the page minifier leaves inline CSS and JS as they are.
func (l layoutSet) minified(name string) (string, error) {
	data, path, err := l.read(name)
	if err != nil {
		return "", err
	}
	min, err := minifyFile(name, data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return string(min), nil
}
