package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const siteConfig = `title = "Test site"

[[categories]]
id    = "operations"
label = "Operations"
`

// newSite writes a site into a temporary folder and makes it the working
// folder. files are by slash-separated path; config.toml is siteConfig
// unless files hold one.
func newSite(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	if _, ok := files["config.toml"]; !ok {
		files["config.toml"] = siteConfig
	}
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	tb.Chdir(dir)
	return dir
}

func validSite(tb testing.TB) string {
	tb.Helper()
	return newSite(tb, map[string]string{
		"events/2005-12-kfor.toml": "title = \"KFOR\"\ndate = \"2005-12\"\nend = \"2007-03\"\nsummary = \"S.\"\ncategory = \"operations\"\n",
		"events/2010-03-isaf.toml": "title = \"ISAF\"\ndate = \"2010-03\"\nongoing = true\nsummary = \"S.\"\n",
		"events/2015-draft.toml":   "title = \"Draft\"\ndate = \"2015\"\nsummary = \"S.\"\ndraft = true\n",
	})
}

// timeline runs the command with args and returns its exit code and output.
func timeline(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// tree lists every file under dir, sorted, with its size, to compare
// before and after a command.
func tree(tb testing.TB, dir string) string {
	tb.Helper()
	var lines []string
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		data := ""
		if !info.IsDir() {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			data = string(b)
		}
		lines = append(lines, path+"\x00"+data)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\x01")
}

// summaryLine is the line a build prints, such as "7 events, 11 files, 4
// ms → public/", maybe followed by a note after a semicolon.
// countFiles returns the number of files under dir.
func countFiles(tb testing.TB, dir string) int {
	tb.Helper()
	n := 0
	err := filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n++
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

var summaryLine = regexp.MustCompile(`^(\d+) events, (\d+) files, \d+ ms → (.+?/)(?:; [^\n]+)?\n$`)

func TestBuild(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		events string
		out    string
	}{
		{"default command", nil, "2", "public/"},
		{"build", []string{"build"}, "2", "public/"},
		{"drafts", []string{"build", "-drafts"}, "3", "public/"},
		{"out", []string{"-out", "site"}, "2", "site/"},
		{"site and out", []string{"build", "-site", ".", "-out", "deep/out"}, "2", "deep/out/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			validSite(t)
			code, stdout, stderr := timeline(tt.args...)
			if code != 0 {
				t.Fatalf("timeline %v: got exit %d, want 0; stderr:\n%s", tt.args, code, stderr)
			}
			if stderr != "" {
				t.Errorf("timeline %v: got stderr %q, want none", tt.args, stderr)
			}
			m := summaryLine.FindStringSubmatch(stdout)
			if m == nil {
				t.Fatalf("timeline %v: got %q, want a line like \"7 events, 11 files, 4 ms → public/\"", tt.args, stdout)
			}
			out := strings.TrimSuffix(tt.out, "/")
			files := countFiles(t, out) - 1 // not the build marker
			if m[1] != tt.events || m[2] != strconv.Itoa(files) || m[3] != tt.out {
				t.Errorf("timeline %v: got %q, want %s events, %d files, → %s", tt.args, stdout, tt.events, files, tt.out)
			}
			if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
				t.Errorf("timeline %v: %v, want index.html in %s", tt.args, err, tt.out)
			}
		})
	}
}

