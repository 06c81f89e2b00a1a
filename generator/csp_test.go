package generator_test

import (
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
)

var (
	cspContent = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	inlineCode = regexp.MustCompile(`(?s)<(script|style)>(.*?)</(?:script|style)>`)
)

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// TestEveryPageHasAStrictCSP checks every HTML page of the fixture site:
// one Content-Security-Policy, before any script or style, that allows no
// other origin and no inline code but the page's own, by hash.
func TestEveryPageHasAStrictCSP(t *testing.T) {
	site, err := generator.Load("testdata/site", generator.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := generator.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		page := string(data)
		metas := cspContent.FindAllStringSubmatchIndex(page, -1)
		if len(metas) != 1 {
			t.Errorf("%s has %d CSP meta elements; want 1", name, len(metas))
			continue
		}
		policy := page[metas[0][2]:metas[0][3]]
		for _, banned := range []string{"unsafe-inline", "unsafe-eval", "http:", "https:", "*"} {
			if strings.Contains(policy, banned) {
				t.Errorf("%s: policy allows %q: %s", name, banned, policy)
			}
		}
		if !strings.HasPrefix(policy, "default-src 'none'") {
			t.Errorf("%s: policy %q does not start from default-src 'none'", name, policy)
		}
		for _, m := range inlineCode.FindAllStringSubmatchIndex(page, -1) {
			kind, code := page[m[2]:m[3]], page[m[4]:m[5]]
			if m[0] < metas[0][0] {
				t.Errorf("%s: a <%s> comes before the policy", name, kind)
			}
			directive := regexp.MustCompile(kind + `-src ([^;]*)`).FindStringSubmatch(policy)
			if directive == nil || !strings.Contains(directive[1], sha(code)) {
				t.Errorf("%s: the policy does not allow its inline <%s> by hash %s: %s", name, kind, sha(code), policy)
			}
		}
	}
	if pages < 5 {
		t.Fatalf("checked %d pages; want every page", pages)
	}
}

// TestSetCSP checks the policy of small pages: a script with src is not
// hashed, an extra directive is kept, and a second call replaces the first
// policy rather than adding one.
func TestSetCSP(t *testing.T) {
	page := []byte(`<!doctype html><html><head><meta charset=utf-8><style>p{}</style></head><body><script src=x.js></script><script>go()</script></body></html>`)
	once := string(generator.SetCSP(page))
	want := `<meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ` + sha("go()") + `; style-src ` + sha("p{}") + `; img-src 'self' data:; base-uri 'none'; form-action 'none'"><style>`
	if !strings.Contains(once, want) {
		t.Errorf("got %s\nwant it to hold %s", once, want)
	}
	twice := string(generator.SetCSP([]byte(once), "connect-src 'self'"))
	if n := strings.Count(twice, "Content-Security-Policy"); n != 1 {
		t.Errorf("after two calls: %d policies; want 1", n)
	}
	if !strings.Contains(twice, "; connect-src 'self'\">") {
		t.Errorf("the extra directive is missing: %s", twice)
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
			if got := string(generator.SetCSP([]byte(tt.page))); !strings.Contains(got, tt.want) {
				t.Errorf("got %s\nwant it to hold %s", got, tt.want)
			}
		})
	}
}
