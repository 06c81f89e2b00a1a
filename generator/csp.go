package generator

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"slices"
	"strings"
)

// inlineBlock finds the inline scripts and style sheets of a page: a
// <script> without src, or a <style>, and its content. Attribute values
// are matched whole, so a '>' inside one does not end the tag.
var inlineBlock = regexp.MustCompile(`(?is)<(script|style)((?:\s+[^\s=>]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)\s*>(.*?)</(?:script|style)\s*>`)

// cspMeta finds a Content-Security-Policy meta element that SetCSP wrote.
var cspMeta = regexp.MustCompile(`(?i)<meta http-equiv="?Content-Security-Policy"? content="[^"]*">`)

var scriptSrc = regexp.MustCompile(`(?i)\ssrc\s*=`)

// SetCSP returns the HTML page with a Content-Security-Policy meta element
// that allows nothing from any other origin and no inline code but the
// inline scripts and style sheets the page holds now, each by the sha256
// of its exact text; it replaces the element an earlier call wrote. Inline
// event handlers and style attributes stay blocked. Images may come from
// the site's own folder or data: URLs. Extra directives, such as
// "connect-src 'self'", are added as they are.
//
// The element goes right after <meta charset>, or first in <head>, so that
// it governs every script and style of the page. Call SetCSP on the final,
// minified page: a hash covers every byte.
func SetCSP(page []byte, extra ...string) []byte {
	page = cspMeta.ReplaceAll(page, nil)
	var scripts, styles []string
	for _, m := range inlineBlock.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[3])
		source := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		switch strings.ToLower(string(m[1])) {
		case "script":
			if !scriptSrc.Match(m[2]) && !slices.Contains(scripts, source) {
				scripts = append(scripts, source)
			}
		case "style":
			if !slices.Contains(styles, source) {
				styles = append(styles, source)
			}
		}
	}
	directives := []string{"default-src 'none'"}
	if len(scripts) > 0 {
		directives = append(directives, "script-src "+strings.Join(scripts, " "))
	}
	if len(styles) > 0 {
		directives = append(directives, "style-src "+strings.Join(styles, " "))
	}
	directives = append(directives, "img-src 'self' data:", "base-uri 'none'", "form-action 'none'")
	directives = append(directives, extra...)
	meta := []byte(`<meta http-equiv="Content-Security-Policy" content="` + strings.Join(directives, "; ") + `">`)

	at := -1
	lower := bytes.ToLower(page)
	if i := bytes.Index(lower, []byte("<meta charset")); i >= 0 {
		if end := bytes.IndexByte(page[i:], '>'); end >= 0 {
			at = i + end + 1
		}
	} else if i := bytes.Index(lower, []byte("<head")); i >= 0 {
		if end := bytes.IndexByte(page[i:], '>'); end >= 0 {
			at = i + end + 1
		}
	}
	if at < 0 {
		return page
	}
	out := make([]byte, 0, len(page)+len(meta))
	out = append(out, page[:at]...)
	out = append(out, meta...)
	return append(out, page[at:]...)
}
