package media

import (
	"fmt"
	"image"
	"image/color"
	"testing"
)

// toYCbCr returns img as YCbCr with the given chroma subsampling, each
// chroma sample taken from the top-left pixel it covers.
func toYCbCr(img *image.RGBA, ratio image.YCbCrSubsampleRatio) *image.YCbCr {
	b := img.Bounds()
	out := image.NewYCbCr(b, ratio)
	for y := range b.Dy() {
		for x := range b.Dx() {
			c := img.RGBAAt(x, y)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			out.Y[out.YOffset(x, y)] = yy
			out.Cb[out.COffset(x, y)] = cb
			out.Cr[out.COffset(x, y)] = cr
		}
	}
	return out
}

// TestOrientYCbCr turns YCbCr images of every chroma subsampling the
// working model keeps, before and after resizing, and compares them with
// the same RGBA image turned.
func TestOrientYCbCr(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 64, 40))
	for y := range 40 {
		for x := range 64 {
			src.SetRGBA(x, y, color.RGBA{uint8(x * 4), uint8(y * 6), uint8(255 - x*2), 255})
		}
	}
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
		image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440} {
		ycc := toYCbCr(src, ratio)
		for o := 1; o <= 8; o++ {
			t.Run(fmt.Sprintf("%v/%d", ratio, o), func(t *testing.T) {
				want, got := orient(src, o), orient(ycc, o)
				if p := psnr(t, want, got); p < 35 {
					t.Errorf("PSNR against the RGBA image turned %.1f dB, want 35 or more", p)
				}
				want, got = orient(scale(src, 48, 30), o), orient(scale(ycc, 48, 30), o)
				if p := psnr(t, want, got); p < 35 {
					t.Errorf("resized: PSNR against the RGBA image %.1f dB, want 35 or more", p)
				}
			})
		}
	}
}
