package generator

import (
	"bytes"
	"html/template"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// markdown renders event bodies: CommonMark with GFM tables, strikethrough
// and autolinks, typographic quotes and dashes. Raw HTML is omitted and
// dangerous links are dropped (goldmark's safe defaults stay on). It is safe
// for concurrent use.
type markdown struct {
	md goldmark.Markdown
}

func newMarkdown() *markdown {
	return &markdown{md: goldmark.New(goldmark.WithExtensions(
		extension.Table,
		extension.Strikethrough,
		extension.Linkify,
		extension.Typographer,
	))}
}

// render returns body as HTML twice: for the event's own page, where body
// headings start at h2 under the page's h1, and for the timeline, where
// they start at h4 under the event's h3. Both are the same unless the body
// has headings.
func (m *markdown) render(body string) (page, list template.HTML) {
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
	var buf bytes.Buffer
	shift(1)
	_ = m.md.Renderer().Render(&buf, src, doc)
	page = template.HTML(buf.String())
	if len(headings) == 0 {
		return page, page
	}
	buf.Reset()
	shift(2)
	_ = m.md.Renderer().Render(&buf, src, doc)
	return page, template.HTML(buf.String())
}

// safeURL returns raw when it is an http, https or mailto URL or a relative
// reference, and "" for anything else (javascript:, data:, vbscript:…).
func safeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto", "":
		if u.Scheme == "" && u.Opaque != "" {
			return ""
		}
		return raw
	}
	return ""
}
