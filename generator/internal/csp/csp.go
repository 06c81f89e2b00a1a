// Package csp writes the Content-Security-Policy of a page: nothing from any
// other origin, and no inline code but the page's own, each allowed by the
// sha256 of its text.
package csp

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"slices"
	"strings"
	"sync"
)

// cspStart begins the Content-Security-Policy meta element Set writes.
var cspStart = []byte(`<meta http-equiv="Content-Security-Policy" content="`)

// inlineBlocks returns the contents of the inline scripts (a <script>
// without src) and style sheets of a page. It reads the page once, in
// linear time: pages can be large, and every page of a build passes here.
func inlineBlocks(page []byte) (scripts, styles [][]byte) {
	for i := 0; i < len(page); {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			break
		}
		start := i + lt
		name := ""
		for _, n := range []string{"script", "style"} {
			if end := start + 1 + len(n); end < len(page) && bytes.EqualFold(page[start+1:end], []byte(n)) && isTagNameEnd(page[end]) {
				name = n
			}
		}
		if name == "" {
			i = start + 1
			continue
		}
		tagEnd := startTagEnd(page, start)
		if tagEnd < 0 {
			break
		}
		close := indexFold(page[tagEnd:], "</"+name)
		if close < 0 {
			break
		}
		content := page[tagEnd : tagEnd+close]
		switch {
		case name == "style":
			styles = append(styles, content)
		case !hasSrc(page[start:tagEnd]):
			scripts = append(scripts, content)
		}
		i = tagEnd + close
	}
	return scripts, styles
}

func isTagNameEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// startTagEnd returns the index just after the '>' that ends the start tag
// at page[start], skipping quoted attribute values, or -1.
func startTagEnd(page []byte, start int) int {
	quote := byte(0)
	for i := start + 1; i < len(page); i++ {
		switch c := page[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return -1
}

// hasSrc reports whether a start tag has a src attribute.
func hasSrc(tag []byte) bool {
	for i := 1; i+4 <= len(tag); i++ {
		if bytes.EqualFold(tag[i:i+3], []byte("src")) && isTagNameEnd(tag[i-1]) && (tag[i+3] == '=' || isTagNameEnd(tag[i+3])) {
			return true
		}
	}
	return false
}

// indexFold is bytes.Index ignoring ASCII case in s, which is lower-case.
func indexFold(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(s) <= len(b) && bytes.EqualFold(b[i:i+len(s)], []byte(s)) {
			return i
		}
	}
	return -1
}

// Set returns the HTML page with a Content-Security-Policy meta element
// that allows nothing from any other origin and no inline code but the
// inline scripts and style sheets the page holds now, each by the sha256
// of its exact text; it replaces the element an earlier call wrote. Inline
// event handlers and style attributes stay blocked. Images may come from
// the site's own folder or data: URLs. Extra directives, such as
// "connect-src 'self'", are added as they are, but for a script-src, whose
// sources join the inline scripts' hashes.
//
// The element goes right after <meta charset>, or first in <head>, so that
// it governs every script and style of the page. Call Set on the final,
// minified page: a hash covers every byte.
func Set(page []byte, extra ...string) []byte {
	return SetOwned(slices.Clip(page), extra...)
}

// SetOwned is Set for a page the caller gives up: it writes the element
// into page's spare capacity when it has enough, instead of copying it.
func SetOwned(page []byte, extra ...string) []byte {
	if i := bytes.Index(page, cspStart); i >= 0 {
		if end := bytes.IndexByte(page[i+len(cspStart):], '>'); end >= 0 {
			page = append(page[:i:i], page[i+len(cspStart)+end+1:]...)
		}
	}
	inlineScripts, inlineStyles := inlineBlocks(page)
	scripts, styles := hashes(inlineScripts), hashes(inlineStyles)
	directives := []string{"default-src 'none'"}
	// An extra script-src adds its sources to the hashes': a policy
	// heeds only the first directive of a name.
	var rest []string
	for _, d := range extra {
		if sources, ok := strings.CutPrefix(d, "script-src "); ok {
			scripts = append(strings.Fields(sources), scripts...)
		} else {
			rest = append(rest, d)
		}
	}
	extra = rest
	if len(scripts) > 0 {
		directives = append(directives, "script-src "+strings.Join(scripts, " "))
	}
	if len(styles) > 0 {
		directives = append(directives, "style-src "+strings.Join(styles, " "))
	}
	directives = append(directives, "img-src 'self' data:", "base-uri 'none'", "form-action 'none'")
	directives = append(directives, extra...)
	meta := append(slices.Clip(cspStart), strings.Join(directives, "; ")+`">`...)

	at := -1
	head := page[:min(len(page), 1024)]
	if i := indexFold(head, "<meta charset"); i >= 0 {
		if end := bytes.IndexByte(page[i:], '>'); end >= 0 {
			at = i + end + 1
		}
	} else if i := indexFold(head, "<head"); i >= 0 {
		if end := bytes.IndexByte(page[i:], '>'); end >= 0 {
			at = i + end + 1
		}
	}
	if at < 0 {
		return page
	}
	return slices.Insert(page, at, meta...)
}

// hashes returns the CSP sources that allow each of blocks, once each.
func hashes(blocks [][]byte) []string {
	var sources []string
	for _, block := range blocks {
		source := blockSources.source(block)
		if !slices.Contains(sources, source) {
			sources = append(sources, source)
		}
	}
	return sources
}

// blockSources remembers the CSP sources of the inline blocks seen last:
// every page of a site holds the same style sheet and script, and looking
// them up costs a fraction of hashing them again.
var blockSources = &sourceCache{sources: map[string]string{}}

// sourceCache maps inline blocks to their CSP sources. It forgets them all
// when it holds maxCachedBlocks, so that a long dev session with many
// versions of a page's script does not keep them all.
type sourceCache struct {
	mu      sync.Mutex
	sources map[string]string
}

const maxCachedBlocks = 64

func (c *sourceCache) source(block []byte) string {
	c.mu.Lock()
	source, ok := c.sources[string(block)]
	c.mu.Unlock()
	if ok {
		return source
	}
	sum := sha256.Sum256(block)
	source = "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.sources) >= maxCachedBlocks {
		clear(c.sources)
	}
	c.sources[string(block)] = source
	return source
}
