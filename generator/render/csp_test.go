package render_test

import (
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

var (
	cspContent = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	inlineCode = regexp.MustCompile(`(?s)<(script|style)>(.*?)</(?:script|style)>`)
)

// TestEveryPageHasAStrictCSP checks every HTML page of the fixture site:
// one Content-Security-Policy, before any script or style, that allows no
// other origin and no inline code but the page's own, by hash.
func TestEveryPageHasAStrictCSP(t *testing.T) {
	site, err := testsite.Load("testdata/site", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := testsite.Render(site)
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

// sha returns the CSP source that allows the inline block s.
func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
