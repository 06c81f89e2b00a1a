package load_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// smallPNG is a valid 4×3 PNG.
func smallPNG() string {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 4, 3)))
	return b.String()
}

// bombPNG is a PNG whose header claims 30000×30000 pixels: its few bytes
// would take 3.6 GB decoded.
func bombPNG() string {
	data := []byte(smallPNG())
	ihdr := data[8+8 : 8+8+13]
	binary.BigEndian.PutUint32(ihdr[0:], 30000)
	binary.BigEndian.PutUint32(ihdr[4:], 30000)
	binary.BigEndian.PutUint32(data[8+8+13:], crc32.ChecksumIEEE(data[8+4:8+8+13]))
	return string(data)
}

// mediaEvent is an event file whose media table holds the given lines.
func mediaEvent(lines string) string {
	return testsite.EventTOML("T", `date = "2001"`) + "\n[[media]]\n" + lines + "\n"
}

// TestMediaErrors checks each bad media input: an error at the place in
// the event file that names it, saying what to do, and every one of a
// site's errors in one run.
func TestMediaErrors(t *testing.T) {
	files := map[string]string{
		"media/ok.png":      smallPNG(),
		"media/bomb.png":    bombPNG(),
		"media/broken.jpg":  "\xff\xd8\xff\xe0 not really a JPEG",
		"media/named.mp4":   smallPNG(),
		"media/notes.txt":   "text",
		"media/clip.mp4":    "\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
		"media/clip.vtt":    "WEBVTT\n",
		"media/fake.vtt":    "not captions",
		"static/logo.png":   smallPNG(),
		"events/inside.png": smallPNG(),
	}
	tests := []struct{ name, media, want string }{
		{"missing", `src = "media/gone.jpg"` + "\nalt = \"A\"", `events/x.toml:6:7: src "media/gone.jpg" does not exist: give the path of a file of the site, from the site folder`},
		{"unknown type", `src = "media/notes.txt"`, `events/x.toml:6:7: media src "media/notes.txt": .txt files are not accepted: media files are images .jpg .jpeg .png .gif .webp .svg, video .mp4 .webm .ogv, audio .mp3 .m4a .ogg .oga, captions .vtt`},
		{"no alt", `src = "media/ok.png"`, `events/x.toml:6:1: media "media/ok.png" needs an alt text: add alt = "…", describing the picture for those who cannot see it, or decorative = true when it tells nothing`},
		{"empty alt", `src = "media/ok.png"` + "\nalt = \" \"", `events/x.toml:7:7: media alt is empty: describe the picture for those who cannot see it, or set decorative = true when it tells nothing`},
		{"poster without alt", `src = "media/clip.mp4"` + "\nposter = \"media/ok.png\"", `media "media/clip.mp4" needs an alt text: add alt = "…", describing the poster`},
		{"decorative with alt", `src = "media/ok.png"` + "\nalt = \"A\"\ndecorative = true", `events/x.toml:8:1: media is decorative but has an alt text: remove alt, or decorative when the picture tells something`},
		{"does not decode", `src = "media/broken.jpg"` + "\nalt = \"A\"", `events/x.toml:6:7: src "media/broken.jpg": file does not decode as JPEG`},
		{"named as another type", `src = "media/named.mp4"`, `events/x.toml:6:7: src "media/named.mp4" is named as an MP4 video but holds a PNG image: rename it with the extension .png`},
		{"decompression bomb", `src = "media/bomb.png"` + "\nalt = \"A\"", `events/x.toml:6:7: src "media/bomb.png" is 30000×30000 pixels`},
		{"outside the site", `src = "../outside.jpg"` + "\nalt = \"A\"", `events/x.toml:6:7: media src "../outside.jpg" is outside the site folder: copy the file into the site, such as into media/`},
		{"absolute", `src = "/etc/passwd.png"` + "\nalt = \"A\"", `events/x.toml:6:7: media src "/etc/passwd.png" is an absolute path: give the path from the site folder`},
		{"backslash", `src = 'media\ok.png'` + "\nalt = \"A\"", `media src "media\\ok.png" has a backslash: write paths with / between folders`},
		{"under events", `src = "events/inside.png"` + "\nalt = \"A\"", `media src "events/inside.png" is under events/, which holds the site's events: keep media in a folder of their own, such as media/`},
		{"under static", `src = "static/logo.png"` + "\nalt = \"A\"", `media src "static/logo.png" is under static/, which is copied as it is, metadata and all`},
		{"no src", `alt = "A"`, `events/x.toml:5:1: media needs a src: add src = "media/photo.jpg" (a file of the site) or an http(s) URL`},
		{"script URL", `src = "javascript:alert(1)"`, `events/x.toml:6:7: media src "javascript:alert(1)" is neither a file of the site nor an http(s) URL`},
		{"captions as src", `src = "media/clip.vtt"`, `media src "media/clip.vtt" is captions, which go with a video or a sound: write captions = "media/clip.vtt" in its [[media]]`},
		{"captions not WebVTT", `src = "media/clip.mp4"` + "\ncaptions = \"media/fake.vtt\"", `events/x.toml:7:12: captions "media/fake.vtt" is not WebVTT captions: a .vtt file starts with the line WEBVTT`},
		{"captions of an image", `src = "media/ok.png"` + "\nalt = \"A\"\ncaptions = \"media/clip.vtt\"", `events/x.toml:8:1: captions go with a video or a sound of the site: remove them here`},
		{"poster of an image", `src = "media/ok.png"` + "\nalt = \"A\"\nposter = \"media/ok.png\"", `events/x.toml:8:1: a poster is the still of a video or of remote media`},
		{"missing poster", `src = "media/clip.mp4"` + "\nalt = \"A\"\nposter = \"media/still.jpg\"", `events/x.toml:8:10: poster "media/still.jpg" does not exist`},
		{"unknown key", `src = "media/ok.png"` + "\nalt = \"A\"\ntitle = \"B\"", `events/x.toml:8:1: unknown key "title": known keys here are alt, caption, captions, credit, decorative, link, poster, src`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := map[string]string{"events/x.toml": mediaEvent(tt.media)}
			for name, data := range files {
				site[name] = data
			}
			got := strings.Join(loadErrors(t, testsite.New(t, site), load.Options{}), "\n")
			if !strings.Contains(got, tt.want) {
				t.Errorf("errors:\n%s\nwant one holding %q", got, tt.want)
			}
		})
	}
}

