package load_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// editorFiles are files that editors and systems leave beside a site's
// sources, by slash-separated path: none of them is part of the site.
var editorFiles = map[string]string{
	"events/#x.toml#":              "autosave",
	"events/x.toml~":               "backup",
	"events/.x.toml.swp":           "swap",
	"events/.x.toml.swx":           "swap",
	"events/4913":                  "",
	"events/5036":                  "",
	"events/.DS_Store":             "\x00\x00\x00\x01Bud1",
	"events/x.toml.tmp":            "half-saved",
	"events/x.toml___jb_tmp___":    "half-saved",
	"events/.goutputstream-ABC123": "half-saved",
	"events/._x.toml":              "\x00\x05\x16\x07",
	"events/.hidden.toml":          "not = an event",
	"events/.git/x.toml":           "title = 1",
	"layouts/.index.html.swp":      "swap",
	"layouts/index.html~":          "backup",
	"layouts/Thumbs.db":            "",
	"static/.DS_Store":             "",
	"static/img/Thumbs.db":         "",
	"static/desktop.ini":           "",
	"static/notes.txt~":            "",
}

// TestEditorFilesArePassedOver builds a site whose folders hold the files
// editors leave, an Emacs lock file (a dangling symbolic link) among them:
// the build and the check take no notice of any of them, and none reaches
// the output.
func TestEditorFilesArePassedOver(t *testing.T) {
	files := map[string]string{"events/x.toml": validEvent, "static/.nojekyll": "", "static/.well-known/security.txt": "Contact: x"}
	for name, content := range editorFiles {
		files[name] = content
	}
	dir := testsite.New(t, files)
	if err := os.Symlink("user@host.1234:1700000000", filepath.Join(dir, "events", ".#x.toml")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	result, err := generator.Build(generator.BuildOptions{SiteDir: dir, OutDir: out})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if result.Events != 1 || len(result.Warnings) != 0 {
		t.Errorf("Build: got %d events and warnings %q, want the one event and no warning", result.Events, result.Warnings)
	}
	tree := testsite.ReadTree(t, out)
	for _, name := range []string{".nojekyll", ".well-known/security.txt"} {
		if _, ok := tree[name]; !ok {
			t.Errorf("static/%s was not copied: only editors' files are passed over", name)
		}
	}
	for name := range tree {
		if content.IsEditorFile(filepath.Base(name)) {
			t.Errorf("the output holds the editor's file %s", name)
		}
	}
	site, err := generator.Check(dir)
	if err != nil || len(site.Warnings) != 0 {
		t.Errorf("Check: got %v and warnings %q, want neither", err, site.Warnings)
	}
}

// TestLookalikeEventFilesWarn checks that a file that looks like an event
// but is not read is named in a warning, never dropped without a word.
func TestLookalikeEventFilesWarn(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"events/x.toml":          validEvent,
		"events/y.TOML":          validEvent,
		"events/2005/z.toml":     validEvent,
		"events/2005/notes.md":   "notes",
		"events/old/deep/w.Toml": validEvent,
		"events/README.md":       "how we write events",
	})
	t.Chdir(dir)
	result, err := generator.Build(generator.BuildOptions{OutDir: filepath.Join(t.TempDir(), "public")})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	want := strings.Join([]string{
		"events/2005/z.toml: warning: not read as an event: event files go directly in events/, not in a subfolder: move it to events/z.toml",
		"events/old/deep/w.Toml: warning: not read as an event: event files go directly in events/, not in a subfolder: move it to events/w.toml",
		"events/y.TOML: warning: not read as an event: the extension of an event file is .toml, in lower case: rename it to y.toml",
	}, "\n")
	if got := result.Warnings.String(); got != want {
		t.Errorf("warnings:\ngot:\n%s\nwant:\n%s", got, want)
	}
	if result.Events != 1 {
		t.Errorf("Build: got %d events, want 1", result.Events)
	}
}

