package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInitMakesASiteThatBuilds(t *testing.T) {
	t.Chdir(t.TempDir())
	code, stdout, stderr := runCLI(t, "init", "mysite")
	if code != exitOK || stderr != "" {
		t.Fatalf("init mysite: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{filepath.Join("mysite", "config.toml"), filepath.Join("mysite", "events", "2024-01-example.toml"), "cd mysite"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("init's output lacks %q:\n%s", want, stdout)
		}
	}
	if _, err := os.Stat(filepath.Join("mysite", "layouts")); err == nil {
		t.Error("init wrote layouts/ without -layouts")
	}
	if code, stdout, stderr := runCLI(t, "check", "-site", "mysite"); code != exitOK || !strings.HasSuffix(stdout, " no errors\n") {
		t.Errorf("check: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := runCLI(t, "build", "-site", "mysite"); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	if page := readTestFile(t, filepath.Join("mysite", "public", "events", "2024-01-example.html")); !strings.Contains(page, "The timeline begins") {
		t.Errorf("the example event's page lacks its title:\n%s", page)
	}
}

func TestInitLayouts(t *testing.T) {
	t.Chdir(t.TempDir())
	// The flag may come after the folder too.
	for _, args := range [][]string{{"init", "-layouts", "a"}, {"init", "b", "-layouts"}} {
		if code, _, stderr := runCLI(t, args...); code != exitOK {
			t.Fatalf("timeline %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
		dir := args[len(args)-1]
		if dir == "-layouts" {
			dir = args[1]
		}
		for _, name := range []string{"base.html", "partials.html", "index.html", "event.html", "404.html", "style.css", "timeline.js"} {
			if _, err := os.Stat(filepath.Join(dir, "layouts", name)); err != nil {
				t.Errorf("%s: %v", strings.Join(args, " "), err)
			}
		}
	}
	// A change to a copied layout shows in the build.
	path := filepath.Join("a", "layouts", "404.html")
	writeTestFile(t, path, strings.Replace(readTestFile(t, path), `<h1>{{t "not_found"}}</h1>`, "<h1>Lost?</h1>", 1))
	if code, _, stderr := runCLI(t, "build", "-site", "a"); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	if page := readTestFile(t, filepath.Join("a", "public", "404.html")); !strings.Contains(page, "Lost?</h1>") {
		t.Errorf("the customised layout is not used:\n%s", page)
	}
}

func TestInitRefuses(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTestFile(t, filepath.Join("has-config", "config.toml"), "title = \"Mine\"\n")
	writeTestFile(t, filepath.Join("has-events", "events", "x.toml"), "title = \"Mine\"\n")
	writeTestFile(t, filepath.Join("has-layout", "layouts", "base.html"), "mine")
	before := snapshot(t, ".")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"init", "has-config"}, "has-config already holds a site (it has config.toml)"},
		{[]string{"init", "has-events"}, "has-events already holds a site (it has events)"},
		{[]string{"init", "-layouts", "has-layout"}, filepath.Join("has-layout", "layouts", "base.html") + " already exists"},
		{[]string{"init"}, "give one folder"},
		{[]string{"init", "a", "b"}, "give one folder"},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("timeline %s: exit %d, stdout %q, stderr %q; want 2 and %q", strings.Join(tc.args, " "), code, stdout, stderr, tc.want)
		}
	}
	if after := snapshot(t, "."); after != before {
		t.Errorf("a refused init changed files:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}
