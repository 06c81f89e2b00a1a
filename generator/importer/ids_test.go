package importer_test

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/importer"
)

// writeFiles writes files, by path, creating their folders.
func writeFiles(tb testing.TB, files map[string]string) {
	tb.Helper()
	for path, content := range files {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// TestFreeIDs gives rows of one date and headline the next free ids,
// passing over those the site's files hold (a translation holds its
// event's id), and names each clash once.
func TestFreeIDs(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	event := "title = \"X\"\ndate = \"2005\"\nsummary = \"X.\"\n"
	writeFiles(t, map[string]string{
		filepath.Join(site, "config.toml"):                  "title = \"T\"\nlanguage = \"en\"\n\n[languages.fr]\ntitle = \"T\"\n",
		filepath.Join(site, "events", "2005-x.toml"):        event,
		filepath.Join(site, "events", "2005-x-3.toml"):      event,
		filepath.Join(site, "events", "2005-x-5.toml"):      event,
		filepath.Join(site, "events", "2005-x-4.fr.toml"):   "title = \"X\"\nsummary = \"X.\"\n",
		filepath.Join(site, "events", "2005-x-4.toml"):      event,
		filepath.Join(dir, "sheet.csv"):                     "Year,Headline\n" + strings.Repeat("2005,X\n", 4),
		filepath.Join(site, "events", "2005-x-2-note.toml"): event,
	})
	res, err := importer.Import(importer.Options{File: filepath.Join(dir, "sheet.csv"), SiteDir: site})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range res.Events {
		ids = append(ids, strings.TrimSuffix(filepath.Base(f.Path), ".toml"))
	}
	if got, want := strings.Join(ids, " "), "2005-x-2 2005-x-6 2005-x-7 2005-x-8"; got != want {
		t.Errorf("got ids %s, want %s", got, want)
	}
	path := func(id string) string { return filepath.Join(site, "events", id+".toml") }
	var got []string
	for _, m := range res.Messages {
		got = append(got, m.String())
	}
	sheet := filepath.Join(dir, "sheet.csv")
	want := []string{
		fmt.Sprintf("%s:2: %s exists: written as %s, the file is left as it was", sheet, path("2005-x"), path("2005-x-2")),
		fmt.Sprintf("%s:3: %s exists: written as %s, the file is left as it was", sheet, path("2005-x"), path("2005-x-6")),
		fmt.Sprintf("%s:4: %s exists: written as %s, the file is left as it was", sheet, path("2005-x"), path("2005-x-7")),
		fmt.Sprintf("%s:5: %s exists: written as %s, the file is left as it was", sheet, path("2005-x"), path("2005-x-8")),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got messages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	checkSite(t, site)
}

// TestMediaOfOneName copies pictures of one name from several folders
// under free names, passing over a file of media/ that differs and
// taking the one that holds the same picture.
func TestMediaOfOneName(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	white, black, grey := pngFile(t, 2, 2, color.White), pngFile(t, 2, 2, color.Black), pngFile(t, 2, 2, color.Gray{Y: 128})
	writeFiles(t, map[string]string{
		filepath.Join(site, "config.toml"):      "title = \"T\"\n",
		filepath.Join(site, "media", "p.png"):   black,
		filepath.Join(site, "media", "p-2.png"): grey,
		filepath.Join(dir, "a", "p.png"):        white,
		filepath.Join(dir, "b", "p.png"):        grey,
		filepath.Join(dir, "d", "p.png"):        pngFile(t, 3, 3, color.White),
		filepath.Join(dir, "sheet.csv"):         "Year,Headline,Media,Alt Text\n2001,A,a/p.png,A\n2002,B,b/p.png,B\n2003,A again,a/p.png,A\n2004,D,d/p.png,D\n",
	})
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
	// a/p.png differs from p.png and p-2.png: p-3.png. b/p.png is
	// p-2.png, but the names up to p-3.png have been tried: p-4.png, a
	// second copy. d/p.png takes the next name.
	if got, want := strings.Join(srcs, " "), "media/p-3.png media/p-4.png media/p-3.png media/p-5.png"; got != want {
		t.Errorf("got media %s, want %s", got, want)
	}
	if len(res.Copies) != 3 {
		t.Errorf("got %d copies, want 3: %v", len(res.Copies), res.Copies)
	}
	for name, want := range map[string]string{"p.png": black, "p-2.png": grey, "p-3.png": white, "p-4.png": grey} {
		if data, _ := os.ReadFile(filepath.Join(site, "media", name)); string(data) != want {
			t.Errorf("media/%s does not hold the picture it should", name)
		}
	}
}
