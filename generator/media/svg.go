package media

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The XML namespaces an SVG uses.
const (
	svgNS   = "http://www.w3.org/2000/svg"
	xlinkNS = "http://www.w3.org/1999/xlink"
	xmlNS   = "http://www.w3.org/XML/1998/namespace"
)

// SanitizeSVG returns the SVG drawing name holding data, rewritten from a
// parse of its XML so that it can run nothing and load nothing, whether it
// is shown by an <img> or opened by itself: only drawing elements are kept
// (no <script>, <foreignObject>, <iframe> or elements of other
// namespaces, such as an editor's), no on* attribute, no href but a
// fragment of the drawing (#id) or, on <image>, a data: raster image, no
// url() to another file and no @import in styles, no animation of an
// href, no comments, processing instructions or DOCTYPE. A DOCTYPE that
// declares entities is refused (their expansion is the "billion laughs"
// attack), and so is XML that is not well-formed or not UTF-8.
//
// The Image has one variant, named "<stem>-<hash8>.svg", and the
// drawing's intrinsic size from its width and height attributes or, for
// what they leave out, its viewBox; zero when it declares none.
func SanitizeSVG(name string, data []byte) (*Image, error) {
	if !isSVG(data) {
		return nil, fmt.Errorf("src %q is not an SVG drawing: an .svg file is XML whose first element is <svg>", name)
	}
	s := svgWriter{}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, svgError(name, err)
		}
		if err := s.token(tok); err != nil {
			return nil, fmt.Errorf("src %q: %w", name, err)
		}
	}
	if s.root == nil {
		return nil, fmt.Errorf("src %q is not an SVG drawing: it has no <svg> element", name)
	}
	out := s.b.Bytes()
	w, h := intrinsicSize(s.root)
	return &Image{Width: w, Height: h, Type: svgFormat.mime, Variants: []Variant{
		{Width: w, Height: h, Name: stem(name) + "-" + hash8(out) + ".svg", Data: out},
	}}, nil
}

// svgError explains an error of the XML decoder.
func svgError(name string, err error) error {
	var syntax *xml.SyntaxError
	if errors.As(err, &syntax) {
		if strings.Contains(syntax.Msg, "entity") {
			return fmt.Errorf("src %q, line %d: %s: an SVG may use only the XML entities &lt; &gt; &amp; &quot; &apos; and numeric ones (&#160;)", name, syntax.Line, syntax.Msg)
		}
		return fmt.Errorf("src %q, line %d: the SVG is not well-formed XML: %s", name, syntax.Line, syntax.Msg)
	}
	if strings.Contains(err.Error(), "CharsetReader") {
		return fmt.Errorf("src %q: the SVG is not in UTF-8: save it as UTF-8", name)
	}
	return fmt.Errorf("src %q: the SVG is not well-formed XML: %v", name, err)
}

// svgWriter writes the kept tokens of an SVG.
type svgWriter struct {
	b     bytes.Buffer
	root  *xml.StartElement
	open  []string // the kept elements not yet closed
	skip  int      // >0: the depth inside a dropped element
	style *strings.Builder
	// pending is set while the last start tag still lacks its ">", so
	// that an element without content is written as <x/>.
	pending bool
}

// token writes tok, or what is safe of it.
func (s *svgWriter) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		if s.skip > 0 || s.style != nil {
			s.skip++
			return nil
		}
		if s.root == nil {
			if t.Name.Local != "svg" || (t.Name.Space != svgNS && t.Name.Space != "") {
				return fmt.Errorf("not an SVG drawing: its root element is <%s>, not <svg>", t.Name.Local)
			}
			root := t.Copy()
			s.root = &root
		} else if len(s.open) == 0 || !keepElement(t) {
			// Not a drawing element, or a second root.
			s.skip = 1
			return nil
		}
		s.startTag(t)
	case xml.EndElement:
		if s.skip > 0 {
			s.skip--
			return nil
		}
		s.endTag()
	case xml.CharData:
		switch {
		case s.skip > 0 || len(s.open) == 0:
		case s.style != nil:
			s.style.Write(t)
		default:
			s.close()
			escape(&s.b, string(t), false)
		}
	case xml.Directive:
		if bytes.Contains(t, []byte("<!ENTITY")) || bytes.Contains(t, []byte("[")) {
			return errors.New("the SVG has a DOCTYPE that declares entities, which is refused (the billion laughs attack expands them a billionfold): remove the DOCTYPE")
		}
	}
	return nil // comments and processing instructions are dropped
}

// startTag writes the start tag of a kept element with its safe
// attributes.
func (s *svgWriter) startTag(t xml.StartElement) {
	s.close()
	s.b.WriteString("<" + t.Name.Local)
	if len(s.open) == 0 {
		s.b.WriteString(` xmlns="` + svgNS + `" xmlns:xlink="` + xlinkNS + `"`)
	}
	for _, a := range t.Attr {
		name, value, ok := safeAttr(t.Name.Local, a)
		if !ok {
			continue
		}
		s.b.WriteString(" " + name + `="`)
		escape(&s.b, value, true)
		s.b.WriteByte('"')
	}
	s.open = append(s.open, t.Name.Local)
	s.pending = true
	if t.Name.Local == "style" {
		s.style = &strings.Builder{}
	}
}

// endTag closes the innermost kept element.
func (s *svgWriter) endTag() {
	name := s.open[len(s.open)-1]
	s.open = s.open[:len(s.open)-1]
	if s.style != nil {
		if css := sanitizeCSS(s.style.String()); strings.TrimSpace(css) != "" {
			s.close()
			escape(&s.b, css, false)
		}
		s.style = nil
	}
	if s.pending {
		s.b.WriteString("/>")
		s.pending = false
		return
	}
	s.b.WriteString("</" + name + ">")
}

// close ends a start tag still open.
func (s *svgWriter) close() {
	if s.pending {
		s.b.WriteByte('>')
		s.pending = false
	}
}

// escape writes s with the characters XML reserves replaced by
// references; in an attribute value also quotes and line breaks.
func escape(b *bytes.Buffer, s string, attr bool) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case attr && r == '"':
			b.WriteString("&quot;")
		case attr && (r == '\n' || r == '\r' || r == '\t'):
			fmt.Fprintf(b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
}