// TestUnusedLayoutsWarn checks that a layout file the generator does not
// use, such as a misspelt name, is named in a warning.
func TestUnusedLayoutsWarn(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"events/x.toml":       validEvent,
		"layouts/indx.html":   "{{define \"main\"}}mine{{end}}",
		"layouts/old/a.html":  "",
		"layouts/style.css":   "body{color:red}",
		"layouts/.style.swp":  "",
		"layouts/style.css~":  "",
		"layouts/README.md~":  "",
		"layouts/timeline.js": "",
	})
	t.Chdir(dir)
	site, err := generator.Check(".")
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	got := site.Warnings.String()
	for _, want := range []string{
		"layouts/indx.html: warning: not a layout timeline uses, so it changes nothing: the layouts are 404.html, base.html, ",
		"layouts/old: warning: layouts/ holds no folders",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("warnings:\n%s\nwant one starting %q", got, want)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != 2 {
		t.Errorf("got %d warnings, want 2:\n%s", n, got)
	}
}

// TestNamesEverySystemCanStore checks that ids and static files that
// Windows cannot store, and names that differ only in case, are errors
// that name the files.
func TestNamesEverySystemCanStore(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"events/con.toml":     validEvent,
		"events/lpt1.toml":    validEvent,
		"events/com10.toml":   validEvent, // not a device
		"events/console.toml": validEvent,
		"static/aux.txt":      "x",
		"static/docs/Nul":     "x",
		"static/Index.html":   "mine",
		"static/a/Logo.png":   "1",
		"static/a/logo.png":   "2",
	})
	t.Chdir(dir)
	_, err := generator.Build(generator.BuildOptions{OutDir: filepath.Join(t.TempDir(), "public")})
	var errs content.ContentErrors
	if !errors.As(err, &errs) {
		t.Fatalf("Build: got %v, want content errors", err)
	}
	// Events are checked first: a build reports static files once the
	// events load.
	equalLines(t, strings.Split(errs.Error(), "\n"), []string{
		`events/con.toml: the id "con" names a device on Windows, where no file may be called con.html: rename the file, such as to con-event.toml`,
		`events/lpt1.toml: the id "lpt1" names a device on Windows, where no file may be called lpt1.html: rename the file, such as to lpt1-event.toml`,
	})
	for _, name := range []string{"events/con.toml", "events/lpt1.toml"} {
		if err := os.Remove(name); err != nil {
			t.Fatal(err)
		}
	}
	_, err = generator.Build(generator.BuildOptions{OutDir: filepath.Join(t.TempDir(), "public")})
	if !errors.As(err, &errs) {
		t.Fatalf("Build: got %v, want content errors", err)
	}
	equalLines(t, strings.Split(errs.Error(), "\n"), []string{
		`static/Index.html: Index.html and index.html differ only in case: on macOS and Windows one would replace the other; rename this one`,
		`static/a/logo.png: a/logo.png and a/Logo.png differ only in case: on macOS and Windows one would replace the other; rename this one`,
		`static/aux.txt: "aux.txt" names a device on Windows, where no file may be called so: rename it`,
		`static/docs/Nul: "Nul" names a device on Windows, where no file may be called so: rename it`,
	})
}

func TestIsSourceChange(t *testing.T) {
	site := filepath.FromSlash("/site")
	tests := []struct {
		path string
		want bool
	}{
		{"events/x.toml", true},
		{"events/x.TOML", true}, // a warning may come or go
		{"events/.#x.toml", false},
		{"events/.x.toml.swp", false},
		{"events/x.toml~", false},
		{"events/4913", false},
		{"events/.hidden.toml", false},
		{"events", true},
		{"layouts/index.html", true},
		{"layouts/.index.html.swp", false},
		{"static/.nojekyll", true},
		{"static/.DS_Store", false},
		{"config.toml", true},
		{".config.toml.swp", false},
	}
	for _, tt := range tests {
		if got := content.IsSourceChange(site, filepath.Join(site, filepath.FromSlash(tt.path))); got != tt.want {
			t.Errorf("IsSourceChange(%s): got %v, want %v", tt.path, got, tt.want)
		}
	}
}
