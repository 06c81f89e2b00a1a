package media_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

func TestProcessImageWidths(t *testing.T) {
	tests := []struct {
		name   string
		w, h   int
		widths []int
		want   [][2]int
	}{
		{"larger than every width", 3000, 2000, []int{480, 960, 1600}, [][2]int{{480, 320}, {960, 640}, {1600, 1067}}},
		{"own width kept as the largest", 1200, 900, []int{480, 960, 1600, 2400}, [][2]int{{480, 360}, {960, 720}, {1200, 900}}},
		{"own width equal to a width", 960, 540, []int{480, 960, 1600}, [][2]int{{480, 270}, {960, 540}}},
		{"smaller than every width", 300, 200, []int{480, 960}, [][2]int{{300, 200}}},
		{"widths unsorted and repeated", 1000, 1000, []int{800, 200, 800, 5000}, [][2]int{{200, 200}, {800, 800}, {1000, 1000}}},
		{"a height never below one", 2000, 3, []int{100}, [][2]int{{100, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := mediatest.JPEG(mediatest.Photo(tt.w, tt.h, 1), 90)
			img := process(t, "photo.jpg", data, media.Options{Widths: tt.widths})
			if img.Width != tt.w || img.Height != tt.h || img.Type != "image/jpeg" {
				t.Errorf("got %dx%d %s, want %dx%d image/jpeg", img.Width, img.Height, img.Type, tt.w, tt.h)
			}
			var got [][2]int
			for _, v := range img.Variants {
				got = append(got, [2]int{v.Width, v.Height})
				decodeVariant(t, img.Type, v)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got variants %v, want %v", got, tt.want)
			}
		})
	}
}

func TestProcessImageNames(t *testing.T) {
	data := mediatest.JPEG(mediatest.Photo(700, 500, 1), 90)
	img := process(t, "events/Photos/Ulaanbaatar Square (2012).JPEG", data, media.Options{Widths: []int{320, 640}})
	pattern := regexp.MustCompile(`^ulaanbaatar-square-2012-[0-9a-f]{8}-(320|640|700)\.jpg$`)
	seen := map[string]bool{}
	for _, v := range img.Variants {
		if !pattern.MatchString(v.Name) {
			t.Errorf("got name %q, want one matching %s", v.Name, pattern)
		}
		hash := strings.Split(v.Name, "-")[3]
		if seen[hash] {
			t.Errorf("two variants have the hash %s", hash)
		}
		seen[hash] = true
	}
	other := process(t, "Ulaanbaatar Square (2012).jpg", mediatest.JPEG(mediatest.Photo(700, 500, 2), 90), media.Options{Widths: []int{320, 640}})
	if other.Variants[0].Name == img.Variants[0].Name {
		t.Errorf("two different images are both named %s", other.Variants[0].Name)
	}
}

// TestOrientation turns an image with a red top-left and a green top-right
// corner by each EXIF orientation, and checks where the corners land.
func TestOrientation(t *testing.T) {
	type corners struct{ topLeft, topRight, bottomLeft, bottomRight string }
	tests := []struct {
		orientation int
		want        corners
	}{
		{1, corners{"red", "green", "grey", "grey"}},
		{2, corners{"green", "red", "grey", "grey"}}, // mirrored
		{3, corners{"grey", "grey", "green", "red"}}, // half a turn
		{4, corners{"grey", "grey", "red", "green"}}, // mirrored top to bottom
		{5, corners{"red", "grey", "green", "grey"}}, // transposed
		{6, corners{"grey", "red", "grey", "green"}}, // a quarter turn clockwise
		{7, corners{"grey", "green", "grey", "red"}}, // transversed
		{8, corners{"green", "grey", "red", "grey"}}, // a quarter turn anticlockwise
	}
	src := quadrants(64, 32)
	for _, tt := range tests {
		for _, f := range []struct {
			name string
			data []byte
		}{
			{"photo.jpg", mediatest.WithJPEGMetadata(mediatest.JPEG(src, 95), tt.orientation)},
			{"drawing.png", mediatest.WithPNGMetadata(encodePNG(t, src), tt.orientation)},
		} {
			t.Run(fmt.Sprintf("%s/%d", f.name, tt.orientation), func(t *testing.T) {
				// 40 wide is below both widths, so that a variant
				// is resized in every orientation.
				img := process(t, f.name, f.data, media.Options{Widths: []int{40}})
				w, h := 64, 32
				if tt.orientation >= 5 {
					w, h = h, w
				}
				if img.Width != w || img.Height != h {
					t.Errorf("got %dx%d, want %dx%d", img.Width, img.Height, w, h)
				}
				for _, v := range img.Variants {
					out := decodeVariant(t, img.Type, v)
					got := corners{corner(out, false, false), corner(out, true, false), corner(out, false, true), corner(out, true, true)}
					if got != tt.want {
						t.Errorf("%d wide: got corners %v, want %v", v.Width, got, tt.want)
					}
				}
			})
		}
	}
}

// TestMetadataStripped looks in every output for the markers, chunks and
// strings of the metadata its input carried.
func TestMetadataStripped(t *testing.T) {
	leaks := []string{"Exif", mediatest.GPSText, "http://ns.adobe.com/xap", "xmpmeta", "ICC_PROFILE", "fake profile", "a comment", "made by mediatest"}
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"phone.jpg", mediatest.WithJPEGMetadata(mediatest.JPEG(mediatest.Photo(500, 400, 1), 90), 6)},
		{"drawing.png", mediatest.WithPNGMetadata(encodePNG(t, quadrants(500, 400)), 1)},
		{"photo.png", mediatest.WithPNGMetadata(encodePNG(t, mediatest.Photo(500, 400, 1)), 1)},
	} {
		t.Run(f.name, func(t *testing.T) {
			for _, leak := range []string{mediatest.GPSText, "xmpmeta"} {
				if !bytes.Contains(f.data, []byte(leak)) {
					t.Fatalf("the input lacks %q: the test proves nothing", leak)
				}
			}
			img := process(t, f.name, f.data, media.Options{Widths: []int{200}})
			for _, v := range img.Variants {
				for _, leak := range leaks {
					if bytes.Contains(v.Data, []byte(leak)) {
						t.Errorf("%s holds %q", v.Name, leak)
					}
				}
				switch img.Type {
				case "image/jpeg":
					for _, m := range jpegMarkers(t, v.Data) {
						if m >= 0xe0 && m <= 0xef || m == 0xfe {
							t.Errorf("%s has an APP%d or comment segment (marker %#x)", v.Name, m-0xe0, m)
						}
					}
				case "image/png":
					for _, c := range pngChunks(t, v.Data) {
						if !slices.Contains([]string{"IHDR", "PLTE", "tRNS", "IDAT", "IEND"}, c) {
							t.Errorf("%s has a %s chunk", v.Name, c)
						}
					}
				}
			}
		})
	}
}

