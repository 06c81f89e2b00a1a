package importer_test

import (
	"errors"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/importer"
)

// TestFailedWriteIsTakenBack makes an import fail half-way, by another
// program writing the file of its second event meanwhile: the import
// removes what it wrote, cuts config.toml back, and leaves the other
// file as it was.
func TestFailedWriteIsTakenBack(t *testing.T) {
	sheet := "Year,Headline,Media,Alt Text,Group\n2005,One,seal.png,A seal,Operations\n2006,Two,,,\n2007,Three,,,\n"
	for _, tc := range []struct {
		name   string
		config string // the site's config.toml, or "" for a new folder
	}{
		{"into a new folder", ""},
		{"into an existing site", "title = \"T\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			site := filepath.Join(dir, "site")
			files := map[string]string{filepath.Join(dir, "sheet.csv"): sheet, filepath.Join(dir, "seal.png"): pngFile(t, 2, 2, color.White)}
			if tc.config != "" {
				files[filepath.Join(site, "config.toml")] = tc.config
			}
			writeFiles(t, files)
			before := snapshot(t, dir)
			other := filepath.Join(site, "events", "2006-two.toml")
			res, err := importer.Import(importer.Options{File: filepath.Join(dir, "sheet.csv"), SiteDir: site, Progress: func(done, total int) {
				if done == 1 {
					writeFiles(t, map[string]string{other: "mine"})
				}
			}})
			var usage *content.UsageError
			if res != nil || !errors.As(err, &usage) || !strings.Contains(err.Error(), other+" appeared while importing") {
				t.Fatalf("got %v, %v; want a usage error naming %s", res, err, other)
			}
			if data, _ := os.ReadFile(other); string(data) != "mine" {
				t.Errorf("the other program's file holds %q", data)
			}
			// The other file kept events/, and in a new folder the site
			// folder, from being removed.
			os.Remove(other)
			os.Remove(filepath.Join(site, "events"))
			if tc.config == "" {
				os.Remove(site)
			}
			if after := snapshot(t, dir); after != before {
				t.Errorf("the failed import left\n%s\nwant\n%s", after, before)
			}
		})
	}
}

// snapshot lists the files under dir with their contents.
func snapshot(tb testing.TB, dir string) string {
	tb.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() {
			b.WriteString(rel + "/\n")
			return nil
		}
		data, err := os.ReadFile(path)
		b.WriteString(rel + ": " + string(data) + "\n")
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return b.String()
}
