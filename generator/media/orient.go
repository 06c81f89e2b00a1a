package media

import "image"

// orient returns the working image img turned upright as EXIF orientation
// o (1 to 8, 1 meaning upright) says; img itself when o is 1 or unknown.
// Orientations 5 to 8 swap width and height; a YCbCr image's chroma
// subsampling turns with it (4:2:2 becomes 4:4:0).
func orient(img image.Image, o int) image.Image {
	if o < 2 || o > 8 {
		return img
	}
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	ratio := subsampling(img)
	if o >= 5 {
		w, h = h, w
		switch ratio {
		case image.YCbCrSubsampleRatio422:
			ratio = image.YCbCrSubsampleRatio440
		case image.YCbCrSubsampleRatio440:
			ratio = image.YCbCrSubsampleRatio422
		}
	}
	dst := like(img, w, h, ratio)
	src := planes(img)
	for i, d := range planes(dst) {
		orientPlane(d, src[i], o)
	}
	return dst
}

// orientPlane fills dst with src turned as orientation o says.
func orientPlane(dst, src plane, o int) {
	ch := src.ch
	for y := range dst.h {
		out := dst.pix[y*dst.stride : y*dst.stride+dst.w*ch]
		for x := range dst.w {
			sx, sy := sourceOf(x, y, src.w, src.h, o)
			i := sy*src.stride + sx*ch
			if ch == 1 {
				out[x] = src.pix[i]
				continue
			}
			copy(out[x*ch:x*ch+ch], src.pix[i:i+ch])
		}
	}
}

// sourceOf returns the pixel of a w×h source that lands at (x, y) in the
// image turned as orientation o says.
func sourceOf(x, y, w, h, o int) (int, int) {
	switch o {
	case 2: // mirrored left to right
		return w - 1 - x, y
	case 3: // turned half a turn
		return w - 1 - x, h - 1 - y
	case 4: // mirrored top to bottom
		return x, h - 1 - y
	case 5: // mirrored along the top-left to bottom-right diagonal
		return y, x
	case 6: // turned a quarter turn clockwise
		return y, h - 1 - x
	case 7: // mirrored along the top-right to bottom-left diagonal
		return w - 1 - y, h - 1 - x
	case 8: // turned a quarter turn anticlockwise
		return w - 1 - y, x
	}
	return x, y
}