// TestOutputType checks the rule: a JPEG stays a JPEG; other images are
// PNG when they have transparency or few colours, JPEG otherwise.
func TestOutputType(t *testing.T) {
	alpha := image.NewNRGBA(image.Rect(0, 0, 300, 200))
	for i := range alpha.Pix {
		alpha.Pix[i] = uint8(i)
	}
	grey := image.NewGray(image.Rect(0, 0, 300, 200))
	for i := range grey.Pix {
		grey.Pix[i] = uint8(i % 251)
	}
	still := &gif.GIF{Image: []*image.Paletted{image.NewPaletted(image.Rect(0, 0, 300, 200), color.Palette{color.Black, color.White})}, Delay: []int{0}}
	var stillGIF bytes.Buffer
	if err := gif.EncodeAll(&stillGIF, still); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"photo.jpg", mediatest.JPEG(quadrants(300, 200), 90), "image/jpeg"},
		{"grey.jpg", mediatest.JPEG(grey, 90), "image/jpeg"},
		{"photo.png", encodePNG(t, mediatest.Photo(300, 200, 1)), "image/jpeg"},
		{"drawing.png", encodePNG(t, quadrants(300, 200)), "image/png"},
		{"alpha.png", encodePNG(t, alpha), "image/png"},
		{"grey.png", encodePNG(t, grey), "image/png"},
		{"still.gif", stillGIF.Bytes(), "image/png"},
		{"photo.webp", readTestdata(t, "photo.webp"), "image/jpeg"},
		{"alpha.webp", readTestdata(t, "alpha.webp"), "image/png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img := process(t, tt.name, tt.data, media.Options{Widths: []int{50}})
			if img.Type != tt.want {
				t.Errorf("got type %s, want %s", img.Type, tt.want)
			}
			for _, v := range img.Variants {
				decodeVariant(t, img.Type, v)
				if ext := map[string]string{"image/jpeg": ".jpg", "image/png": ".png"}[tt.want]; !strings.HasSuffix(v.Name, ext) {
					t.Errorf("got name %s, want one ending in %s", v.Name, ext)
				}
			}
		})
	}
}

