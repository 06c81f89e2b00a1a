package generator_test

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// testConfig is a config.toml with two categories, for sites made in tests.
const testConfig = `title = "Test site"
description = "A site for tests."

[[categories]]
id    = "operations"
label = "Operations"

[[categories]]
id    = "dialogue"
label = "Political dialogue"
`

// writeFiles writes files (by slash-separated path) under dir.
func writeFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// newSite makes a site in a temporary folder from files (by slash-separated
// path); config.toml is testConfig unless files hold one. It returns the
// site folder.
func newSite(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	if _, ok := files["config.toml"]; !ok {
		writeFiles(tb, dir, map[string]string{"config.toml": testConfig})
	}
	writeFiles(tb, dir, files)
	return dir
}

// readTree returns every file under dir by slash-separated path.
func readTree(tb testing.TB, dir string) map[string][]byte {
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

// event returns a minimal valid event file with the given date lines.
func eventTOML(title, dateLines string) string {
	return "title = " + strconv.Quote(title) + "\n" + dateLines + "\nsummary = \"Something happened.\"\n"
}

// sortedKeys returns the names of files, sorted.
func sortedKeys(files map[string][]byte) []string {
	list := make([]string, 0, len(files))
	for name := range files {
		list = append(list, name)
	}
	sort.Strings(list)
	return list
}

// checkOutputTree checks the output files of a site (by slash-separated
// path) against DESIGN.md: the pages, data and feeds every site has, and one
// page per event under events/, no more.
func checkOutputTree(tb testing.TB, files map[string][]byte, ids []string) {
	tb.Helper()
	for _, name := range []string{"index.html", "404.html", "timeline.json", "embed.html", "embed.js", "feed.xml"} {
		if _, ok := files[name]; !ok {
			tb.Errorf("got no %s, want one", name)
		}
	}
	// A calendar needs an event (RFC 5545 wants a component).
	if _, ok := files["timeline.ics"]; ok != (len(ids) > 0) {
		tb.Errorf("timeline.ics: got one %v, want one %v (with %d events)", ok, len(ids) > 0, len(ids))
	}
	var pages []string
	for _, name := range sortedKeys(files) {
		if strings.HasPrefix(name, "events/") {
			pages = append(pages, name)
		}
	}
	var want []string
	for _, id := range ids {
		want = append(want, "events/"+id+".html")
	}
	sort.Strings(want)
	if strings.Join(pages, " ") != strings.Join(want, " ") {
		tb.Errorf("event pages: got %v, want %v", pages, want)
	}
}
