package importer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/importer"
	"github.com/natomongolia/timeline/generator/scaffold"
)

// existingSheet has the groups of a site made by "timeline init" (by
// label and by id) and a new one, and a row whose id is that of the
// site's example event. It has no date before year 1, display date,
// media or era, which today's generator does not take yet.
const existingSheet = `Year,Month,Headline,Text,Group
2024,1,example,<p>Same id as the example event.</p>,Milestones
2024,2,A meeting,<p>By the id of a category.</p>,meeting
2024,3,Something new,<p>A group the site does not have.</p>,New kind
2024,4,Another new one,<p>The same new group.</p>,new kind
`

func TestImportIntoExistingSite(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	if _, err := scaffold.NewSite(site, scaffold.SiteOptions{}); err != nil {
		t.Fatal(err)
	}
	example := filepath.Join(site, "events", "2024-01-example.toml")
	before := map[string][]byte{}
	for _, path := range []string{filepath.Join(site, "config.toml"), example} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		before[path] = data
	}
	sheet := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(sheet, []byte(existingSheet), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := importer.Import(importer.Options{File: sheet, SiteDir: site})
	if err != nil {
		t.Fatal(err)
	}

	// config.toml: the old bytes, then the new category only.
	config, _ := os.ReadFile(filepath.Join(site, "config.toml"))
	old := before[filepath.Join(site, "config.toml")]
	if !bytes.HasPrefix(config, old) {
		t.Fatalf("config.toml changed before its end:\n%s", config)
	}
	wantAdded := "\n# Added by \"timeline import\" from sheet.csv.\n[[categories]]\nid    = \"new-kind\"\nlabel = \"New kind\"\n"
	if got := string(config[len(old):]); got != wantAdded {
		t.Errorf("appended to config.toml:\n%s\nwant:\n%s", got, wantAdded)
	}
	if got := strings.Join(res.Summary(), "\n"); !strings.Contains(got, filepath.Join(site, "config.toml")+": 1 category (new-kind) added") {
		t.Errorf("the summary does not say what config.toml got:\n%s", got)
	}

	// The example event is left as it was; the import took the next id.
	if data, _ := os.ReadFile(example); !bytes.Equal(data, before[example]) {
		t.Error("the import overwrote the example event")
	}
	wantMessages := []string{
		sheet + `:3: group "meeting" is taken as the category "meeting" (Meetings), which has the same id`,
		sheet + ":2: " + example + " exists: written as " + filepath.Join(site, "events", "2024-01-example-2.toml") + ", the file is left as it was",
	}
	var messages []string
	for _, m := range res.Messages {
		messages = append(messages, m.String())
	}
	if !slices.Equal(messages, wantMessages) {
		t.Errorf("got messages\n%s\nwant\n%s", strings.Join(messages, "\n"), strings.Join(wantMessages, "\n"))
	}
	var categories []string
	for _, f := range res.Events {
		categories = append(categories, decodeEvent(t, f.Path, f.Data).Category)
	}
	if want := "milestone meeting new-kind new-kind"; strings.Join(categories, " ") != want {
		t.Errorf("got categories %v, want %s", categories, want)
	}
	if _, err := generator.Check(site); err != nil {
		t.Fatalf("the site does not pass check after the import:\n%v", err)
	}

	// A second import adds no category and overwrites nothing.
	again, err := importer.Import(importer.Options{File: sheet, SiteDir: site})
	if err != nil {
		t.Fatal(err)
	}
	if again.Config != nil {
		t.Errorf("a second import changes config.toml:\n%s", again.Config.Data)
	}
	if got := filepath.Base(again.Events[0].Path); got != "2024-01-example-3.toml" {
		t.Errorf("second import: got %s, want 2024-01-example-3.toml", got)
	}
	if _, err := generator.Check(site); err != nil {
		t.Fatalf("the site does not pass check after a second import:\n%v", err)
	}
}

