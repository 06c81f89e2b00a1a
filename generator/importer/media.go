package importer

import (
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// media converts the media of a slide: a URL stays remote, a path is
// kept to be copied from beside the imported file; caption, credit and
// alt text become plain text, cut to the lengths the generator takes.
// title is the event's, the alt text of last resort for an image.
func (r *reader) media(where string, m slideMedia, title string) []Media {
	if m.thumbnail != "" {
		r.fieldNote(where, "thumbnail", "dropped: the site makes its own thumbnails")
	}
	src := strings.TrimSpace(m.url)
	caption := r.limited(where, "caption", "a caption", r.mediaText(where, "caption", m.caption), maxCaption)
	credit := r.limited(where, "credit", "a credit", r.mediaText(where, "credit", m.credit), maxCredit)
	if src == "" {
		if caption != "" || credit != "" {
			r.fieldNote(where, "media", "empty: the media's caption and credit are dropped with it")
		}
		return nil
	}
	if strings.HasPrefix(src, "<") {
		embedded := embedSource(src)
		if embedded == "" {
			r.fieldNote(where, "media", "is HTML with no web address: dropped; give the media's URL instead")
			return nil
		}
		r.fieldNote(where, "media", "is HTML: only its address, %s, is kept", embedded)
		src = embedded
	}
	if strings.HasPrefix(src, "//") {
		src = "https:" + src
	}
	switch {
	case webURL(src):
		if tooLongURL(src) {
			r.fieldNote(where, "media", "is %d characters long, over the %d an address may have: dropped", utf8.RuneCountInString(src), maxURL)
			return nil
		}
	case urlScheme(src) != "":
		r.fieldNote(where, "media", "a %s: address is dropped: give a web address or a file beside the imported one", urlScheme(src))
		return nil
	case isWindowsPath(src) || !filepath.IsLocal(filepath.FromSlash(src)):
		r.fieldNote(where, "media", "%s is outside the folder of the imported file: dropped; put the file beside it", src)
		return nil
	}
	out := Media{Src: src, Caption: caption, Credit: credit, Alt: r.limited(where, "alt", "an alt text", plain(m.alt), maxAlt), at: r.at(where, "media")}
	switch {
	case m.link == "":
	case !webURL(m.link):
		r.fieldNote(where, "link", "%q is not a web address: dropped", m.link)
	case tooLongURL(m.link):
		r.fieldNote(where, "link", "is %d characters long, over the %d an address may have: dropped", utf8.RuneCountInString(m.link), maxURL)
	default:
		out.Link = m.link
	}
	if out.Alt == "" && isImage(src) {
		if out.Caption != "" {
			out.Alt = cut(out.Caption, maxAlt)
			r.fieldNote(where, "alt", "empty: the image's alt text is its caption; describe the image instead")
		} else {
			out.Alt = title
			r.fieldNote(where, "alt", "empty: the image's alt text is the event's title; describe the image instead")
		}
	}
	return []Media{out}
}

// mediaText returns a caption or credit as plain text, with a note when
// it loses links.
func (r *reader) mediaText(where, field, fragment string) string {
	text, links := plainText(fragment)
	if links > 0 {
		r.fieldNote(where, field, "its link is dropped: captions and credits are plain text")
	}
	return text
}

// urlScheme returns the scheme of an absolute URL, lower case, as the
// generator tells a URL from a path: a scheme of one letter is a Windows
// drive; "" for a path.
func urlScheme(src string) string {
	u, err := url.Parse(src)
	if err != nil || len(u.Scheme) < 2 {
		return ""
	}
	return u.Scheme
}

// embedSource returns the web address an embed snippet (an <iframe>, or a
// <blockquote> with a link, as TimelineJS takes them) shows, or "".
func embedSource(fragment string) string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		return ""
	}
	var found string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != "" || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		for _, key := range []string{"src", "href"} {
			if v, ok := attr(n, key); ok && webURL(strings.TrimSpace(v)) {
				found = strings.TrimSpace(v)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return found
}

// isWindowsPath reports whether p starts with a drive letter, as C:\x.
func isWindowsPath(p string) bool {
	return len(p) >= 2 && p[1] == ':' && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z')
}
