// Package media processes the media of events at build time: it resizes
// and re-encodes raster images (stripping their metadata), sanitises SVG
// drawings, checks and names audio, video and caption files that are
// copied as they are, and recognises links to video and audio providers.
//
// It does no I/O: every function takes the bytes of a file and its name
// (for the extension and the output name) and returns bytes and names.
// Every function is safe for concurrent use; image work is the slow part
// of a build, so a caller runs one ProcessImage per CPU. The same input
// and options always give the same bytes.
//
// Output names carry a hash of their content, so that a host may cache
// them for ever: an image variant is "<stem>-<hash8>-<width>.<ext>", any
// other file "<stem>-<hash8>.<ext>", where stem is the source's base name
// folded to lower-case letters, digits and hyphens and hash8 is the first
// eight hexadecimal digits of the SHA-256 of the output bytes. Names have
// no folder: the caller places them (under public/media/).
package media

import "fmt"

// Kind is what a media file is, as the page shows it.
type Kind int

// The kinds of media.
const (
	// KindImage is a raster image or an SVG drawing.
	KindImage Kind = iota + 1
	// KindVideo is a video file.
	KindVideo
	// KindAudio is a sound file.
	KindAudio
	// KindCaptions is a WebVTT file of captions or subtitles for a video.
	KindCaptions
)

// String returns the kind's name in lower case ("image", "video"…).
func (k Kind) String() string {
	switch k {
	case KindImage:
		return "image"
	case KindVideo:
		return "video"
	case KindAudio:
		return "audio"
	case KindCaptions:
		return "captions"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// DefaultMaxPixels is the largest image, in pixels, that ProcessImage
// decodes when Limits.MaxPixels is zero: 50 megapixels, which is larger
// than any camera's photographs and takes 200 MB to hold decoded.
const DefaultMaxPixels = 50_000_000

// DefaultQuality is the JPEG quality used when Options.Quality is zero.
const DefaultQuality = 80

// DefaultWidths are the widths, in pixels, that images are resized to when
// Options.Widths is empty: 320 for thumbnails in lists, 640 and 960 for the
// text column at one and two device pixels per CSS pixel, 1600 and 2400
// for an image shown across the screen.
var DefaultWidths = []int{320, 640, 960, 1600, 2400}

// Limits bounds the work one file may ask for. The zero value means the
// defaults.
type Limits struct {
	// MaxPixels is the largest width×height (summed over the frames of
	// an animated GIF) that is decoded; larger images are refused before
	// any pixel is decoded, which defeats decompression bombs (a small
	// file whose header claims a huge image). Zero means
	// DefaultMaxPixels.
	MaxPixels int64
}

// Options says how ProcessImage resizes and encodes. The zero value means
// the defaults.
type Options struct {
	// Widths are the widths of the variants, in any order; zero means
	// DefaultWidths. See ProcessImage for which are made.
	Widths []int
	// Limits bounds the size of the images decoded.
	Limits Limits
	// Quality is the JPEG quality, from 1 to 100; zero means
	// DefaultQuality.
	Quality int
}

// Image is a processed image: its variants, smallest first.
type Image struct {
	// Width and Height are the size of the image as it is shown, in
	// pixels: after the EXIF orientation is applied. For an SVG they
	// are its intrinsic size, or zero when it declares none.
	Width, Height int
	// Type is the media type of every variant: "image/jpeg",
	// "image/png", "image/gif" or "image/svg+xml".
	Type string
	// Variants are the files to write, in ascending width.
	Variants []Variant
}

// Variant is one output file of an image.
type Variant struct {
	// Width and Height are the variant's size in pixels.
	Width, Height int
	// Name is the output file name, hashed (see the package doc).
	Name string
	// Data is the file's content.
	Data []byte
}

// withDefaults returns opts with zero fields replaced by the defaults, or
// an error saying which field is out of range.
func (opts Options) withDefaults() (Options, error) {
	if len(opts.Widths) == 0 {
		opts.Widths = DefaultWidths
	}
	for _, w := range opts.Widths {
		if w < 1 {
			return opts, fmt.Errorf("image width %d is not a positive number of pixels", w)
		}
	}
	if opts.Limits.MaxPixels == 0 {
		opts.Limits.MaxPixels = DefaultMaxPixels
	}
	if opts.Quality == 0 {
		opts.Quality = DefaultQuality
	}
	if opts.Quality < 1 || opts.Quality > 100 {
		return opts, fmt.Errorf("JPEG quality %d is out of range: write a number from 1 to 100", opts.Quality)
	}
	return opts, nil
}