// TestImportIntoEmptyFolderPassesCheck imports a sheet without the keys
// today's generator lacks into a new folder, and checks the site.
func TestImportIntoEmptyFolderPassesCheck(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.csv")
	content := "Year,Month,Day,Headline,Text,Type,Group\n" +
		",,,The title,<p>The description.</p>,title,\n" + existingSheetRows
	if err := os.WriteFile(sheet, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(dir, "new")
	if _, err := importer.Import(importer.Options{File: sheet, SiteDir: site}); err != nil {
		t.Fatal(err)
	}
	checked, err := generator.Check(site)
	if err != nil {
		t.Fatalf("the site does not pass check:\n%v", err)
	}
	if checked.Config.Title != "The title" || checked.Config.Description != "The description." || len(checked.Events) != 3 {
		t.Errorf("got title %q, description %q, %d events", checked.Config.Title, checked.Config.Description, len(checked.Events))
	}
	var cfg struct{ Source struct{ Title string } }
	if _, err := toml.DecodeFile(filepath.Join(site, "config.toml"), &cfg); err != nil || cfg.Source.Title != "sheet.csv" {
		t.Errorf("[source] got %q (%v), want the imported file's name", cfg.Source.Title, err)
	}
}

const existingSheetRows = `2005,12,,Mongolia joins KFOR,"<p>Cooperation began. It grew.</p>",,Operations
2010,3,1,Mongolia deploys to ISAF,<p>Text with <a href="https://example.org">a link</a>.</p>,,Operations
2014,,,Five Hills,,,Training & partnership
`

// TestConfigThatCannotTakeTables refuses, writing nothing, a config.toml
// whose categories are an inline array.
func TestConfigThatCannotTakeTables(t *testing.T) {
	dir := t.TempDir()
	config := "title = \"T\"\ncategories = [{id = \"a\", label = \"A\"}]\n"
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(dir, "sheet.csv")
	if err := os.WriteFile(sheet, []byte("Year,Headline,Group\n2005,X,New\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := importer.Import(importer.Options{File: sheet, SiteDir: dir})
	if _, ok := err.(*content.UsageError); !ok || !strings.Contains(err.Error(), "cannot take [[categories]]") {
		t.Fatalf("got %v, want a usage error", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "config.toml")); string(data) != config {
		t.Error("config.toml changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "events")); err == nil {
		t.Error("the refused import wrote events/")
	}
}

// TestMediaCopies copies a media file beside the sheet into media/, once,
// and under a free name when media/ has another file of that name.
func TestMediaCopies(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	for path, content := range map[string]string{
		filepath.Join(dir, "pics", "a.png"):   "picture a",
		filepath.Join(site, "media", "a.png"): "another picture",
		filepath.Join(site, "config.toml"):    "title = \"T\"\n",
		filepath.Join(dir, "sheet.csv"):       "Year,Headline,Media,Alt Text\n2001,One,pics/a.png,A\n2002,Two,pics/a.png,A\n2003,Three,../escape.png,A\n",
	} {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := importer.Import(importer.Options{File: filepath.Join(dir, "sheet.csv"), SiteDir: site})
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	for _, f := range res.Events {
		for _, m := range decodeEvent(t, f.Path, f.Data).Media {
			srcs = append(srcs, m.Src)
		}
	}
	if got := strings.Join(srcs, " "); got != "media/a-2.png media/a-2.png" {
		t.Errorf("got media %q, want media/a-2.png twice", got)
	}
	if data, _ := os.ReadFile(filepath.Join(site, "media", "a-2.png")); string(data) != "picture a" {
		t.Errorf("media/a-2.png holds %q", data)
	}
	if data, _ := os.ReadFile(filepath.Join(site, "media", "a.png")); string(data) != "another picture" {
		t.Error("the import overwrote media/a.png")
	}
	want := filepath.Join(dir, "sheet.csv") + ":4: Media: ../escape.png is outside the folder of the imported file: dropped; put the file beside it"
	if len(res.Messages) != 1 || res.Messages[0].String() != want {
		t.Errorf("got %v, want\n%s", res.Messages, want)
	}
}
