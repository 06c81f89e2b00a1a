package importer_test

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
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
// site's example event.
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

// TestImportIntoEmptyFolderPassesCheck imports a sheet with a title
// slide, an era, a display date, dates before year 1, remote media and
// an image beside the sheet into a new folder, and checks the site.
func TestImportIntoEmptyFolderPassesCheck(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "sheet.csv")
	content := "Year,Month,Day,End Year,Display Date,Headline,Text,Media,Media Caption,Alt Text,Type,Group\n" +
		",,,,,The title,<p>The description.</p>,,,,title,\n" +
		"2005,,,2014,,The partnership,,,,,era,\n" +
		existingSheetRows
	if err := os.WriteFile(sheet, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seal.png"), []byte(pngFile(t, 5, 5, color.Gray{90})), 0o644); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(dir, "new")
	if _, err := importer.Import(importer.Options{File: sheet, SiteDir: site}); err != nil {
		t.Fatal(err)
	}
	checked := checkSite(t, site)
	if checked.Config.Title != "The title" || checked.Config.Description != "The description." || len(checked.Events) != 5 {
		t.Errorf("got title %q, description %q, %d events; want the title slide's and 5", checked.Config.Title, checked.Config.Description, len(checked.Events))
	}
	if eras := checked.Config.Eras; len(eras) != 1 || eras[0].Label != "The partnership" || eras[0].Date.String() != "2005" || eras[0].End.String() != "2014" {
		t.Errorf("got eras %+v, want The partnership, 2005 to 2014", eras)
	}
	var got []string
	for _, e := range checked.Events {
		line := e.ID + " " + e.Date.String() + " " + e.Display
		for _, m := range e.Media {
			line += " " + m.Src + " (" + m.Alt + ")"
		}
		got = append(got, line)
	}
	want := []string{
		"0500-bce-battle-of-marathon -0499 ",
		"2005-12-mongolia-joins-kfor 2005-12  https://example.org/kfor.jpg (Soldiers in the snow)",
		"2010-03-01-mongolia-deploys-to-isaf 2010-03-01 ",
		"2012-a-seal 2012 Spring 2012 media/seal.png (The seal)",
		"2014-five-hills 2014 ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got events\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var cfg struct{ Source struct{ Title string } }
	if _, err := toml.DecodeFile(filepath.Join(site, "config.toml"), &cfg); err != nil || cfg.Source.Title != "sheet.csv" {
		t.Errorf("[source] got %q (%v), want the imported file's name", cfg.Source.Title, err)
	}
}

const existingSheetRows = `2005,12,,,,Mongolia joins KFOR,"<p>Cooperation began. It grew.</p>",https://example.org/kfor.jpg,,Soldiers in the snow,,Operations
2010,3,1,,,Mongolia deploys to ISAF,<p>Text with <a href="https://example.org">a link</a>.</p>,,,,,Operations
2014,,,,,Five Hills,,,,,,Training & partnership
-500,,,,,Battle of Marathon,<p>Athens wins.</p>,,,,,
2012,,,,Spring 2012,A seal,,seal.png,The seal,,,
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

// pngFile returns a PNG picture w×h pixels of one colour, a media file
// the generator decodes.
func pngFile(tb testing.TB, w, h int, c color.Color) string {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{}, draw.Src)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// TestMediaCopies copies a media file beside the sheet into media/, once,
// and under a free name when media/ has another file of that name; the
// site passes check with the copies.
func TestMediaCopies(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	pictureA, another := pngFile(t, 4, 3, color.White), pngFile(t, 3, 4, color.Black)
	for path, content := range map[string]string{
		filepath.Join(dir, "pics", "a.png"):   pictureA,
		filepath.Join(site, "media", "a.png"): another,
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
	for _, e := range checkSite(t, site).Events {
		for _, m := range e.Media {
			srcs = append(srcs, m.Src)
		}
	}
	if got := strings.Join(srcs, " "); got != "media/a-2.png media/a-2.png" {
		t.Errorf("got media %q, want media/a-2.png twice", got)
	}
	if data, _ := os.ReadFile(filepath.Join(site, "media", "a-2.png")); string(data) != pictureA {
		t.Error("media/a-2.png is not the picture beside the sheet")
	}
	if data, _ := os.ReadFile(filepath.Join(site, "media", "a.png")); string(data) != another {
		t.Error("the import overwrote media/a.png")
	}
	want := filepath.Join(dir, "sheet.csv") + ":4: Media: ../escape.png is outside the folder of the imported file: dropped; put the file beside it"
	if len(res.Messages) != 1 || res.Messages[0].String() != want {
		t.Errorf("got %v, want\n%s", res.Messages, want)
	}
}

// TestTitleSlideIntoExistingSite leaves an existing site's title as it
// is, and says so.
func TestTitleSlideIntoExistingSite(t *testing.T) {
	for _, tc := range []struct{ name, file, content, want string }{
		{"a sheet", "in.csv", "Year,Headline,Text,Type\n,Another title,<p>Words.</p>,title\n2005,X,,\n", ":2: "},
		{"JSON", "in.json", `{"title":{"text":{"headline":"Another title"}},"events":[{"start_date":{"year":2005},"text":{"headline":"X"}}]}`, ":title: "},
		{"the same title", "in.csv", "Year,Headline,Text,Type\n,T,<p>D.</p>,title\n2005,X,,\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			site := filepath.Join(dir, "site")
			config := "title = \"T\"\ndescription = \"D.\"\n"
			writeFiles(t, map[string]string{filepath.Join(site, "config.toml"): config, filepath.Join(dir, tc.file): tc.content})
			res, err := importer.Import(importer.Options{File: filepath.Join(dir, tc.file), SiteDir: site})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range res.Messages {
				got = append(got, m.String())
			}
			want := []string{}
			if tc.want != "" {
				want = append(want, filepath.Join(dir, tc.file)+tc.want+"the title slide is not carried: the site keeps the title and description of its config.toml; write the slide's there if you want them")
			}
			if !slices.Equal(got, want) {
				t.Errorf("got messages %q, want %q", got, want)
			}
			if data, _ := os.ReadFile(filepath.Join(site, "config.toml")); string(data) != config {
				t.Errorf("config.toml changed:\n%s", data)
			}
		})
	}
}
