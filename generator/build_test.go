package generator_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// buildSite is a small valid site for build tests.
func buildSite(tb testing.TB) string {
	tb.Helper()
	return testsite.New(tb, map[string]string{
		"events/2005-12-kfor.toml":   testsite.EventTOML("KFOR", "date = \"2005-12\"\nend = \"2007-03\"\ncategory = \"operations\""),
		"events/2010-03-isaf.toml":   testsite.EventTOML("ISAF", "date = \"2010-03\"\nongoing = true"),
		"events/2010-11-lisbon.toml": testsite.EventTOML("Lisbon", `date = "2010-11"`),
	})
}

// equalTrees fails the test unless got and want hold the same files with
// the same bytes.
func equalTrees(tb testing.TB, got, want map[string][]byte) {
	tb.Helper()
	if g, w := strings.Join(testsite.SortedKeys(got), " "), strings.Join(testsite.SortedKeys(want), " "); g != w {
		tb.Fatalf("files:\ngot  %s\nwant %s", g, w)
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			tb.Errorf("%s: bytes differ\n%s", name, testsite.FirstDifference(got[name], data))
		}
	}
}

// entries returns the names in dir, sorted.
func dirNames(tb testing.TB, dir string) []string {
	tb.Helper()
	list, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestBuildDefaultOutput(t *testing.T) {
	site := buildSite(t)
	result := testsite.MustBuild(t, generator.BuildOptions{SiteDir: site})
	out := filepath.Join(site, "public")
	if result.OutDir != out {
		t.Errorf("OutDir: got %q, want %q", result.OutDir, out)
	}
	if result.Events != 3 {
		t.Errorf("Events: got %d, want 3", result.Events)
	}
	files := testsite.ReadTree(t, out)
	testsite.CheckOutputTree(t, files, []string{"2005-12-kfor", "2010-03-isaf", "2010-11-lisbon"})
	if _, ok := files[".timeline-build"]; !ok {
		t.Error("got no .timeline-build marker, want one: the next build needs it")
	}
	if result.Files != len(files)-1 {
		t.Errorf("Files: got %d, want %d (the outputs, not the build marker)", result.Files, len(files)-1)
	}
	if got := dirNames(t, site); strings.Join(got, " ") != "config.toml events public" {
		t.Errorf("site folder: got %v, want config.toml, events and public only (no temporary folders)", got)
	}
}

func TestBuildsAreIdentical(t *testing.T) {
	site := buildSite(t)
	first, second := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: first})
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: second})
	equalTrees(t, testsite.ReadTree(t, second), testsite.ReadTree(t, first))

	// Building again over the first output gives the same bytes too.
	before := testsite.ReadTree(t, first)
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: first})
	equalTrees(t, testsite.ReadTree(t, first), before)
}

func TestFailedBuildKeepsOutput(t *testing.T) {
	site := buildSite(t)
	out := filepath.Join(site, "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site})
	before := testsite.ReadTree(t, out)
	info, err := os.Stat(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}

	testsite.Write(t, site, map[string]string{
		"events/2011-05-new.toml": testsite.EventTOML("New", `date = "2011-05"`),
		"events/2011-09-bad.toml": testsite.EventTOML("Bad", `date = "2011-02-29"`),
	})
	_, err = generator.Build(generator.BuildOptions{SiteDir: site})
	var errs content.ContentErrors
	if !errors.As(err, &errs) {
		t.Fatalf("Build with a bad event: got %T %v, want content.ContentErrors", err, err)
	}
	equalTrees(t, testsite.ReadTree(t, out), before)
	after, err := os.Stat(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !after.ModTime().Equal(info.ModTime()) {
		t.Errorf("index.html: modified at %v by a failed build, want it untouched (%v)", after.ModTime(), info.ModTime())
	}
	if got := dirNames(t, site); strings.Join(got, " ") != "config.toml events public" {
		t.Errorf("site folder: got %v, want no temporary folders", got)
	}
}

func TestNoStaleFiles(t *testing.T) {
	site := buildSite(t)
	out := filepath.Join(site, "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site})
	if _, err := os.Stat(filepath.Join(out, "events", "2010-11-lisbon.html")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(site, "events", "2010-11-lisbon.toml")); err != nil {
		t.Fatal(err)
	}
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site})
	if _, err := os.Stat(filepath.Join(out, "events", "2010-11-lisbon.html")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("events/2010-11-lisbon.html after its event was deleted: got %v, want it gone", err)
	}
	if strings.Contains(string(testsite.ReadTree(t, out)["index.html"]), "Lisbon") {
		t.Error("index.html: still shows the deleted event")
	}
}

func TestLeftoverTemporaryFoldersCleaned(t *testing.T) {
	site := buildSite(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	// What a killed build leaves: a half-written tree, and the old tree of
	// a swap by renames.
	testsite.Write(t, parent, map[string]string{
		".public.tmp-XYZ/index.html":     "half",
		".public.tmp-XYZ/events/x.html":  "half",
		".public.tmp-123.old/index.html": "old",
		".other.tmp-XYZ/keep.txt":        "not ours",
		"public-notes.txt":               "not ours",
	})
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	if got, want := strings.Join(dirNames(t, parent), " "), ".other.tmp-XYZ public public-notes.txt"; got != want {
		t.Errorf("beside the output: got %s, want %s", got, want)
	}
}

// TestLeftoversOfOddlyNamedOutput checks the clean-up for an output folder
// whose name holds glob characters.
func TestLeftoversOfOddlyNamedOutput(t *testing.T) {
	site := buildSite(t)
	parent := t.TempDir()
	testsite.Write(t, parent, map[string]string{
		".out[1].tmp-XYZ/index.html": "half",
		".out1.tmp-XYZ/index.html":   "another output's",
	})
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(parent, "out[1]")})
	if got, want := strings.Join(dirNames(t, parent), " "), ".out1.tmp-XYZ out[1]"; got != want {
		t.Errorf("beside the output: got %s, want %s", got, want)
	}
}

