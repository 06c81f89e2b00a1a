package media

import (
	"bytes"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"slices"

	"golang.org/x/image/webp"
)

// ProcessImage decodes the JPEG, PNG, GIF or WebP image name holding data
// and returns it resized to opts.Widths (an SVG is passed to SanitizeSVG).
//
// The image is decoded once, after its header has been checked against
// opts.Limits, and turned upright as its EXIF orientation says. Every
// variant is encoded anew from the pixels, so none keeps the metadata of
// the source: no EXIF (with the GPS position of a phone's photo), XMP,
// ICC profile or comment. (Without its profile, a wide-gamut photograph,
// such as a phone's Display P3, shows as sRGB: a little less saturated.)
// Images are never enlarged: widths above the image's own are left out,
// and the image's own width is the largest variant when it is not above
// the largest of opts.Widths. Each variant is reduced from the next larger
// one (Catmull-Rom, see resample.go).
//
// A JPEG stays a JPEG (opts.Quality). A PNG, GIF or WebP with transparent
// pixels or at most 256 colours (a drawing, a diagram, a screenshot)
// becomes a PNG, which keeps it exact; one with more colours (a
// photograph) becomes a JPEG. An animated GIF stays an animated GIF, at
// its own size, re-encoded frame by frame (which drops its comments and
// application extensions): it is not resized, since resizing its
// palette-indexed frames means building new palettes.
func ProcessImage(name string, data []byte, opts Options) (*Image, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	f, err := sniff(name, data)
	if err != nil {
		return nil, err
	}
	switch f {
	case svgFormat:
		return SanitizeSVG(name, data)
	case jpegFormat, pngFormat, gifFormat, webpFormat:
	default:
		return nil, fmt.Errorf("src %q is %s, not an image: images are .jpg .jpeg .png .gif .webp .svg", name, f.label)
	}
	if f == webpFormat && animatedWebP(data) {
		return nil, fmt.Errorf("src %q is an animated WebP, which cannot be decoded here: convert it to an animated GIF or to a video (.mp4 or .webm)", name)
	}
	cfg, err := decodeConfig(f, data)
	if err != nil {
		return nil, fmt.Errorf("src %q: file does not decode as %s: %v", name, f.short, err)
	}
	frames := 1
	if f == gifFormat {
		frames = gifFrames(data)
	}
	if err := checkPixels(name, cfg, frames, opts.Limits.MaxPixels); err != nil {
		return nil, err
	}
	if frames > 1 {
		return animatedGIF(name, data)
	}
	img, err := decode(f, data)
	if err != nil {
		return nil, fmt.Errorf("src %q: file does not decode as %s: %v", name, f.short, err)
	}
	work := working(img)
	enc := jpegEncoder(opts.Quality)
	if f != jpegFormat && drawing(img, work) {
		enc = pngEncoder
	}
	return variants(name, work, exifOrientation(f, data), opts.Widths, enc)
}

// decodeConfig reads the size of an image from its header.
func decodeConfig(f *format, data []byte) (image.Config, error) {
	r := bytes.NewReader(data)
	switch f {
	case jpegFormat:
		return jpeg.DecodeConfig(r)
	case pngFormat:
		return png.DecodeConfig(r)
	case gifFormat:
		return gif.DecodeConfig(r)
	}
	return webp.DecodeConfig(r)
}

// decode decodes an image of format f.
func decode(f *format, data []byte) (image.Image, error) {
	r := bytes.NewReader(data)
	switch f {
	case jpegFormat:
		return jpeg.Decode(r)
	case pngFormat:
		return png.Decode(r)
	case gifFormat:
		return gif.Decode(r)
	}
	return webp.Decode(r)
}

// checkPixels refuses an image whose header claims more than max pixels,
// over all its frames.
func checkPixels(name string, cfg image.Config, frames int, limit int64) error {
	if cfg.Width < 1 || cfg.Height < 1 {
		return fmt.Errorf("src %q: file does not decode: its header says it is %d×%d pixels", name, cfg.Width, cfg.Height)
	}
	pixels := int64(cfg.Width) * int64(cfg.Height)
	total := pixels * int64(frames)
	if total <= limit {
		return nil
	}
	mp := func(n int64) string { return fmt.Sprintf("%.3g", float64(n)/1e6) }
	if frames > 1 {
		return fmt.Errorf("src %q has %d frames of %d×%d pixels (%s megapixels in all), over the limit of %s: make it shorter or smaller, or make it a video (.mp4 or .webm)",
			name, frames, cfg.Width, cfg.Height, mp(total), mp(limit))
	}
	return fmt.Errorf("src %q is %d×%d pixels (%s megapixels), over the limit of %s: resize it before adding it",
		name, cfg.Width, cfg.Height, mp(pixels), mp(limit))
}

// drawing reports whether the decoded image img, whose working copy is
// work, is better kept exact as a PNG than made a JPEG: it has
// transparent pixels or at most 256 colours.
func drawing(img, work image.Image) bool {
	if _, ok := img.(*image.Paletted); ok {
		return true
	}
	switch m := work.(type) {
	case *image.Gray:
		return true
	case *image.RGBA:
		return !m.Opaque() || palette(m) != nil
	}
	return false
}

// variantWidths returns the widths to make of an image w pixels wide,
// ascending: those of widths below w, and w itself unless a width is
// larger.
func variantWidths(w int, widths []int) []int {
	var out []int
	for _, v := range widths {
		if v < w {
			out = append(out, v)
		}
	}
	if w <= slices.Max(widths) {
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// variants resizes the working image work, then turns each variant as
// EXIF orientation o says and encodes it with enc.
func variants(name string, work image.Image, o int, widths []int, enc encoder) (*Image, error) {
	// Resizing happens before turning, on fewer pixels: in the source's
	// orientation, where a quarter turn swaps width and height.
	sw, sh := work.Bounds().Dx(), work.Bounds().Dy()
	w, h := sw, sh
	if o >= 5 {
		w, h = h, w
	}
	out := &Image{Width: w, Height: h, Type: enc.mime}
	targets := variantWidths(w, widths)
	out.Variants = make([]Variant, len(targets))
	from := work
	for i, vw := range slices.Backward(targets) {
		vh := max(1, (vw*h+w/2)/w)
		pw, ph := vw, vh
		if o >= 5 {
			pw, ph = vh, vw
		}
		if pw != from.Bounds().Dx() || ph != from.Bounds().Dy() {
			from = scale(from, pw, ph)
		}
		data, err := enc.encode(orient(from, o))
		if err != nil {
			return nil, fmt.Errorf("src %q: encoding the %d pixels wide variant: %w", name, vw, err)
		}
		out.Variants[i] = Variant{Width: vw, Height: vh, Name: variantName(name, vw, enc.ext, data), Data: data}
	}
	return out, nil
}
