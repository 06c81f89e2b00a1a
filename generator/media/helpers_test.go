package media_test

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"golang.org/x/image/webp"

	"github.com/natomongolia/timeline/generator/media"
)

// The WebP files in testdata were made with Debian's webp package, as Go
// has no WebP encoder: photo.webp (96×64, a red block at the top left) by
// "cwebp -q 80 -metadata none", alpha.webp (40×30, alpha rising from left
// to right) by "cwebp -lossless", animated.webp (2 frames) by img2webp.

// readTestdata returns the content of a file in testdata.
func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// process runs ProcessImage and fails the test on an error.
func process(tb testing.TB, name string, data []byte, opts media.Options) *media.Image {
	tb.Helper()
	img, err := media.ProcessImage(name, data, opts)
	if err != nil {
		tb.Fatalf("ProcessImage(%q): %v", name, err)
	}
	return img
}

// decodeVariant decodes a variant as its media type says.
func decodeVariant(tb testing.TB, typ string, v media.Variant) image.Image {
	tb.Helper()
	r := bytes.NewReader(v.Data)
	var img image.Image
	var err error
	switch typ {
	case "image/jpeg":
		img, err = jpeg.Decode(r)
	case "image/png":
		img, err = png.Decode(r)
	case "image/gif":
		img, err = gif.Decode(r)
	case "image/webp":
		img, err = webp.Decode(r)
	default:
		tb.Fatalf("variant %s has type %q", v.Name, typ)
	}
	if err != nil {
		tb.Fatalf("variant %s does not decode as %s: %v", v.Name, typ, err)
	}
	if got := img.Bounds().Size(); got != image.Pt(v.Width, v.Height) {
		tb.Fatalf("variant %s decodes as %v, want %dx%d", v.Name, got, v.Width, v.Height)
	}
	return img
}

// encodePNG encodes img as PNG.
func encodePNG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// quadrants returns a w×h image, grey but for a red square at the top left
// and a green one at the top right, each a quarter of the height.
func quadrants(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	s := h / 4
	for y := range h {
		for x := range w {
			c := color.RGBA{128, 128, 128, 255}
			switch {
			case y < s && x < s:
				c = color.RGBA{230, 0, 0, 255}
			case y < s && x >= w-s:
				c = color.RGBA{0, 200, 0, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// corner names the colour of img near one of its corners: "red",
// "green" or "grey".
func corner(img image.Image, right, bottom bool) string {
	b := img.Bounds()
	x, y := b.Min.X+2, b.Min.Y+2
	if right {
		x = b.Max.X - 3
	}
	if bottom {
		y = b.Max.Y - 3
	}
	r, g, _, _ := img.At(x, y).RGBA()
	switch {
	case r>>8 > 180 && g>>8 < 80:
		return "red"
	case g>>8 > 150 && r>>8 < 80:
		return "green"
	}
	return "grey"
}

// jpegMarkers returns the markers of the segments of a JPEG up to the
// start of its scan.
func jpegMarkers(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var markers []byte
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xff {
			tb.Fatalf("JPEG has no marker at byte %d", i)
		}
		markers = append(markers, data[i+1])
		if data[i+1] == 0xda {
			break
		}
		i += 2 + int(binary.BigEndian.Uint16(data[i+2:]))
	}
	return markers
}

// pngChunks returns the chunk types of a PNG.
func pngChunks(tb testing.TB, data []byte) []string {
	tb.Helper()
	var types []string
	for i := 8; i+8 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[i:]))
		types = append(types, string(data[i+4:i+8]))
		i += 12 + n
	}
	return types
}

// resizedHeader returns a PNG or JPEG whose header claims it is w×h
// pixels, while its pixel data stays that of a small image.
func resizedHeader(tb testing.TB, data []byte, w, h int) []byte {
	tb.Helper()
	data = bytes.Clone(data)
	if bytes.HasPrefix(data, []byte("\x89PNG")) {
		binary.BigEndian.PutUint32(data[16:], uint32(w))
		binary.BigEndian.PutUint32(data[20:], uint32(h))
		binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
		return data
	}
	for i := 2; i+9 <= len(data); i += 2 + int(binary.BigEndian.Uint16(data[i+2:])) {
		if data[i+1] == 0xc0 { // start of frame: length, precision, height, width
			binary.BigEndian.PutUint16(data[i+5:], uint16(h))
			binary.BigEndian.PutUint16(data[i+7:], uint16(w))
			return data
		}
	}
	tb.Fatal("no header to change")
	return nil
}

// heapAllocated returns the bytes allocated on the heap so far.
func heapAllocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}
