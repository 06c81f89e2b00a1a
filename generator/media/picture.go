package media

import (
	"image"
	"image/draw"
)

// The working model is one of three image types whose samples are 8-bit
// planes the resampler reads directly: *image.YCbCr, as JPEG and lossy
// WebP decode (resized plane by plane at their own resolution, and handed
// to the JPEG encoder without a conversion), *image.Gray, and
// premultiplied *image.RGBA for the rest. Every working image has its
// origin at (0, 0).

// working returns img in the working model, converting it only when it is
// not already.
func working(img image.Image) image.Image {
	b := img.Bounds()
	if b.Min == (image.Point{}) {
		switch m := img.(type) {
		case *image.YCbCr:
			switch m.SubsampleRatio {
			case image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422,
				image.YCbCrSubsampleRatio420, image.YCbCrSubsampleRatio440:
				return m
			}
		case *image.Gray, *image.RGBA:
			return m
		}
	}
	r := image.Rect(0, 0, b.Dx(), b.Dy())
	var dst draw.Image
	switch img.(type) {
	case *image.Gray, *image.Gray16:
		dst = image.NewGray(r)
	default:
		dst = image.NewRGBA(r)
	}
	draw.Draw(dst, r, img, b.Min, draw.Src)
	return dst
}

// planes returns views of the sample planes of a working image.
func planes(img image.Image) []plane {
	b := img.Bounds()
	switch m := img.(type) {
	case *image.YCbCr:
		cw, ch := chromaSize(b.Dx(), b.Dy(), m.SubsampleRatio)
		return []plane{
			{m.Y, b.Dx(), b.Dy(), m.YStride, 1},
			{m.Cb, cw, ch, m.CStride, 1},
			{m.Cr, cw, ch, m.CStride, 1},
		}
	case *image.Gray:
		return []plane{{m.Pix, b.Dx(), b.Dy(), m.Stride, 1}}
	case *image.RGBA:
		return []plane{{m.Pix, b.Dx(), b.Dy(), m.Stride, 4}}
	}
	panic("media: not a working image")
}

// chromaSize returns the size of the chroma planes of a w×h YCbCr image.
func chromaSize(w, h int, ratio image.YCbCrSubsampleRatio) (int, int) {
	switch ratio {
	case image.YCbCrSubsampleRatio422:
		return (w + 1) / 2, h
	case image.YCbCrSubsampleRatio420:
		return (w + 1) / 2, (h + 1) / 2
	case image.YCbCrSubsampleRatio440:
		return w, (h + 1) / 2
	}
	return w, h
}

// like returns a new w×h working image of the same type as img, its
// chroma subsampled as ratio for a YCbCr image.
func like(img image.Image, w, h int, ratio image.YCbCrSubsampleRatio) image.Image {
	r := image.Rect(0, 0, w, h)
	switch img.(type) {
	case *image.YCbCr:
		return image.NewYCbCr(r, ratio)
	case *image.Gray:
		return image.NewGray(r)
	}
	return image.NewRGBA(r)
}

// subsampling returns the chroma subsampling of img, if it is YCbCr.
func subsampling(img image.Image) image.YCbCrSubsampleRatio {
	if m, ok := img.(*image.YCbCr); ok {
		return m.SubsampleRatio
	}
	return image.YCbCrSubsampleRatio444
}

// scale returns the working image img resized to w×h.
func scale(img image.Image, w, h int) image.Image {
	dst := like(img, w, h, subsampling(img))
	src := planes(img)
	sx := float64(img.Bounds().Dx()) / float64(w)
	sy := float64(img.Bounds().Dy()) / float64(h)
	for i, d := range planes(dst) {
		resample(d, src[i], sx, sy)
	}
	return dst
}
