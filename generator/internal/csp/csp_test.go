package csp_test

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/csp"
)

// sha returns the CSP source that allows the inline block s.
func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// TestSetCSP checks the policy of small pages: a script with src is not
// hashed, an extra directive is kept, and a second call replaces the first
// policy rather than adding one.
func TestSetCSP(t *testing.T) {
	page := []byte(`<!doctype html><html><head><meta charset=utf-8><style>p{}</style></head><body><script src=x.js></script><script>go()</script></body></html>`)
	once := string(csp.Set(page))
	want := `<meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ` + sha("go()") + `; style-src ` + sha("p{}") + `; img-src 'self' data:; base-uri 'none'; form-action 'none'"><style>`
	if !strings.Contains(once, want) {
		t.Errorf("got %s\nwant it to hold %s", once, want)
	}
	twice := string(csp.Set([]byte(once), "connect-src 'self'"))
	if n := strings.Count(twice, "Content-Security-Policy"); n != 1 {
		t.Errorf("after two calls: %d policies; want 1", n)
	}
	if !strings.Contains(twice, "; connect-src 'self'\">") {
		t.Errorf("the extra directive is missing: %s", twice)
	}
}

// TestSetCSPJoinsScriptSources checks that an extra script-src adds its
// sources to the one script-src directive, before the hashes, and that a
// page without inline scripts gets it alone.
func TestSetCSPJoinsScriptSources(t *testing.T) {
	page := []byte(`<!doctype html><html><head><meta charset=utf-8></head><body><script>go()</script></body></html>`)
	got := string(csp.Set(page, "script-src 'self'", "media-src 'self'"))
	if want := "script-src 'self' " + sha("go()") + ";"; !strings.Contains(got, want) {
		t.Errorf("got %s\nwant it to hold %s", got, want)
	}
	if n := strings.Count(got, "script-src"); n != 1 {
		t.Errorf("%d script-src directives, want 1: %s", n, got)
	}
	if !strings.Contains(got, "; media-src 'self'\">") {
		t.Errorf("the other extra directive is missing: %s", got)
	}
	bare := string(csp.Set([]byte(`<!doctype html><html><head><meta charset=utf-8></head><body></body></html>`), "script-src 'self'"))
	if !strings.Contains(bare, "default-src 'none'; script-src 'self'; img-src") {
		t.Errorf("a page without inline scripts: %s", bare)
	}
}

// TestSetCSPReadsTagsCarefully covers what the scanner of inline code must
// get right: upper-case tags, a '>' inside a quoted attribute, data-src
// (not src), a script with src, and an unclosed block.
func TestSetCSPReadsTagsCarefully(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"upper case", `<head><meta charset=utf-8></head><SCRIPT>a()</SCRIPT>`, "script-src " + sha("a()") + ";"},
		{"quoted >", `<head><meta charset=utf-8></head><script data-x="1>2">b()</script>`, "script-src " + sha("b()") + ";"},
		{"data-src", `<head><meta charset=utf-8></head><script data-src=x>c()</script>`, "script-src " + sha("c()") + ";"},
		{"src only", `<head><meta charset=utf-8></head><script src=x.js></script>`, `content="default-src 'none'; img-src`},
		{"scripting text", `<head><meta charset=utf-8></head><p>&lt;script&gt; and <scripts></p><style>p{}</style>`, `content="default-src 'none'; style-src ` + sha("p{}") + ";"},
		{"unclosed", `<head><meta charset=utf-8></head><script>d()`, `content="default-src 'none'; img-src`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(csp.Set([]byte(tt.page))); !strings.Contains(got, tt.want) {
				t.Errorf("got %s\nwant it to hold %s", got, tt.want)
			}
		})
	}
}