func TestPNGFewColoursPaletted(t *testing.T) {
	img := process(t, "drawing.png", encodePNG(t, quadrants(300, 200)), media.Options{Widths: []int{100}})
	full := decodeVariant(t, img.Type, img.Variants[len(img.Variants)-1])
	if _, ok := full.(*image.Paletted); !ok {
		t.Errorf("the full-size variant of a three-colour drawing decodes as %T, want *image.Paletted", full)
	}
}

func TestWebP(t *testing.T) {
	img := process(t, "photo.webp", readTestdata(t, "photo.webp"), media.Options{Widths: []int{48, 200}})
	if img.Width != 96 || img.Height != 64 || len(img.Variants) != 2 {
		t.Fatalf("got %dx%d with %d variants, want 96x64 with 2", img.Width, img.Height, len(img.Variants))
	}
	for _, v := range img.Variants {
		if got := corner(decodeVariant(t, img.Type, v), false, false); got != "red" {
			t.Errorf("%d wide: top-left corner is %s, want red", v.Width, got)
		}
	}
	alpha := process(t, "alpha.webp", readTestdata(t, "alpha.webp"), media.Options{})
	out := decodeVariant(t, alpha.Type, alpha.Variants[0])
	if _, _, _, a := out.At(0, 0).RGBA(); a != 0 {
		t.Errorf("the transparent left edge has alpha %d, want 0", a>>8)
	}
	if _, _, _, a := out.At(39, 0).RGBA(); a>>8 < 200 {
		t.Errorf("the opaque right edge has alpha %d, want 200 or more", a>>8)
	}
	_, err := media.ProcessImage("animated.webp", readTestdata(t, "animated.webp"), media.Options{})
	if err == nil || !strings.Contains(err.Error(), "animated WebP") {
		t.Errorf("animated WebP: got error %v, want one about an animated WebP", err)
	}
}