func TestRefusedOutputFolders(t *testing.T) {
	tests := []struct {
		name  string
		out   func(site string) string
		setup func(tb testing.TB, out string)
	}{
		{"the site folder", func(site string) string { return site }, nil},
		{"the folder holding the site", func(site string) string { return filepath.Dir(site) }, nil},
		{"inside events", func(site string) string { return filepath.Join(site, "events", "out") }, nil},
		{"events itself", func(site string) string { return filepath.Join(site, "events") }, nil},
		{"inside layouts", func(site string) string { return filepath.Join(site, "layouts", "out") }, nil},
		{"inside static", func(site string) string { return filepath.Join(site, "static") }, nil},
		{"a file", func(site string) string { return filepath.Join(site, "notes.txt") }, nil},
		{"a folder no build made", func(site string) string { return filepath.Join(site, "docs") }, func(tb testing.TB, out string) {
			testsite.Write(tb, out, map[string]string{"keep.txt": "mine", "sub/keep.txt": "mine too"})
		}},
		{"a folder holding only hidden files", func(site string) string { return filepath.Join(site, "docs") }, func(tb testing.TB, out string) {
			testsite.Write(tb, out, map[string]string{".git/HEAD": "ref: refs/heads/main\n"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := buildSite(t)
			testsite.Write(t, site, map[string]string{"notes.txt": "notes", "static/CNAME": "example.org\n", "layouts/README": "mine"})
			out := tt.out(site)
			if tt.setup != nil {
				tt.setup(t, out)
			}
			before := testsite.ReadTree(t, filepath.Dir(site))
			_, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out})
			var usage *content.UsageError
			if !errors.As(err, &usage) {
				t.Fatalf("Build -out %s: got %T %v, want *content.UsageError", out, err, err)
			}
			if !strings.Contains(err.Error(), "refusing to write to") {
				t.Errorf("Build -out %s: got error %q, want it to say it refuses", out, err)
			}
			equalTrees(t, testsite.ReadTree(t, filepath.Dir(site)), before)
		})
	}
}

func TestAcceptedOutputFolders(t *testing.T) {
	tests := []struct {
		name  string
		setup func(tb testing.TB, out string)
	}{
		{"a new folder", nil},
		{"an empty folder", func(tb testing.TB, out string) {
			if err := os.MkdirAll(out, 0o755); err != nil {
				tb.Fatal(err)
			}
		}},
		{"a folder a build made", func(tb testing.TB, out string) {
			testsite.Write(tb, out, map[string]string{".timeline-build": "built\n", "old.html": "old"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := buildSite(t)
			out := filepath.Join(t.TempDir(), "deep", "site")
			if tt.setup != nil {
				tt.setup(t, out)
			}
			testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
			files := testsite.ReadTree(t, out)
			if _, ok := files["index.html"]; !ok {
				t.Errorf("got files %v, want index.html", testsite.SortedKeys(files))
			}
			if _, ok := files["old.html"]; ok {
				t.Error("old.html: left from the previous build, want it gone")
			}
		})
	}
}

func TestBuildBaseURL(t *testing.T) {
	site := testsite.New(t, map[string]string{
		"config.toml":        "title = \"T\"\nbaseURL = \"https://config.example/\"\n",
		"events/2005-a.toml": testsite.EventTOML("A", `date = "2005"`),
	})
	tests := []struct{ flag, want string }{
		{"", "https://config.example/"},
		{"https://example.org/timeline", "https://example.org/timeline/"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out, BaseURL: tt.flag})
			files := testsite.ReadTree(t, out)
			for _, name := range []string{"index.html", "events/2005-a.html", "404.html"} {
				if !strings.Contains(string(files[name]), tt.want) {
					t.Errorf("%s: want the base URL %s in it", name, tt.want)
				}
			}
			if strings.Contains(string(files["index.html"]), "https://config.example/") != (tt.flag == "") {
				t.Errorf("index.html: the config's baseURL shows %v, want %v", !(tt.flag == ""), tt.flag == "")
			}
		})
	}
	_, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), BaseURL: "ftp://example.org/"})
	var usage *content.UsageError
	if !errors.As(err, &usage) {
		t.Errorf("Build -base-url ftp://example.org/: got %T %v, want *content.UsageError", err, err)
	}
}

