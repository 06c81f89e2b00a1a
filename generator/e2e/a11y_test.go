package e2e_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/browsertest"
)

// axeScript returns the source of axe-core's axe.min.js.
func axeScript(tb testing.TB) string {
	tb.Helper()
	path := os.Getenv("TIMELINE_AXE")
	if path == "" {
		path = filepath.Join(repoRoot, ".ci", "node_modules", "axe-core", "axe.min.js")
	}
	data, err := os.ReadFile(path)
	browsertest.Need(tb, err == nil, "axe-core is not installed at "+path+" (npm install --prefix .ci)")
	return string(data)
}

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeRules are the rule sets checked: WCAG 2.0 to 2.2, levels A and AA, and
// axe's best practices.
const axeRun = `axe.run(document, {
  runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]},
  resultTypes: ["violations"]
}).then(r => r.violations.map(v => ({
  id: v.id, impact: v.impact || "", help: v.help,
  nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " "))
})))`

// TestAccessibility runs axe-core on every page in light and dark color
// schemes and fails on any violation.
func TestAccessibility(t *testing.T) {
	script := axeScript(t)
	forEachPage(t, func(t *testing.T, s *testSite, page string) {
		for _, scheme := range []string{"light", "dark"} {
			ctx := openPage(t, s, page, 1280, 900, scheme)
			browsertest.EvalJS[bool](t, ctx, script+";true")
			violations := browsertest.EvalJS[[]axeViolation](t, ctx, axeRun)
			for _, v := range violations {
				t.Errorf("%s (%s): %s (%s)", v.ID, scheme, v.Help, v.Impact)
				for _, n := range v.Nodes {
					t.Logf("    %s", n)
				}
			}
		}
	})
}
