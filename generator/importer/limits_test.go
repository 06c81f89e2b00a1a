package importer_test

import (
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/importer"
)

// importFiles writes files (by slash-separated name) into a new folder,
// imports the first of names into a site folder beside them, and checks
// the site as "timeline check" does.
func importFiles(tb testing.TB, name string, files map[string]string) (*importer.Result, string) {
	tb.Helper()
	dir := tb.TempDir()
	for path, content := range files {
		full := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	site := filepath.Join(dir, "site")
	res, err := importer.Import(importer.Options{File: filepath.Join(dir, name), SiteDir: site})
	if err != nil {
		tb.Fatalf("import %s: %v", name, err)
	}
	checkSite(tb, site)
	return res, site
}

// TestWhatTheLoaderRefuses imports values that the generator's loader
// refuses as they are (too long, a device name, a file that is no media
// of the site, an event file over 1 MiB): each is cut or dropped with a
// message, and the site passes check.
func TestWhatTheLoaderRefuses(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n)) }
	longURL := "https://example.org/" + strings.Repeat("a", 2000)
	png := pngFile(t, 2, 2, color.White)
	for _, tc := range []struct {
		name  string
		files map[string]string // the first file, "in.csv" or "in.json", is imported
		want  string            // the message, after FILE:
		check func(t *testing.T, e eventFile)
	}{
		{"a long display date", map[string]string{"in.csv": "Year,Display Date,Headline\n2005," + words(100) + ",X\n"},
			"2: Display Date: is 499 characters long: cut to the 200 a display date may have",
			func(t *testing.T, e eventFile) {
				if n := len([]rune(e.Display)); n > 200 || !strings.HasSuffix(e.Display, "…") {
					t.Errorf("got display of %d characters %q, want at most 200 ending in …", n, e.Display)
				}
			}},
		{"a long caption", map[string]string{"in.csv": "Year,Headline,Media,Media Caption\n2005,X,https://example.org/a.mp4," + words(300) + "\n"},
			"2: Media Caption: is 1499 characters long: cut to the 1000 a caption may have", nil},
		{"a long credit", map[string]string{"in.csv": "Year,Headline,Media,Media Credit\n2005,X,https://example.org/a.mp4," + words(100) + "\n"},
			"2: Media Credit: is 499 characters long: cut to the 300 a credit may have", nil},
		{"a long alt text", map[string]string{"in.csv": "Year,Headline,Media,Alt Text\n2005,X,https://example.org/a.jpg," + words(300) + "\n"},
			"2: Alt Text: is 1499 characters long: cut to the 1000 an alt text may have", nil},
		{"a long caption as the alt text", map[string]string{"in.csv": "Year,Headline,Media,Media Caption\n2005,X,https://example.org/a.jpg," + words(300) + "\n"},
			"2: Alt Text: empty: the image's alt text is its caption; describe the image instead",
			func(t *testing.T, e eventFile) {
				if len(e.Media) != 1 || e.Media[0].Alt != e.Media[0].Caption {
					t.Errorf("got media %+v, want the cut caption as alt text", e.Media)
				}
			}},
		{"a long media address", map[string]string{"in.csv": "Year,Headline,Media\n2005,X," + longURL + ".jpg\n"},
			"2: Media: is 2024 characters long, over the 2000 an address may have: dropped", nil},
		{"a long media link", map[string]string{"in.json": `{"events":[{"start_date":{"year":2005},"text":{"headline":"X"},"media":{"url":"https://example.org/a.mp4","link":"` + longURL + `"}}]}`},
			"events[0].media.link: is 2020 characters long, over the 2000 an address may have: dropped", nil},
		{"a long TimelineSetter link", map[string]string{"in.csv": "date,description,link\n2005,X.," + longURL + "\n"},
			"2: link: is 2020 characters long, over the 2000 an address may have: dropped", nil},
		{"a long era label", map[string]string{"in.csv": "Year,End Year,Headline,Type\n2005,2006," + words(200) + ",era\n2005,,X,\n"},
			"2: Headline: is 999 characters long: cut to the 500 an era's label may have", nil},
		{"a unique_id that names a device", map[string]string{"in.json": `{"events":[{"start_date":{"year":2005},"unique_id":"con","text":{"headline":"X"}}]}`},
			`events[0].unique_id: "con" names a device on Windows, where no file may be called con.html: the id comes from the date and headline`, nil},
		{"a body over 1 MiB", map[string]string{"in.csv": "Year,Headline,Text\n2005,X,\"" + strings.Repeat("<p>"+words(199)+".</p>", 1200) + "\"\n"},
			"2: Text: is 1196398 bytes as Markdown, more than an event file holds (1 MiB): cut to its first 1046848; put the rest in events of their own",
			func(t *testing.T, e eventFile) {
				if !strings.HasSuffix(e.Body, "word.\n") {
					t.Errorf("the body ends in %q, want the end of a paragraph", e.Body[len(e.Body)-20:])
				}
			}},
		{"a file with no extension", map[string]string{"in.csv": "Year,Headline,Media\n2005,X,pics/noext\n", "pics/noext": "x"},
			`2: Media: "pics/noext" has no extension: media files are images .jpg .jpeg .png .gif .webp .svg, video .mp4 .webm .ogv, audio .mp3 .m4a .ogg .oga, captions .vtt; dropped`, nil},
		{"a text file", map[string]string{"in.csv": "Year,Headline,Media\n2005,X,pics/a.txt\n", "pics/a.txt": "x"},
			`2: Media: "pics/a.txt": .txt files are not accepted: media files are images .jpg .jpeg .png .gif .webp .svg, video .mp4 .webm .ogv, audio .mp3 .m4a .ogg .oga, captions .vtt; dropped`, nil},
		{"captions as the media", map[string]string{"in.csv": "Year,Headline,Media\n2005,X,pics/a.vtt\n", "pics/a.vtt": "WEBVTT\n"},
			`2: Media: pics/a.vtt is captions, which an event file gives with its video or sound: dropped; add captions = "media/…" to the [[media]] of the video`, nil},
		{"a damaged picture", map[string]string{"in.csv": "Year,Headline,Media,Alt Text\n2005,X,pics/a.png,A\n", "pics/a.png": png[:len(png)/2]},
			`2: Media: "pics/a.png": file does not decode as PNG: unexpected EOF; dropped`, nil},
		{"a picture named as a video", map[string]string{"in.csv": "Year,Headline,Media\n2005,X,pics/a.mp4\n", "pics/a.mp4": png},
			`2: Media: "pics/a.mp4" is named as an MP4 video but holds a PNG image: rename it with the extension .png; dropped`, nil},
		{"a folder", map[string]string{"in.csv": "Year,Headline,Media\n2005,X,pics.png\n", "pics.png/a": "x"},
			`2: Media: pics.png is not a regular file: dropped; copy the file itself there`, nil},
		{"a path through a file", map[string]string{"in.csv": "Year,Headline,Media\n2005,X,pic.png/b.png\n", "pic.png": png},
			`2: Media: pic.png/b.png cannot be read: not a directory; dropped`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			names := make([]string, 0, len(tc.files))
			for name := range tc.files {
				names = append(names, name)
			}
			slices.Sort(names)
			res, _ := importFiles(t, names[0], tc.files)
			var got []string
			for _, m := range res.Messages {
				got = append(got, strings.TrimPrefix(m.String(), m.File+":"))
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("no message\n  %s\ngot\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if len(res.Events) != 1 {
				t.Fatalf("got %d events, want 1", len(res.Events))
			}
			if tc.check != nil {
				tc.check(t, decodeEvent(t, res.Events[0].Path, res.Events[0].Data))
			}
		})
	}
}