func TestStaticFilesCopied(t *testing.T) {
	site := buildSite(t)
	png := []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}
	generated := testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public")}).Files
	testsite.Write(t, site, map[string]string{
		"static/CNAME":         "timeline.example.org\n",
		"static/img/logo.png":  string(png),
		"static/extra.html":    "<p>\n  kept   as is\n</p>\n",
		"static/.well-known/x": "x",
	})
	out := filepath.Join(t.TempDir(), "public")
	result := testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	files := testsite.ReadTree(t, out)
	for name, want := range map[string]string{
		"CNAME":         "timeline.example.org\n",
		"img/logo.png":  string(png),
		"extra.html":    "<p>\n  kept   as is\n</p>\n",
		".well-known/x": "x",
	} {
		if got := string(files[name]); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
	if result.Files != generated+4 {
		t.Errorf("Files: got %d, want %d (%d generated, 4 static)", result.Files, generated+4, generated)
	}

	// A static file may not replace a generated one.
	testsite.Write(t, site, map[string]string{"static/index.html": "mine"})
	before := testsite.ReadTree(t, out)
	_, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out})
	var errs content.ContentErrors
	if !errors.As(err, &errs) || !strings.Contains(err.Error(), "static file would replace the generated index.html") {
		t.Errorf("Build with static/index.html: got %v, want a content error", err)
	}
	equalTrees(t, testsite.ReadTree(t, out), before)
}

func TestLayoutOverride(t *testing.T) {
	site := buildSite(t)
	testsite.Write(t, site, map[string]string{"layouts/style.css": "body { color: #123456 }\n"})
	out := filepath.Join(t.TempDir(), "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	files := testsite.ReadTree(t, out)
	for _, name := range []string{"index.html", "events/2005-12-kfor.html", "404.html"} {
		page := string(files[name])
		if !strings.Contains(page, "body{color:#123456}") {
			t.Errorf("%s: want the site's own style.css, minified", name)
		}
		if strings.Contains(page, "--bg:") {
			t.Errorf("%s: got the built-in style.css as well", name)
		}
	}
}

// TestLayoutRunErrorNamesWrittenLine checks that an error while a layout
// runs names its line in the file as written, not in the minified layout
// the build runs.
func TestLayoutRunErrorNamesWrittenLine(t *testing.T) {
	site := buildSite(t)
	testsite.Write(t, site, map[string]string{"layouts/event.html": "{{define \"main\"}}\n<main>\n  <p>\n    {{.Nope}}\n  </p>\n</main>\n{{end}}\n"})
	t.Chdir(site)
	_, err := generator.Build(generator.BuildOptions{OutDir: filepath.Join(t.TempDir(), "public")})
	var layoutErr *content.Error
	if !errors.As(err, &layoutErr) || !strings.HasPrefix(err.Error(), "layouts/event.html:4:6: ") || !strings.Contains(err.Error(), "Nope") {
		t.Errorf("Build with a layout that fails on line 4: got %T %v, want an error at layouts/event.html:4:6", err, err)
	}
}

// TestLayoutTheMinifierCannotKeep checks that a layout whose minified form
// would not parse still builds, into minified pages.
func TestLayoutTheMinifierCannotKeep(t *testing.T) {
	site := buildSite(t)
	// The minifier ends the template comment at its "}}" and drops the
	// rest as an HTML comment, which leaves the template comment unclosed.
	testsite.Write(t, site, map[string]string{"layouts/event.html": "{{define \"main\"}}<main id=\"main\">{{/* }} <!-- */}}\n  <p>yes</p>\n</main>{{end}}\n"})
	out := filepath.Join(t.TempDir(), "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	page := string(testsite.ReadTree(t, out)["events/2005-12-kfor.html"])
	if !strings.Contains(page, "<main id=main><p>yes</p></main>") {
		t.Errorf("event page: want the layout's output, minified; got %.300q", page[strings.Index(page, "<body"):])
	}
}