// animatedGIF returns a two-frame GIF carrying a comment and an XMP
// application extension before its first frame.
func animatedGIF(tb testing.TB) []byte {
	tb.Helper()
	palette := color.Palette{color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	g := &gif.GIF{LoopCount: 0, Delay: []int{50, 70}}
	for i := range 2 {
		frame := image.NewPaletted(image.Rect(0, 0, 40, 30), palette)
		for j := range frame.Pix {
			frame.Pix[j] = uint8(i)
		}
		g.Image = append(g.Image, frame)
	}
	var b bytes.Buffer
	if err := gif.EncodeAll(&b, g); err != nil {
		tb.Fatal(err)
	}
	data := b.Bytes()
	headerAndPalette := 13 // header, screen descriptor, global palette if any
	if flags := data[10]; flags&0x80 != 0 {
		headerAndPalette += 3 << (flags&7 + 1)
	}
	extensions := "\x21\xfe\x09a comment\x00" + "\x21\xff\x0bXMP DataXMP\x05<x:x>\x00"
	return slices.Concat(data[:headerAndPalette], []byte(extensions), data[headerAndPalette:])
}

func TestAnimatedGIF(t *testing.T) {
	data := animatedGIF(t)
	img := process(t, "loop.gif", data, media.Options{Widths: []int{20}})
	if img.Type != "image/gif" || len(img.Variants) != 1 || img.Width != 40 || img.Height != 30 {
		t.Fatalf("got %s %dx%d with %d variants, want one image/gif 40x30", img.Type, img.Width, img.Height, len(img.Variants))
	}
	v := img.Variants[0]
	g, err := gif.DecodeAll(bytes.NewReader(v.Data))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 2 || !slices.Equal(g.Delay, []int{50, 70}) {
		t.Errorf("got %d frames with delays %v, want 2 with [50 70]", len(g.Image), g.Delay)
	}
	for _, leak := range []string{"a comment", "XMP", "<x:x>"} {
		if bytes.Contains(v.Data, []byte(leak)) {
			t.Errorf("the output holds %q", leak)
		}
	}
	if !strings.HasSuffix(v.Name, "-40.gif") {
		t.Errorf("got name %s, want one ending in -40.gif", v.Name)
	}
}

func TestProcessImageErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		opts media.Options
		want string
	}{
		{"photo.jpg", []byte("\xff\xd8\xff\xe0 not really"), media.Options{}, `src "photo.jpg": file does not decode as JPEG`},
		{"photo.jpg", encodePNG(t, quadrants(8, 8)), media.Options{}, `src "photo.jpg" is named as a JPEG image but holds a PNG image: rename it with the extension .png`},
		{"clip.mp4", encodePNG(t, quadrants(8, 8)), media.Options{}, `holds a PNG image`},
		{"photo.bmp", []byte("BM"), media.Options{}, `.bmp files are not accepted: media files are images .jpg .jpeg .png .gif .webp .svg`},
		{"song.mp3", []byte("ID3\x04"), media.Options{}, `is an MP3 sound, not an image`},
		{"photo.jpg", mediatest.JPEG(quadrants(8, 8), 90), media.Options{Quality: 101}, `JPEG quality 101 is out of range`},
		{"photo.jpg", mediatest.JPEG(quadrants(8, 8), 90), media.Options{Widths: []int{0}}, `image width 0`},
		{"photo.jpg", mediatest.JPEG(quadrants(40, 40), 90), media.Options{Limits: media.Limits{MaxPixels: 1000}}, `src "photo.jpg" is 40×40 pixels (0.0016 megapixels), over the limit of 0.001: resize it before adding it`},
		{"loop.gif", animatedGIF(t), media.Options{Limits: media.Limits{MaxPixels: 2000}}, `has 2 frames of 40×30 pixels (0.0024 megapixels in all), over the limit of 0.002`},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			_, err := media.ProcessImage(tt.name, tt.data, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestPixelLimitBeforeDecoding gives headers that claim a huge image and
// checks that it is refused without the memory to decode it.
func TestPixelLimitBeforeDecoding(t *testing.T) {
	small := quadrants(16, 16)
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"bomb.png", resizedHeader(t, encodePNG(t, small), 100_000, 100_000)},
		{"bomb.jpg", resizedHeader(t, mediatest.JPEG(small, 90), 60_000, 60_000)},
	} {
		t.Run(f.name, func(t *testing.T) {
			before := heapAllocated()
			_, err := media.ProcessImage(f.name, f.data, media.Options{})
			used := heapAllocated() - before
			if err == nil || !strings.Contains(err.Error(), "over the limit of 50") {
				t.Errorf("got error %v, want one saying it is over the limit of 50 megapixels", err)
			}
			if used > 1<<20 {
				t.Errorf("refusing it allocated %d bytes, want under 1 MiB", used)
			}
		})
	}
}