// TestMain keeps the build cache of the tests' builds in a temporary
// folder, not in the user's cache folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "timeline-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("TIMELINE_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestBuildCacheFolder checks that a build keeps its cache in the folder
// TIMELINE_CACHE names, and none with TIMELINE_CACHE=off.
func TestBuildCacheFolder(t *testing.T) {
	validSite(t)
	cache := filepath.Join(t.TempDir(), "cache")
	t.Setenv("TIMELINE_CACHE", cache)
	if code, _, stderr := timeline(); code != 0 {
		t.Fatalf("got exit %d, want 0; stderr:\n%s", code, stderr)
	}
	if files, err := filepath.Glob(filepath.Join(cache, "*.cache")); err != nil || len(files) != 1 {
		t.Errorf("cache files in TIMELINE_CACHE after a build: %v (%v), want one", files, err)
	}
	t.Setenv("TIMELINE_CACHE", "off")
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	if code, _, stderr := timeline("-out", "other"); code != 0 {
		t.Fatalf("got exit %d, want 0; stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat("off"); err == nil {
		t.Error("TIMELINE_CACHE=off: the build made a cache folder called off")
	}
	for _, dir := range []string{os.Getenv("HOME"), os.Getenv("XDG_CACHE_HOME")} {
		if entries, err := os.ReadDir(dir); err != nil || len(entries) > 0 {
			t.Errorf("TIMELINE_CACHE=off: the build wrote into %s: %v (%v)", dir, entries, err)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(cache, "*.cache")); len(files) != 1 {
		t.Errorf("TIMELINE_CACHE=off: the build wrote to the cache folder: %v", files)
	}
}

func TestBuildSiteElsewhere(t *testing.T) {
	site := validSite(t)
	t.Chdir(t.TempDir())
	code, stdout, stderr := timeline("-site", site)
	if code != 0 {
		t.Fatalf("got exit %d, want 0; stderr:\n%s", code, stderr)
	}
	m := summaryLine.FindStringSubmatch(stdout)
	if want := filepath.Join(site, "public") + "/"; m == nil || m[3] != want {
		t.Errorf("got %q, want a summary ending with → %s", stdout, want)
	}
}

func TestContentErrors(t *testing.T) {
	for _, command := range []string{"build", "check"} {
		t.Run(command, func(t *testing.T) {
			site := newSite(t, map[string]string{
				"config.toml":              siteConfig + "colour = \"red\"\n",
				"events/2005-12-kfor.toml": "title = \"KFOR\"\ndate = \"2005-13\"\nsummary = \"S.\"\n",
				"events/2010-03-isaf.toml": "title = \"ISAF\"\ndate = \"2010-03\"\nongoing = true\nend = \"2011\"\nsummary = \"S.\"\ncategory = \"nope\"\n",
				"events/2015-draft.toml":   "title = \"Draft\"\ndate = \"2015-02-29\"\nsummary = \"S.\"\ndraft = true\n",
			})
			before := tree(t, site)
			code, stdout, stderr := timeline(command)
			if code != 1 {
				t.Errorf("timeline %s: got exit %d, want 1", command, code)
			}
			if stdout != "" {
				t.Errorf("timeline %s: got stdout %q, want none", command, stdout)
			}
			want := `config.toml:6:1: unknown key "colour": known keys here are color, darkColor, id, label
events/2005-12-kfor.toml:2:8: impossible date "2005-13": the month is out of range: 01–12, or 21–24 for a season
events/2010-03-isaf.toml:4:1: an ongoing event has no end: remove end or set ongoing = false
events/2010-03-isaf.toml:6:12: unknown category "nope": use one declared in config.toml (operations)
events/2015-draft.toml:2:8: impossible date "2015-02-29": February 2015 has 28 days
5 errors; nothing was written
`
			if stderr != want {
				t.Errorf("timeline %s: stderr:\ngot:\n%s\nwant:\n%s", command, stderr, want)
			}
			if after := tree(t, site); after != before {
				t.Errorf("timeline %s: the site folder changed, want nothing written", command)
			}
		})
	}
}

func TestFailedBuildKeepsOutput(t *testing.T) {
	validSite(t)
	if code, _, stderr := timeline(); code != 0 {
		t.Fatalf("first build: got exit %d, want 0; stderr:\n%s", code, stderr)
	}
	before := tree(t, "public")
	if err := os.WriteFile(filepath.Join("events", "2011-bad.toml"), []byte("title = \"Bad\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := timeline()
	if code != 1 {
		t.Errorf("build with a bad event: got exit %d, want 1", code)
	}
	if want := "events/2011-bad.toml:1:1: missing required key \"summary\""; !strings.HasPrefix(stderr, want) {
		t.Errorf("build with a bad event: got stderr %q, want it to start with %q", stderr, want)
	}
	if after := tree(t, "public"); after != before {
		t.Error("public/ changed after a failed build, want it byte-for-byte as it was")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stderr string // a part of stderr
	}{
		{"unknown command", []string{"publish"}, `timeline: unknown command "publish"`},
		{"unknown flag", []string{"-nope"}, "flag provided but not defined: -nope"},
		{"unknown build flag", []string{"build", "-verbose"}, "flag provided but not defined: -verbose"},
		{"unknown check flag", []string{"check", "-out", "x"}, "flag provided but not defined: -out"},
		{"stray argument", []string{"build", "extra"}, `timeline build: unexpected argument "extra"`},
		{"stray check argument", []string{"check", "extra"}, `timeline check: unexpected argument "extra"`},
		{"output is the site", []string{"-out", "."}, "timeline: refusing to write to"},
		{"output holds the site", []string{"-out", ".."}, "timeline: refusing to write to"},
		{"output inside events", []string{"-out", "events/public"}, "timeline: refusing to write to events/public: it lies inside the site's events"},
		{"output no build made", []string{"-out", "events"}, "timeline: refusing to write to events"},
		{"bad base URL", []string{"-base-url", "example.org"}, `timeline: base URL "example.org" must be an absolute http or https URL`},
		{"not a site", []string{"-site", "events"}, "is not a site: it has no config.toml"},
		{"check not a site", []string{"check", "-site", "events"}, "is not a site: it has no config.toml"},
		{"output under a file", []string{"-out", "config.toml/public"}, "timeline: refusing to write to config.toml/public"},
		{"missing site", []string{"-site", "nowhere"}, "timeline: the site folder nowhere does not exist"},
		{"base URL with a query", []string{"-base-url", "https://example.org/t/?v=2"}, `has a query (?v=2)`},
		{"serve on every interface", []string{"serve", "-addr", ":8092"}, "write 127.0.0.1:8092"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := validSite(t)
			before := tree(t, filepath.Dir(site))
			code, stdout, stderr := timeline(tt.args...)
			if code != 2 {
				t.Errorf("timeline %v: got exit %d, want 2; stderr:\n%s", tt.args, code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("timeline %v: got stderr %q, want it to hold %q", tt.args, stderr, tt.stderr)
			}
			if stdout != "" {
				t.Errorf("timeline %v: got stdout %q, want none", tt.args, stdout)
			}
			if after := tree(t, filepath.Dir(site)); after != before {
				t.Errorf("timeline %v: files changed, want nothing written or deleted", tt.args)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	site := validSite(t)
	before := tree(t, site)
	code, stdout, stderr := timeline("check")
	if code != 0 {
		t.Fatalf("got exit %d, want 0; stderr:\n%s", code, stderr)
	}
	// check validates drafts too, so it counts them.
	if stdout != "3 events, no errors\n" || stderr != "" {
		t.Errorf("got stdout %q stderr %q, want \"3 events, no errors\\n\" and nothing", stdout, stderr)
	}
	if tree(t, site) != before {
		t.Error("check wrote or changed files, want nothing written")
	}
	t.Chdir(t.TempDir())
	if code, stdout, _ := timeline("check", "-site", site); code != 0 || stdout != "3 events, no errors\n" {
		t.Errorf("check -site: got exit %d, %q, want 0 and \"3 events, no errors\\n\"", code, stdout)
	}
}

func TestVersionAndHelp(t *testing.T) {
	code, stdout, stderr := timeline("version")
	if code != 0 || stderr != "" || !regexp.MustCompile(`^timeline \S+\n$`).MatchString(stdout) {
		t.Errorf("version: got exit %d, stdout %q, stderr %q, want 0 and \"timeline VERSION\\n\"", code, stdout, stderr)
	}
	for _, args := range [][]string{{"help"}, {"-h"}, {"build", "-h"}, {"check", "-help"}} {
		code, stdout, stderr := timeline(args...)
		if code != 0 {
			t.Errorf("timeline %v: got exit %d, want 0", args, code)
		}
		if !strings.Contains(stdout+stderr, "timeline") || !strings.Contains(stdout+stderr, "-site") {
			t.Errorf("timeline %v: got %q, want the usage", args, stdout+stderr)
		}
	}
}

// TestWriteFailure checks that a build that cannot write its output exits
// with status 3, not 1, which says the site has errors. The output goes
// into /proc, where no folder can be made: a folder without write
// permission would not stop the tests when they run as root.
func TestWriteFailure(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs Linux's /proc")
	}
	validSite(t)
	code, _, stderr := timeline("-out", "/proc/timeline-test-public")
	if code != 3 || !strings.Contains(stderr, "timeline: cannot write the output: ") {
		t.Errorf("build into /proc: got exit %d and %q, want 3 and a write error", code, stderr)
	}
}
