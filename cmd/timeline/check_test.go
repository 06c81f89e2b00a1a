package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckReportsEveryErrorAndWritesNothing(t *testing.T) {
	inNewSite(t)
	writeTestFile(t, filepath.Join("events", "2001-a.toml"), "title = \"A\"\ndate = \"2001-13\"\nsummary = \"S\"\ncategory = \"nope\"\n")
	writeTestFile(t, filepath.Join("events", "2002-b.toml"), "title = \"B\"\ndate = \"2002\"\n")
	before := snapshot(t, ".")
	code, stdout, stderr := runCLI(t, "check")
	want := strings.Join([]string{
		filepath.Join("events", "2001-a.toml") + `:2:8: impossible date "2001-13": the month is out of range: 01–12, or 21–24 for a season`,
		filepath.Join("events", "2001-a.toml") + `:4:12: unknown category "nope": use one declared in config.toml (milestone, meeting)`,
		filepath.Join("events", "2002-b.toml") + `:1:1: missing required key "summary": add summary = "…", one or two sentences in plain text`,
		"3 errors; nothing was written",
	}, "\n") + "\n"
	if code != exitContent || stdout != "" || stderr != want {
		t.Errorf("check: exit %d, stdout %q, stderr:\n%s\nwant 1 and:\n%s", code, stdout, stderr, want)
	}
	if after := snapshot(t, "."); after != before {
		t.Errorf("check wrote files:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// TestCheckFindsWhatBuildFinds breaks a site in the ways a build finds and
// checks that check finds each of them too, with the same messages.
func TestCheckFindsWhatBuildFinds(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "outside.toml")
	writeTestFile(t, outside, "title = \"Outside\"\ndate = \"2001\"\nsummary = \"S\"\n")
	for _, tc := range []struct {
		name  string
		files map[string]string
	}{
		{"a broken event", map[string]string{"events/2001-a.toml": "title = \"A\"\ndate = 2001-01-01T10:00:00\nsummary = \"S\"\n"}},
		{"a broken config", map[string]string{"config.toml": "title = \"\"\nbaseURL = \"ftp://x\"\n"}},
		{"a layout that does not parse", map[string]string{"layouts/index.html": "{{define \"main\"}}{{if}}{{end}}"}},
		{"a layout that fails to run", map[string]string{"layouts/event.html": "{{define \"main\"}}{{.Nope}}{{end}}"}},
		{"a static file that replaces a page", map[string]string{"static/index.html": "mine"}},
		{"a layout that fails without the drafts", map[string]string{
			"events/2024-01-example.toml": "title = \"Only a draft\"\ndate = \"2024\"\nsummary = \"S\"\ndraft = true\n",
			"layouts/index.html":          "{{define \"main\"}}{{(index .Site.Events 0).Title}}{{end}}",
		}},
		{"a link outside the site", map[string]string{"events/2001-link.toml": "-> " + outside}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inNewSite(t)
			for name, content := range tc.files {
				path := filepath.FromSlash(name)
				if target, ok := strings.CutPrefix(content, "-> "); ok {
					if err := os.Symlink(target, path); err != nil {
						t.Skip("no symbolic links here:", err)
					}
					continue
				}
				writeTestFile(t, path, content)
			}
			before := snapshot(t, ".")
			buildCode, _, buildErr := runCLI(t, "build")
			checkCode, _, checkErr := runCLI(t, "check")
			if buildCode != exitContent || checkCode != exitContent {
				t.Fatalf("build: exit %d\n%scheck: exit %d\n%swant 1 from both", buildCode, buildErr, checkCode, checkErr)
			}
			if checkErr != buildErr {
				t.Errorf("check and build report differently:\ncheck:\n%sbuild:\n%s", checkErr, buildErr)
			}
			t.Logf("check:\n%s", checkErr)
			if after := snapshot(t, "."); after != before {
				t.Errorf("build or check wrote files:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
}
