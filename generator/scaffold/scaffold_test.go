package scaffold_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/scaffold"
	"github.com/natomongolia/timeline/layouts"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Hello world", "hello-world"},
		{"  Mongolia joins the Kosovo Force!  ", "mongolia-joins-the-kosovo-force"},
		{"NATO’s Lisbon Summit", "natos-lisbon-summit"},
		{"Crème brûlée à Zürich, Łódź & Ærøskøbing", "creme-brulee-a-zurich-lodz-and-aeroskobing"},
		{"Straße -- 2005/12", "strasse-2005-12"},
		{"Монгол Улс", "mongol-uls"},
		{"Монголия и НАТО 2014", "mongoliia-i-nato-2014"},
		{"Ωmega", "omega"},
		{"Ελληνικά", "ellenika"},
		{"日本の歴史", "ri-ben-noli-shi"},
		{"🎉🎉", ""},
		{"a_b", "a-b"},
		{strings.Repeat("word ", 20), strings.TrimSuffix(strings.Repeat("word-", 12), "-")},
		{strings.Repeat("x", 70), strings.Repeat("x", 60)},
	} {
		if got := scaffold.Slug(tc.title); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// check fails the test unless the site in dir passes validation.
func check(tb testing.TB, dir string) *content.Site {
	tb.Helper()
	site, err := generator.Check(dir)
	if err != nil {
		tb.Fatalf("the site does not pass check:\n%v", err)
	}
	return site
}

func TestNewEventPassesCheck(t *testing.T) {
	configs := map[string]string{
		"bare": `title = "T"`,
		"categories and source": `title = "T"
[[categories]]
id = "ops"
label = "Operations"
[[categories]]
id = "talks"
[source]
title = "The \"source\" \\ document"
url = "https://example.org/a?b=c&d"
`,
		"source without url": "title = \"T\"\n[source]\ntitle = \"A book\"\n",
	}
	titles := []string{
		`A plain title`,
		`Quotes "inside" and a back\slash`,
		"Control\tand\nnew line",
		`Ünïcödé — ✓ and <b>html</b>`,
		`"""`,
	}
	for name, config := range configs {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "config.toml"), config)
			for i, title := range titles {
				date := []string{"2005", "2005-12", "2005-12-01", "", "2014-08"}[i]
				path, err := scaffold.NewEvent(dir, scaffold.EventOptions{Title: title, Date: date})
				if err != nil {
					t.Fatalf("NewEvent(%q): %v", title, err)
				}
				if date == "" {
					date = time.Now().Format("2006-01-02")
				}
				if want := filepath.Join(dir, "events", date+"-"+scaffold.Slug(title)); !strings.HasPrefix(path, want) {
					t.Errorf("NewEvent(%q) wrote %s, want %s…", title, path, want)
				}
			}
			site := check(t, dir)
			if len(site.Events) != len(titles) {
				t.Fatalf("got %d events, want %d", len(site.Events), len(titles))
			}
			for _, e := range site.Events {
				if !e.Draft {
					t.Errorf("%s is not a draft", e.ID)
				}
				if !contains(titles, e.Title) && !contains(titles, strings.TrimSpace(e.Title)) {
					t.Errorf("%s: title %q is not one written", e.ID, e.Title)
				}
				if strings.Contains(config, "[[categories]]") && e.Category != "ops" {
					t.Errorf("%s: category %q, want the first declared, ops", e.ID, e.Category)
				}
				if strings.Contains(config, "[source]") && (len(e.Sources) != 1 || e.Sources[0].Title == "") {
					t.Errorf("%s: sources %v, want the site's source", e.ID, e.Sources)
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestNewEventExplainsEveryKey(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "config.toml"), "title = \"T\"\n[[categories]]\nid = \"ops\"\n")
	path, err := scaffold.NewEvent(dir, scaffold.EventOptions{Title: "Every key", Date: "2020"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, key := range []string{"title =", "date =", "# end =", "ongoing =", "summary =", "category =", "tags =", "place =", "draft = true", "body =", "[[sources]]"} {
		i := strings.Index(text, key)
		if i < 0 {
			t.Errorf("the template lacks %q:\n%s", key, text)
			continue
		}
		// The line before the key is a comment that explains it.
		before := strings.Split(strings.TrimRight(text[:i], "\n# "), "\n")
		if last := before[len(before)-1]; !strings.HasPrefix(last, "#") {
			t.Errorf("%q has no comment above it (%q)", key, last)
		}
	}
}

func TestNewEventRefuses(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "config.toml"), `title = "T"`)
	first, err := scaffold.NewEvent(dir, scaffold.EventOptions{Title: "Once", Date: "2001"})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, first, "# edited\n")
	for _, tc := range []struct {
		name    string
		siteDir string
		opts    scaffold.EventOptions
		want    string
	}{
		{"empty title", dir, scaffold.EventOptions{Title: "  "}, "the title is empty"},
		{"bad date", dir, scaffold.EventOptions{Title: "X", Date: "2001-02-30"}, "impossible date"},
		{"not a date", dir, scaffold.EventOptions{Title: "X", Date: "May 2001"}, "bad date"},
		{"not a site", t.TempDir(), scaffold.EventOptions{Title: "X"}, "timeline init"},
	} {
		_, err := scaffold.NewEvent(tc.siteDir, tc.opts)
		var usageErr *content.UsageError
		if !errors.As(err, &usageErr) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want a UsageError with %q", tc.name, err, tc.want)
		}
	}
	if data, _ := os.ReadFile(first); string(data) != "# edited\n" {
		t.Errorf("the existing file was overwritten: %q", data)
	}
	// A title whose slug is taken, or that has no slug, takes the next
	// free name.
	for _, tc := range []struct{ title, want string }{
		{"Once", "2001-once-2.toml"},
		{"once!", "2001-once-3.toml"},
		{"🎉🎉", "2001-event.toml"},
		{"🎉", "2001-event-2.toml"},
	} {
		path, err := scaffold.NewEvent(dir, scaffold.EventOptions{Title: tc.title, Date: "2001"})
		if err != nil || filepath.Base(path) != tc.want {
			t.Errorf("NewEvent(%q): got %s, %v; want %s", tc.title, path, err, tc.want)
		}
	}

	writeFile(t, filepath.Join(dir, "config.toml"), "title = \"T\"\ntitel = \"typo\"\n")
	_, err = scaffold.NewEvent(dir, scaffold.EventOptions{Title: "X"})
	var contentErrs content.ContentErrors
	if !errors.As(err, &contentErrs) || !strings.Contains(err.Error(), `config.toml:2:1: unknown key "titel"`) {
		t.Errorf("a broken config: got %v, want its content errors", err)
	}
}

func TestNewSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "site")
	written, err := scaffold.NewSite(dir, scaffold.SiteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "config.toml"), filepath.Join(dir, "events", "2024-01-example.toml")}
	if strings.Join(written, "\n") != strings.Join(want, "\n") {
		t.Errorf("wrote %q, want %q", written, want)
	}
	site := check(t, dir)
	if len(site.Events) != 1 || site.Events[0].Draft {
		t.Errorf("got %d events, want one published example", len(site.Events))
	}
	if _, err := os.Stat(filepath.Join(dir, "layouts")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("layouts/ written without -layouts: %v", err)
	}
}

func TestNewSiteWithLayouts(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "README.md"), "a folder that is not a site yet")
	if _, err := scaffold.NewSite(dir, scaffold.SiteOptions{Layouts: true}); err != nil {
		t.Fatal(err)
	}
	count := 0
	err := fs.WalkDir(layouts.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		count++
		want, _ := fs.ReadFile(layouts.FS, name)
		got, err := os.ReadFile(filepath.Join(dir, "layouts", name))
		if err != nil || string(got) != string(want) {
			t.Errorf("layouts/%s is not the default layout: %v", name, err)
		}
		return nil
	})
	if err != nil || count == 0 {
		t.Fatalf("walking the default layouts: %d files, %v", count, err)
	}
	check(t, dir)
}

func TestNewSiteRefuses(t *testing.T) {
	for name, setup := range map[string]func(dir string){
		"config.toml": func(dir string) { writeFile(t, filepath.Join(dir, "config.toml"), "") },
		"events/":     func(dir string) { os.MkdirAll(filepath.Join(dir, "events"), 0o755) },
		"a layout":    func(dir string) { writeFile(t, filepath.Join(dir, "layouts", "base.html"), "mine") },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			setup(dir)
			before := listFiles(t, dir)
			_, err := scaffold.NewSite(dir, scaffold.SiteOptions{Layouts: true})
			var usageErr *content.UsageError
			if !errors.As(err, &usageErr) {
				t.Errorf("got %v, want a UsageError", err)
			}
			if after := listFiles(t, dir); after != before {
				t.Errorf("a refused init changed the folder:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
}

// listFiles returns the paths under dir, one a line, for comparisons.
func listFiles(tb testing.TB, dir string) string {
	tb.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		paths = append(paths, path)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Join(paths, "\n")
}

// TestNewEventTransliteratesInTheSiteLanguage checks that the site's
// language picks the transliteration: German "ö" is "oe".
func TestNewEventTransliteratesInTheSiteLanguage(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "config.toml"), "title = \"T\"\nlanguage = \"de-AT\"\n")
	path, err := scaffold.NewEvent(dir, scaffold.EventOptions{Title: "Größenwahn in Köln", Date: "2001"})
	if err != nil || filepath.Base(path) != "2001-groessenwahn-in-koeln.toml" {
		t.Errorf("NewEvent: got %s, %v; want 2001-groessenwahn-in-koeln.toml", path, err)
	}
}
