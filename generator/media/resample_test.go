package media

import (
	"bytes"
	"image"
	"image/jpeg"
	"math"
	"testing"

	xdraw "golang.org/x/image/draw"

	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// decodedPhoto returns a w×h photograph as image/jpeg decodes it (YCbCr
// 4:2:0) and as RGBA.
func decodedPhoto(tb testing.TB, w, h int) (*image.YCbCr, *image.RGBA) {
	tb.Helper()
	img, err := jpeg.Decode(bytes.NewReader(mediatest.JPEG(mediatest.Photo(w, h, 3), 90)))
	if err != nil {
		tb.Fatal(err)
	}
	ycc := img.(*image.YCbCr)
	rgba := image.NewRGBA(ycc.Bounds())
	xdraw.Draw(rgba, rgba.Bounds(), ycc, image.Point{}, xdraw.Src)
	return ycc, rgba
}

// psnr returns the peak signal-to-noise ratio of b against a, in decibels,
// over the red, green and blue of two images of the same size.
func psnr(tb testing.TB, a, b image.Image) float64 {
	tb.Helper()
	if a.Bounds() != b.Bounds() {
		tb.Fatalf("sizes differ: %v and %v", a.Bounds(), b.Bounds())
	}
	var se float64
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			ar, ag, ab, _ := a.At(x, y).RGBA()
			br, bg, bb, _ := b.At(x, y).RGBA()
			for _, d := range [3]float64{float64(ar>>8) - float64(br>>8), float64(ag>>8) - float64(bg>>8), float64(ab>>8) - float64(bb>>8)} {
				se += d * d
			}
		}
	}
	mse := se / float64(3*r.Dx()*r.Dy())
	if mse == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(255*255/mse)
}

// luma returns the luma of img.
func luma(img image.Image) *image.Gray {
	g := image.NewGray(img.Bounds())
	xdraw.Draw(g, g.Bounds(), img, image.Point{}, xdraw.Src)
	return g
}

// xdrawScale resizes img with golang.org/x/image/draw.
func xdrawScale(img image.Image, w, h int, filter xdraw.Interpolator) image.Image {
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	filter.Scale(dst, dst.Bounds(), img, img.Bounds(), xdraw.Src, nil)
	return dst
}

// TestResampleMatchesXDraw checks the resampler against x/image/draw's
// Catmull-Rom: on RGBA they compute the same filter; on YCbCr the planes
// are resized apart, at their own resolution.
func TestResampleMatchesXDraw(t *testing.T) {
	ycc, rgba := decodedPhoto(t, 1200, 900)
	for _, w := range []int{1000, 640, 320, 97} {
		h := w * 3 / 4
		want := xdrawScale(rgba, w, h, xdraw.CatmullRom)
		if got := psnr(t, want, scale(rgba, w, h)); got < 50 {
			t.Errorf("RGBA to %d wide: PSNR against x/image/draw %.1f dB, want 50 or more", w, got)
		}
		// The chroma of the result keeps the source's 4:2:0 subsampling,
		// as a JPEG of it would, so that colour differs more than luma.
		got := scale(ycc, w, h)
		if p := psnr(t, luma(want), luma(got)); p < 50 {
			t.Errorf("YCbCr to %d wide: luma PSNR against x/image/draw %.1f dB, want 50 or more", w, p)
		}
		if p := psnr(t, want, got); p < 38 {
			t.Errorf("YCbCr to %d wide: colour PSNR against x/image/draw %.1f dB, want 38 or more", w, p)
		}
	}
}

// TestSuccessiveMatchesDirect checks that reducing each variant from the
// next larger one differs from reducing it from the source far less than
// JPEG encoding changes it.
func TestSuccessiveMatchesDirect(t *testing.T) {
	ycc, _ := decodedPhoto(t, 2000, 1500)
	var from image.Image = ycc
	for _, w := range []int{1600, 960, 640, 320} {
		h := w * 3 / 4
		direct := scale(ycc, w, h)
		from = scale(from, w, h)
		encoded, err := jpeg.Decode(bytes.NewReader(mediatest.JPEG(direct, DefaultQuality)))
		if err != nil {
			t.Fatal(err)
		}
		jpegLoss, successiveLoss := psnr(t, direct, encoded), psnr(t, direct, from)
		t.Logf("%d wide: successive %.1f dB, JPEG quality %d %.1f dB", w, successiveLoss, DefaultQuality, jpegLoss)
		if successiveLoss < jpegLoss+6 {
			t.Errorf("%d wide: successive reduction PSNR %.1f dB, want 6 dB above JPEG's %.1f", w, successiveLoss, jpegLoss)
		}
	}
}

// BenchmarkResize reduces a 12-megapixel photograph, as image/jpeg decodes
// it, to the default widths: with this package's resampler and with
// x/image/draw, from the source each time or from the last variant.
func BenchmarkResize(b *testing.B) {
	ycc, _ := decodedPhoto(b, 4000, 3000)
	widths := []int{2400, 1600, 960, 640, 320}
	filters := []struct {
		name  string
		scale func(image.Image, int, int) image.Image
	}{
		{"media", scale},
		{"xdraw-CatmullRom", func(img image.Image, w, h int) image.Image { return xdrawScale(img, w, h, xdraw.CatmullRom) }},
		{"xdraw-ApproxBiLinear", func(img image.Image, w, h int) image.Image { return xdrawScale(img, w, h, xdraw.ApproxBiLinear) }},
	}
	for _, f := range filters {
		for _, successive := range []bool{true, false} {
			name := f.name + "/direct"
			if successive {
				name = f.name + "/successive"
			}
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					var from image.Image = ycc
					for _, w := range widths {
						out := f.scale(from, w, w*3/4)
						if successive {
							from = out
						}
					}
				}
			})
		}
	}
}
