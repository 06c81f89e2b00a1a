package media

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
)

// encoder writes a variant in one output format. Both encoders are
// deterministic: the same pixels give the same bytes.
type encoder struct {
	mime, ext string
	encode    func(image.Image) ([]byte, error)
}

// jpegEncoder writes baseline JPEG at the given quality, with 4:2:0
// chroma, as image/jpeg does.
func jpegEncoder(quality int) encoder {
	return encoder{"image/jpeg", ".jpg", func(img image.Image) ([]byte, error) {
		var b bytes.Buffer
		err := jpeg.Encode(&b, img, &jpeg.Options{Quality: quality})
		return b.Bytes(), err
	}}
}

// pngEncoder writes PNG, with a palette when the variant has at most 256
// colours (a quarter of the size of 32-bit pixels).
var pngEncoder = encoder{"image/png", ".png", func(img image.Image) ([]byte, error) {
	if m, ok := img.(*image.RGBA); ok {
		if p := palette(m); p != nil {
			img = p
		}
	}
	var b bytes.Buffer
	err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&b, img)
	return b.Bytes(), err
}}

// palette returns img as a paletted image, its colours in the order they
// first appear, or nil when it has more than 256 colours.
func palette(img *image.RGBA) *image.Paletted {
	b := img.Bounds()
	out := image.NewPaletted(b, nil)
	index := make(map[uint32]uint8, 256)
	for y := range b.Dy() {
		row := img.Pix[y*img.Stride : y*img.Stride+4*b.Dx()]
		dst := out.Pix[y*out.Stride:]
		for x := range b.Dx() {
			p := row[4*x : 4*x+4]
			key := uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
			i, ok := index[key]
			if !ok {
				if len(out.Palette) == 256 {
					return nil
				}
				i = uint8(len(out.Palette))
				index[key] = i
				out.Palette = append(out.Palette, color.RGBA{p[0], p[1], p[2], p[3]})
			}
			dst[x] = i
		}
	}
	return out
}
