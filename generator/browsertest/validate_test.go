package browsertest_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLIsValid runs the Nu HTML Checker (vnu.jar) over every HTML page
// of the built site and fails on any error.
func TestHTMLIsValid(t *testing.T) {
	java, err := exec.LookPath("java")
	need(t, err == nil, "Java is not installed (the Nu HTML Checker needs it)")
	jar := os.Getenv("TIMELINE_VNU")
	if jar == "" {
		jar = filepath.Join(repoRoot, ".ci", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	}
	_, err = os.Stat(jar)
	need(t, err == nil, "vnu.jar is not installed at "+jar+" (npm install --prefix .ci)")

	var files []string
	err = filepath.WalkDir(builtSite(t), func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".html") {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) < 3 {
		t.Fatalf("found %d HTML files (%v); want every page", len(files), err)
	}
	args := append([]string{"-jar", jar, "--format", "json", "--errors-only"}, files...)
	out, err := exec.Command(java, args...).CombinedOutput()
	var report struct {
		Messages []struct {
			Type, URL, Message, Extract string
			LastLine                    int
		}
	}
	if jsonErr := json.Unmarshal(out, &report); jsonErr != nil {
		t.Fatalf("vnu.jar: %v\n%s", err, out)
	}
	for _, m := range report.Messages {
		t.Errorf("%s:%d: %s: %s (%q)", filepath.Base(m.URL), m.LastLine, m.Type, m.Message, m.Extract)
	}
	if err != nil && len(report.Messages) == 0 {
		t.Errorf("vnu.jar failed: %v\n%s", err, out)
	}
	t.Logf("checked %d pages", len(files))
}
