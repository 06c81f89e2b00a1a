// Package minify holds the minifiers of a build, built once and shared: a
// *minify.M (tdewolff/minify) is safe for concurrent use once its minifiers are added, so
// every build and every goroutine of a build uses the same ones.
package minify

import (
	"bytes"
	"html/template"
	"path"
	"regexp"
	"strings"
	"sync"

	tdminify "github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// The minifier sets of the process, each built on first use.
var (
	// assetMinifier minifies style sheets, scripts, SVG and XML. JSON is
	// not minified: encoding/json writes it compact already, and the
	// minifier would write integers in exponent form (2000 as 2e3), which
	// programs that decode years into integers refuse.
	assetMinifier = sync.OnceValue(func() *tdminify.M {
		m := tdminify.New()
		m.AddFunc("text/css", css.Minify)
		m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
		m.AddFunc("image/svg+xml", svg.Minify)
		m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
		return m
	})
	// pageMinifier minifies HTML pages and their inline SVG. It has no CSS
	// or JS minifier: the style sheet and scripts a page inlines are
	// minified once per build, not once per page, and pass through as they
	// are.
	pageMinifier = sync.OnceValue(func() *tdminify.M {
		m := tdminify.New()
		// Document and end tags stay: some parsers and hosts rely on them,
		// and they cost little once compressed.
		m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true})
		m.AddFunc("image/svg+xml", svg.Minify)
		return m
	})
)

// templateMinifier minifies HTML layouts before they are parsed: it leaves
// template actions, and attributes that hold them, as they are.
var templateMinifier = sync.OnceValue(func() *tdminify.M {
	m := tdminify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, TemplateDelims: html.GoTemplateDelims})
	return m
})

// Template returns an HTML layout minified.
func Template(layout []byte) ([]byte, error) {
	var buf bytes.Buffer
	err := templateMinifier().Minify("text/html", &buf, input(layout))
	return buf.Bytes(), err
}

// HTML returns a fragment of HTML (a rendered Markdown body, an
// inline SVG) minified, for layouts to insert as it is. The minifier needs
// a NUL after its input and writes it into fragment's spare capacity when
// there is some: fragment must be the caller's own. The minifier only
// fails when its writer does, and a buffer never does.
func HTML(fragment []byte) template.HTML {
	var buf strings.Builder
	buf.Grow(len(fragment))
	if err := pageMinifier().Minify("text/html", &buf, bytes.NewBuffer(fragment)); err != nil {
		return template.HTML(fragment)
	}
	return template.HTML(buf.String())
}

// input returns data as a reader the minifier takes whole: it reads
// any other reader into a buffer that grows as it goes, allocating about
// twice the input. Its capacity is cut to its length so that the minifier,
// which needs a NUL after the input, appends it to one copy instead of
// writing it into data, which other goroutines may be reading.
func input(data []byte) *bytes.Buffer {
	return bytes.NewBuffer(data[:len(data):len(data)])
}

// mediaTypes maps the extensions of generated files to what minifies them.
var mediaTypes = map[string]string{
	".html": "text/html",
	".css":  "text/css",
	".js":   "application/javascript",
	".svg":  "image/svg+xml",
	".xml":  "application/xml",
}

// File returns the minified content of a generated file, chosen by
// the extension of its name; other files come back as they are.
func File(name string, data []byte) ([]byte, error) {
	return generated(name, input(data))
}

// OwnFile is File for data that is the caller's own: the
// minifier writes the NUL it needs after its input into data's spare
// capacity, when it has some, instead of copying data.
func OwnFile(name string, data []byte) ([]byte, error) {
	return generated(name, bytes.NewBuffer(data))
}

// generated minifies input as File does, choosing by name.
func generated(name string, input *bytes.Buffer) ([]byte, error) {
	data := input.Bytes()
	mediaType, ok := mediaTypes[path.Ext(name)]
	if !ok {
		return data, nil
	}
	m := assetMinifier()
	if mediaType == "text/html" {
		m = pageMinifier()
	}
	var buf bytes.Buffer
	buf.Grow(len(data))
	if err := m.Minify(mediaType, &buf, input); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
