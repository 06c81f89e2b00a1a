package importer_test

import (
	"image/color"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/importer"
)

// TestSummary checks the lines that end every import: what config.toml
// got, the media copied, then the events written and the entries
// skipped, said as "would be" in a dry run.
func TestSummary(t *testing.T) {
	sheet := "Year,End Year,Headline,Media,Alt Text,Type,Group\n" +
		"1990,2000,The nineties,,,era,\n" +
		"2005,,One,seal.png,A seal,,Operations\n" +
		"2006,,Two,,,,Dialogue & talks\n" +
		",,No year,,,,\n" +
		"2007,,Three,,,,\n"
	const site = "SITE" // the site folder, in files and want
	for _, tc := range []struct {
		name    string
		files   map[string]string // beside the imported file, in.csv or in.json; SITE/ for the site
		dryRun  bool
		want    []string
		skipped int
	}{
		{"a new site", map[string]string{"in.csv": sheet, "seal.png": ""}, false, []string{
			"SITE/config.toml written with 2 categories (operations and dialogue-and-talks) and 1 era",
			"1 media file copied to SITE/media/",
			"3 events written to SITE/events/, 1 row skipped",
		}, 1},
		{"a dry run", map[string]string{"in.csv": sheet, "seal.png": ""}, true, []string{
			"SITE/config.toml would be written with 2 categories (operations and dialogue-and-talks) and 1 era",
			"1 media file would be copied to SITE/media/",
			"3 events would be written to SITE/events/, 1 row skipped (dry run: nothing was written)",
		}, 1},
		{"an existing site", map[string]string{"in.csv": "Year,Headline,Group\n2005,One,Operations\n", "SITE/config.toml": "title = \"T\"\n"}, false, []string{
			"SITE/config.toml: 1 category (operations) added",
			"1 event written to SITE/events/",
		}, 0},
		{"an existing site with the categories", map[string]string{"in.csv": "Year,Headline,Group\n2005,One,Operations\n2006,Two,operations\n",
			"SITE/config.toml": "title = \"T\"\n\n[[categories]]\nid = \"operations\"\nlabel = \"Operations\"\n"}, false, []string{
			"2 events written to SITE/events/",
		}, 0},
		{"slides skipped", map[string]string{"in.json": `{"events":[{"text":{"headline":"X"}},{"start_date":{"year":2005},"text":{"headline":"Y"}},5]}`,
			"SITE/config.toml": "title = \"T\"\n"}, false, []string{
			"1 event written to SITE/events/, 2 slides skipped",
		}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{}
			var input string
			for name, content := range tc.files {
				if name == "seal.png" {
					content = pngFile(t, 3, 3, color.White)
				}
				if strings.HasPrefix(name, "in.") {
					input = filepath.Join(dir, name)
				}
				files[filepath.Join(dir, filepath.FromSlash(name))] = content
			}
			writeFiles(t, files)
			siteDir := filepath.Join(dir, site)
			res, err := importer.Import(importer.Options{File: input, SiteDir: siteDir, DryRun: tc.dryRun})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(res.Summary(), "\n")
			want := strings.ReplaceAll(filepath.FromSlash(strings.Join(tc.want, "\n")), site, siteDir)
			if got != want {
				t.Errorf("got summary\n%s\nwant\n%s", got, want)
			}
			if res.Site.Skipped != tc.skipped {
				t.Errorf("got %d skipped, want %d", res.Site.Skipped, tc.skipped)
			}
			if !tc.dryRun {
				checkSite(t, siteDir)
			}
		})
	}
}
