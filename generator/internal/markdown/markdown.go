// Package markdown renders event bodies: CommonMark with GFM tables,
// strikethrough and autolinks, typographic quotes and dashes; raw HTML
// omitted and dangerous links shown as their text.
package markdown

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Renderer renders event bodies. Raw HTML is omitted and dangerous links
// are dropped (goldmark's safe defaults stay on). A body that goldmark
// would take quadratic time over (see tooComplex) is shown as plain
// paragraphs instead. It is safe for concurrent use.
type Renderer struct {
	md goldmark.Markdown
}

// New returns a Renderer.
func New() *Renderer {
	return &Renderer{md: goldmark.New(
		goldmark.WithExtensions(
			extension.Table,
			extension.Strikethrough,
			extension.Linkify,
			extension.Typographer,
		),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(textOfDangerousLinks{}, 1000))),
	)}
}

// Render returns body as minified HTML twice: for the event's own page, where body
// headings start at h2 under the page's h1, and for the timeline, where
// they start at h4 under the event's h3. Both are the same unless the body
// has headings.
func (m *Renderer) Render(body string) (page, list template.HTML) {
	if tooComplex(body) {
		page = plainParagraphs(body)
		return page, page
	}
	src := []byte(body)
	doc := m.md.Parser().Parse(text.NewReader(src))
	var headings []*ast.Heading
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			headings = append(headings, h)
		}
		return ast.WalkContinue, nil
	})
	shift := func(by int) {
		for _, h := range headings {
			h.Level = min(h.Level+by, 6)
		}
	}
	// The HTML of a body is about its size; the room beyond spares the
	// buffer from growing and the minifier from copying it.
	buf := new(htmlBuffer)
	buf.Grow(2*len(src) + 64)
	shift(1)
	_ = m.md.Renderer().Render(buf, src, doc)
	page = minify.HTML(buf.Bytes())
	if len(headings) == 0 {
		return page, page
	}
	buf.Reset()
	shift(2)
	_ = m.md.Renderer().Render(buf, src, doc)
	return page, minify.HTML(buf.Bytes())
}

// htmlBuffer is a bytes.Buffer that goldmark's renderer writes into as it
// is: it wraps any writer without Buffered and Flush methods in a
// bufio.Writer of its own, for every body.
type htmlBuffer struct{ bytes.Buffer }

// Buffered returns 0: nothing waits to be written.
func (*htmlBuffer) Buffered() int { return 0 }

// Flush does nothing: every write is in the buffer already.
func (*htmlBuffer) Flush() error { return nil }

// The limits of what a body may hold to be rendered as Markdown. goldmark
// takes time quadratic in the number of delimiters and brackets of a
// paragraph (unmatched emphasis), in their number times the length of the
// line when they open unclosed links or code spans, in the number of lines
// of a block quote, and in the depth of the containers that open on one
// line ("> > > …", "- - - …"). Real bodies stay far below these limits;
// with them, the worst body of the 1 MiB a file may hold renders in a small
// fraction of a second.
const (
	// maxMarkup is the most characters of markupChars in a body.
	maxMarkup = 4000
	// maxMarkupScan bounds the sum, over the paragraphs of a body, of
	// their markup characters times their length.
	maxMarkupScan = 50_000_000
	// maxLines is the most lines in a body.
	maxLines = 5000
	// maxLinePrefix is the longest run of container markers and spaces
	// that may start a line.
	maxLinePrefix = 32
)

const (
	markupChars    = "*_~[]<>`'\""
	containerChars = " \t>-+*.)0123456789"
)

// isMarkup and isContainer tell the bytes of markupChars and
// containerChars: tooComplex looks at every byte of every body.
var isMarkup, isContainer = byteSet(markupChars), byteSet(containerChars)

func byteSet(chars string) (set [256]bool) {
	for i := range len(chars) {
		set[chars[i]] = true
	}
	return set
}

// tooComplex reports whether body is over the limits goldmark renders in
// bounded time.
func tooComplex(body string) bool {
	if strings.Count(body, "\n") >= maxLines {
		return true
	}
	markup, scan := 0, 0
	for para := range strings.SplitSeq(body, "\n\n") {
		n := 0
		for i := range len(para) {
			if isMarkup[para[i]] {
				n++
			}
		}
		markup, scan = markup+n, scan+n*len(para)
		if markup > maxMarkup || scan > maxMarkupScan {
			return true
		}
	}
	for line := range strings.Lines(body) {
		prefix := 0
		for prefix < len(line) && isContainer[line[prefix]] {
			prefix++
		}
		if prefix > maxLinePrefix {
			return true
		}
	}
	return false
}

// plainParagraphs renders body as text in paragraphs, one for each run of
// lines between blank lines, minified. It escapes only what text content
// needs, '&' and '<', as the minifier would.
func plainParagraphs(body string) template.HTML {
	escape := strings.NewReplacer("&", "&amp;", "<", "&lt;")
	var b strings.Builder
	for _, para := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if para = strings.TrimSpace(para); para != "" {
			b.WriteString("<p>" + escape.Replace(strings.Join(strings.Fields(para), " ")) + "</p>")
		}
	}
	return template.HTML(b.String())
}

// textOfDangerousLinks replaces every link and image whose address goldmark
// drops (javascript:, vbscript:, file:, data: but for images) with its
// text: a link without its address would still look like a link, and
// lead nowhere.
type textOfDangerousLinks struct{}

// Transform implements parser.ASTTransformer.
func (textOfDangerousLinks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	var dangerous []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest []byte
		switch n := n.(type) {
		case *ast.Link:
			dest = n.Destination
		case *ast.Image:
			dest = n.Destination
		case *ast.AutoLink:
			dest = n.URL(reader.Source())
		default:
			return ast.WalkContinue, nil
		}
		if html.IsDangerousURL(util.URLEscape(dest, true)) {
			dangerous = append(dangerous, n)
		}
		return ast.WalkContinue, nil
	})
	for _, n := range dangerous {
		parent := n.Parent()
		if auto, ok := n.(*ast.AutoLink); ok {
			parent.ReplaceChild(parent, n, ast.NewString(auto.Label(reader.Source())))
			continue
		}
		for child := n.FirstChild(); child != nil; child = n.FirstChild() {
			parent.InsertBefore(parent, n, child)
		}
		parent.RemoveChild(parent, n)
	}
}