// TestMediaErrorsWithOtherErrors checks that a missing media file and an
// error of another event are reported in the same run, and that a file two
// events name gives an error at each.
func TestMediaErrorsWithOtherErrors(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"events/a.toml": mediaEvent(`src = "media/gone.png"` + "\nalt = \"A\""),
		"events/b.toml": mediaEvent(`src = "media/gone.png"` + "\nalt = \"B\""),
		"events/c.toml": testsite.EventTOML("C", `date = "20011"`),
	})
	got := loadErrors(t, dir, load.Options{})
	want := []string{"events/a.toml:6:7: src \"media/gone.png\" does not exist", "events/b.toml:6:7: src \"media/gone.png\" does not exist", "events/c.toml:2:8:"}
	if len(got) != len(want) {
		t.Fatalf("errors:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d: %s\nwant it to start %s", i, got[i], want[i])
		}
	}
}

// TestMediaSymlinkOutOfSite checks that a media file that is a link to a
// file outside the site is refused, and one to a file inside it is read.
func TestMediaSymlinkOutOfSite(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.jpg")
	if err := os.WriteFile(outside, mediatest.JPEG(mediatest.Photo(40, 30, 1), 80), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := testsite.New(t, map[string]string{
		"events/x.toml": mediaEvent(`src = "media/link.jpg"` + "\nalt = \"A\""),
		"events/y.toml": mediaEvent(`src = "media/inner.jpg"` + "\nalt = \"A\""),
		"photos/a.jpg":  string(mediatest.JPEG(mediatest.Photo(40, 30, 2), 80)),
	})
	os.MkdirAll(filepath.Join(dir, "media"), 0o755)
	if err := os.Symlink(outside, filepath.Join(dir, "media", "link.jpg")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "photos", "a.jpg"), filepath.Join(dir, "media", "inner.jpg")); err != nil {
		t.Fatal(err)
	}
	got := loadErrors(t, dir, load.Options{})
	if len(got) != 1 || !strings.Contains(got[0], `events/x.toml:6:7: src "media/link.jpg" is a symbolic link to `) || !strings.Contains(got[0], "outside the site folder") {
		t.Errorf("errors:\n%s\nwant one, of the link out of the site", strings.Join(got, "\n"))
	}
}

// TestMediaEmbedsConfig checks the providers config.toml may name.
func TestMediaEmbedsConfig(t *testing.T) {
	dir := testsite.New(t, map[string]string{"config.toml": testsite.Config + "\n[media]\nembeds = [\"youtube\", \"myspace\"]\n"})
	got := strings.Join(loadErrors(t, dir, load.Options{}), "\n")
	if want := `config.toml:13:10: unknown provider "myspace" in embeds: the providers whose players may be embedded are youtube, vimeo, soundcloud, wikimedia-commons, flickr`; !strings.Contains(got, want) {
		t.Errorf("errors:\n%s\nwant %s", got, want)
	}
	dir = testsite.New(t, map[string]string{"config.toml": testsite.Config + "\n[media]\nembeds = [\"vimeo\", \"youtube\", \"vimeo\"]\n"})
	site, err := testsite.Load(dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(site.Config.Embeds, " "); got != "vimeo youtube" {
		t.Errorf("embeds %q, want vimeo youtube", got)
	}
}
