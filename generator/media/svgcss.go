package media

import (
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// sanitizeCSS returns the style sheet or declarations s with everything
// that could fetch another file or run code taken out: @import rules are
// dropped, url() that is not a fragment of this document (#id) or a data:
// raster image becomes none, and so does every function that takes a URL
// without url() (image-set) or whose name is written with escapes. It
// works on tokens of tdewolff/parse's CSS lexer, as a browser reads them,
// so that comments and escapes cannot hide a url(.
func sanitizeCSS(s string) string {
	l := css.NewLexer(parse.NewInputString(s))
	var b strings.Builder
	for {
		tt, data := l.Next()
		switch tt {
		case css.ErrorToken:
			return b.String()
		case css.CommentToken:
			continue
		case css.AtKeywordToken:
			if name := strings.ToLower(string(data)); name == "@import" || strings.Contains(name, `\`) {
				skipRule(l)
				continue
			}
		case css.URLToken:
			if safeURL(urlTarget(string(data))) {
				break
			}
			b.WriteString("none")
			continue
		case css.BadURLToken:
			b.WriteString("none")
			continue
		case css.FunctionToken:
			name := strings.ToLower(string(data))
			if strings.Contains(name, `\`) || strings.HasSuffix(name, "image-set(") || name == "expression(" {
				skipArguments(l)
				b.WriteString("none")
				continue
			}
		}
		b.Write(data)
	}
}

// skipRule consumes tokens up to the end of an at-rule without a block.
func skipRule(l *css.Lexer) {
	for {
		switch tt, _ := l.Next(); tt {
		case css.SemicolonToken, css.ErrorToken:
			return
		}
	}
}

// skipArguments consumes a function's arguments and its closing bracket.
func skipArguments(l *css.Lexer) {
	for depth := 1; depth > 0; {
		switch tt, _ := l.Next(); tt {
		case css.FunctionToken, css.LeftParenthesisToken:
			depth++
		case css.RightParenthesisToken:
			depth--
		case css.ErrorToken:
			return
		}
	}
}

// urlTarget returns the address inside a url() token.
func urlTarget(token string) string {
	open, end := strings.IndexByte(token, '('), strings.LastIndexByte(token, ')')
	if end < open {
		end = len(token)
	}
	target := strings.TrimSpace(token[open+1 : end])
	if len(target) >= 2 && (target[0] == '"' || target[0] == '\'') && target[len(target)-1] == target[0] {
		target = target[1 : len(target)-1]
	}
	return target
}

// safeURL reports whether a reference in an SVG loads nothing from
// elsewhere: a fragment of this document (#id) or a data: PNG, JPEG, GIF
// or WebP image. A reference written with escapes is not safe.
func safeURL(u string) bool {
	u = strings.TrimSpace(u)
	if strings.ContainsAny(u, "\\\t\n\r") {
		return false
	}
	return strings.HasPrefix(u, "#") || dataImage(u)
}

// dataImage reports whether u is a data: URL of a raster image.
func dataImage(u string) bool {
	u = strings.ToLower(u)
	for _, t := range []string{"png", "jpeg", "gif", "webp"} {
		p := "data:image/" + t
		if strings.HasPrefix(u, p) && len(u) > len(p) && (u[len(p)] == ';' || u[len(p)] == ',') {
			return true
		}
	}
	return false
}
