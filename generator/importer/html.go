package importer

import (
	"net/url"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markdown converts the HTML of TimelineJS texts and TimelineSetter cards
// to the Markdown our event bodies hold: CommonMark with GFM tables and
// strikethrough, the dialect the site renders. Built once; the converter
// is safe for concurrent use.
var markdown = converter.NewConverter(converter.WithPlugins(
	base.NewBasePlugin(),
	commonmark.NewCommonmarkPlugin(),
	strikethrough.NewStrikethroughPlugin(),
	table.NewTablePlugin(),
))

// dropped names the elements whose content an event cannot hold, with
// what a message calls them. The converter would drop most of them too;
// removing them first lets the import say so.
var dropped = map[atom.Atom]string{
	atom.Script: "a script", atom.Noscript: "a script", atom.Style: "a style sheet",
	atom.Iframe: "an embedded frame", atom.Frame: "an embedded frame", atom.Frameset: "an embedded frame",
	atom.Object: "an embedded object", atom.Embed: "an embedded object", atom.Applet: "an embedded object",
	atom.Video: "a video", atom.Audio: "a sound", atom.Canvas: "a canvas", atom.Svg: "a drawing (svg)",
	atom.Form: "a form", atom.Input: "a form", atom.Button: "a form", atom.Select: "a form", atom.Textarea: "a form",
	atom.Template: "a template",
}

// toMarkdown converts an HTML fragment to Markdown with no raw HTML left:
// scripts, styles, frames and embedded objects are removed, as are links
// and images whose URL is not a web, mail or relative address
// (javascript: and the like); event handlers and other attributes go with
// the conversion. It returns what it removed, for a message, each once.
func toMarkdown(fragment string) (string, []string) {
	if strings.TrimSpace(fragment) == "" {
		return "", nil
	}
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil { // html.Parse fails only on a failing reader
		return "", nil
	}
	var removed []string
	note := func(what string) {
		for _, r := range removed {
			if r == what {
				return
			}
		}
		removed = append(removed, what)
	}
	sanitize(doc, note)
	md, err := markdown.ConvertNode(doc)
	if err != nil {
		return "", removed
	}
	return strings.TrimSpace(string(md)), removed
}

// sanitize removes from the tree under n what toMarkdown must not carry,
// calling note with what it removed.
func sanitize(n *html.Node, note func(string)) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if what, ok := dropped[c.DataAtom]; ok {
				n.RemoveChild(c)
				note(what)
				c = next
				continue
			}
			switch c.DataAtom {
			case atom.A:
				if href, ok := attr(c, "href"); ok && !safeURL(href) {
					note("a " + scheme(href) + " link")
					unwrap(c)
				}
			case atom.Img:
				if src, _ := attr(c, "src"); !safeURL(src) || strings.TrimSpace(src) == "" {
					n.RemoveChild(c)
					if src != "" {
						note("an image with a " + scheme(src) + " address")
					}
					c = next
					continue
				}
			}
		}
		sanitize(c, note)
		c = next
	}
}

// unwrap replaces the element n by its children.
func unwrap(n *html.Node) {
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
	}
	n.Parent.RemoveChild(n)
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// safeURL reports whether u is an http, https, mailto or tel URL, or a
// relative one. Browsers ignore control characters and spaces inside a
// scheme ("java\tscript:"), so a URL that does not parse is unsafe.
func safeURL(u string) bool {
	parsed, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return false
	}
	switch strings.ToLower(parsed.Scheme) {
	case "", "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// scheme names the scheme of an unsafe URL for a message, as "javascript:".
func scheme(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.IndexByte(u, ':'); i > 0 && i < 20 {
		return strings.ToLower(u[:i+1])
	}
	return "malformed"
}

// webURL reports whether u is an absolute http or https URL.
func webURL(u string) bool {
	parsed, err := url.Parse(u)
	return err == nil && (parsed.Scheme == "http" || parsed.Scheme == "https") && parsed.Host != ""
}
