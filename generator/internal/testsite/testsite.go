// Package testsite makes sites for tests and reads what they build: the
// one helper every package's tests share. A site is written from a map of
// files or from txtar text, as Hugo's tests write theirs.
package testsite

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/render"
	"github.com/rogpeppe/go-internal/txtar"
)

// Config is a config.toml with two categories, for sites made in tests.
const Config = `title = "Test site"
description = "A site for tests."

[[categories]]
id    = "operations"
label = "Operations"

[[categories]]
id    = "dialogue"
label = "Political dialogue"
`

// Write writes files (by slash-separated path) under dir.
func Write(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// New makes a site in a temporary folder from files (by slash-separated
// path); config.toml is Config unless files hold one. It returns the site
// folder.
func New(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	if _, ok := files[content.ConfigFile]; !ok {
		Write(tb, dir, map[string]string{content.ConfigFile: Config})
	}
	Write(tb, dir, files)
	return dir
}

// FromTxtar makes a site in a temporary folder from txtar text, one file
// per "-- name --" section, as New does from a map.
func FromTxtar(tb testing.TB, text string) string {
	tb.Helper()
	files := map[string]string{}
	for _, f := range txtar.Parse([]byte(text)).Files {
		files[f.Name] = string(f.Data)
	}
	return New(tb, files)
}

// EventTOML returns a minimal valid event file with the given date lines.
func EventTOML(title, dateLines string) string {
	return "title = " + strconv.Quote(title) + "\n" + dateLines + "\nsummary = \"Something happened.\"\n"
}

// Load loads the site in dir, as a build does.
func Load(dir string, opts load.Options) (*content.Site, error) {
	res, err := load.Site(dir, opts)
	if err != nil {
		return nil, err
	}
	return res.Site, nil
}

// Render renders every output file of a loaded site into memory, by
// slash-separated path, as a build would write them. A site with media
// needs RenderLoaded, which has their bytes.
func Render(site *content.Site) (map[string][]byte, error) {
	return renderSite(site, render.Options{})
}

// RenderLoaded renders every output file of a loaded site, its media too.
func RenderLoaded(res *load.Result) (map[string][]byte, error) {
	return renderSite(res.Site, render.Options{MediaData: res.Media.Data})
}

func renderSite(site *content.Site, opts render.Options) (map[string][]byte, error) {
	outs, err := render.Plan(site, opts)
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte, len(outs))
	var mu sync.Mutex
	err = render.Run(outs, func(name string, data output.Pieces) error {
		mu.Lock()
		defer mu.Unlock()
		files[name] = data.Bytes()
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// MustRender loads and renders the site in dir, failing the test on error.
func MustRender(tb testing.TB, dir string, opts load.Options) (*content.Site, map[string][]byte) {
	tb.Helper()
	res, err := load.Site(dir, opts)
	if err != nil {
		tb.Fatal(err)
	}
	files, err := RenderLoaded(res)
	if err != nil {
		tb.Fatal(err)
	}
	return res.Site, files
}

// ReadTree returns every file under dir by slash-separated path.
func ReadTree(tb testing.TB, dir string) map[string][]byte {
	tb.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// SortedKeys returns the names of files, sorted.
func SortedKeys[V any](files map[string]V) []string {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// CheckOutputTree checks the output files of a site (by slash-separated
// path) against DESIGN.md: the pages, data and feeds every site has, a
// calendar when it has events, and one page per event under events/, no
// more.
func CheckOutputTree(tb testing.TB, files map[string][]byte, ids []string) {
	tb.Helper()
	for _, name := range []string{output.Index, output.NotFound, output.JSON, output.Embed, output.EmbedJS, output.Feed} {
		if _, ok := files[name]; !ok {
			tb.Errorf("got no %s, want one", name)
		}
	}
	// A calendar needs an event (RFC 5545 wants a component).
	if _, ok := files[output.Calendar]; ok != (len(ids) > 0) {
		tb.Errorf("%s: got one %v, want one %v (with %d events)", output.Calendar, ok, len(ids) > 0, len(ids))
	}
	var pages, want []string
	for _, name := range SortedKeys(files) {
		if filepath.Dir(name) == "events" {
			pages = append(pages, name)
		}
	}
	for _, id := range ids {
		want = append(want, output.EventPage(id))
	}
	slices.Sort(want)
	if !slices.Equal(pages, want) {
		tb.Errorf("event pages: got %v, want %v", pages, want)
	}
}

// Fixture returns the folder of a fixture site of this package, by name:
// "centuries" spans 1066–2024 in four scripts, with long words and year
// pages (see sites/README.md).
func Fixture(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "sites", name)
}

// RepoRoot returns the repository's top folder, which holds the default
// site.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// FirstDifference describes where got and want first differ, with some
// context: minified files are long single lines.
func FirstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	excerpt := func(b []byte) string {
		from, to := max(i-60, 0), min(i+60, len(b))
		return fmt.Sprintf("%q", b[from:to])
	}
	return fmt.Sprintf("at byte %d (lengths: got %d, want %d):\n got: %s\nwant: %s", i, len(got), len(want), excerpt(got), excerpt(want))
}

// MustBuild builds a site with opts, failing the test on error.
func MustBuild(tb testing.TB, opts generator.BuildOptions) *generator.BuildResult {
	tb.Helper()
	result, err := generator.Build(opts)
	if err != nil {
		tb.Fatalf("Build: %v", err)
	}
	return result
}

// Paged returns a site of six events over three years whose index
// shows at most limit events in full.
func Paged(tb testing.TB, limit int) string {
	tb.Helper()
	files := map[string]string{
		"config.toml": fmt.Sprintf("title = \"Paged\"\nbaseURL = \"https://example.org/t/\"\nindexLimit = %d\n", limit),
	}
	for i, date := range []string{"2001-03", "2001-07", "2002", "2003-01-05", "2003-02", "2003-11"} {
		id := fmt.Sprintf("%s-e%d", date[:4], i)
		files["events/"+id+".toml"] = fmt.Sprintf("title = \"Event %d\"\ndate = %q\nsummary = \"Summary %d.\"\nbody = \"Body text %d.\"\n", i, date, i, i)
	}
	return New(tb, files)
}
