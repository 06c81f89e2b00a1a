// Package mediatest makes media files for tests and benchmarks:
// photograph-like images, and JPEG and PNG files carrying the metadata
// that package media must strip (EXIF with an orientation and a GPS
// position, XMP, an ICC profile, comments, text chunks). Everything it
// makes is deterministic.
package mediatest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/jpeg"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// Photo returns a w×h image with the content of a photograph: smooth
// gradients and waves of colour, and sensor-like noise; seed varies it.
func Photo(w, h int, seed uint64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r := rand.New(rand.NewPCG(seed, 0x6d656469))
	fx, fy, phase := 2+r.Float64()*6, 2+r.Float64()*6, r.Float64()*math.Pi
	col := make([]float64, w)
	for x := range col {
		col[x] = math.Sin(float64(x)/float64(w)*fx*math.Pi + phase)
	}
	row := make([]float64, h)
	for y := range row {
		row[y] = math.Cos(float64(y) / float64(h) * fy * math.Pi)
	}
	for y := range h {
		v := float64(y) / float64(h)
		p := img.Pix[y*img.Stride : y*img.Stride+4*w]
		for x := range w {
			u := float64(x) / float64(w)
			wave := 45 * col[x] * row[y]
			noise := float64(int(r.Uint32()%13) - 6)
			p[4*x] = clamp(70 + 120*u + wave + noise)
			p[4*x+1] = clamp(100 + 90*v - wave/2 + noise)
			p[4*x+2] = clamp(170 - 70*u + 40*v + wave/3 + noise)
			p[4*x+3] = 255
		}
	}
	return img
}

func clamp(f float64) uint8 { return uint8(min(max(f, 0), 255)) }

// JPEG encodes img as a JPEG of the given quality.
func JPEG(img image.Image, quality int) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: quality}); err != nil {
		panic(err) // encoding to memory fails only for a bad image
	}
	return b.Bytes()
}

// WritePhotos writes n photographs of w×h pixels, JPEG quality 90, as
// photo-NN.jpg in dir, using every CPU, and returns their paths in order.
func WritePhotos(dir string, n, w, h int) ([]string, error) {
	paths := make([]string, n)
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				paths[i] = filepath.Join(dir, fmt.Sprintf("photo-%02d.jpg", i))
				errs[i] = os.WriteFile(paths[i], JPEG(Photo(w, h, uint64(i)), 90), 0o644)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return paths, nil
}

// GPSText is a string that the EXIF block of WithJPEGMetadata holds in
// its GPS directory, for tests to look for in an output.
const GPSText = "GPS-47.9184N-106.9177E"

// WithJPEGMetadata returns the JPEG data with the metadata a phone and an
// editor leave, after its start marker: an EXIF APP1 segment with the
// given orientation (0 for none) and a GPS directory holding the position
// and GPSText, an XMP APP1 segment, an ICC profile APP2 segment and a
// comment.
func WithJPEGMetadata(data []byte, orientation int) []byte {
	var out bytes.Buffer
	out.Write(data[:2])
	segment(&out, 0xe1, append([]byte("Exif\x00\x00"), exifTIFF(orientation)...))
	segment(&out, 0xe1, []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"))
	segment(&out, 0xe2, []byte("ICC_PROFILE\x00\x01\x01fake profile"))
	segment(&out, 0xfe, []byte("a comment"))
	out.Write(data[2:])
	return out.Bytes()
}

// segment writes a JPEG marker segment.
func segment(b *bytes.Buffer, marker byte, payload []byte) {
	b.Write([]byte{0xff, marker})
	binary.Write(b, binary.BigEndian, uint16(len(payload)+2))
	b.Write(payload)
}

// exifTIFF returns a little-endian TIFF structure whose IFD0 holds an
// orientation and a pointer to a GPS directory with a latitude reference
// and GPSText as its processing method.
func exifTIFF(orientation int) []byte {
	var t bytes.Buffer
	le := binary.LittleEndian
	t.WriteString("II*\x00")
	binary.Write(&t, le, uint32(8))
	type entry struct {
		tag, typ uint16
		count    uint32
		value    uint32
	}
	const ifd0Entries = 2
	gpsOffset := uint32(8 + 2 + 12*ifd0Entries + 4)
	ifd0 := []entry{{0x0112, 3, 1, uint32(orientation)}, {0x8825, 4, 1, gpsOffset}}
	if orientation == 0 {
		ifd0[0].tag = 0x0131 // a Software tag in its place
	}
	gpsText := append([]byte("ASCII\x00\x00\x00"), GPSText...)
	textOffset := gpsOffset + 2 + 12*2 + 4
	gps := []entry{{0x0001, 2, 2, uint32('N')}, {0x001b, 7, uint32(len(gpsText)), textOffset}}
	for _, ifd := range [][]entry{ifd0, gps} {
		binary.Write(&t, le, uint16(len(ifd)))
		for _, e := range ifd {
			binary.Write(&t, le, e)
		}
		binary.Write(&t, le, uint32(0)) // no next directory
	}
	t.Write(gpsText)
	return t.Bytes()
}

// WithPNGMetadata returns the PNG data with metadata chunks after its
// header chunk: a tEXt comment, an iTXt XMP packet, an iCCP profile and an
// eXIf block with the given orientation (0 for none) and GPS directory.
func WithPNGMetadata(data []byte, orientation int) []byte {
	const signatureAndIHDR = 8 + 8 + 13 + 4
	var out bytes.Buffer
	out.Write(data[:signatureAndIHDR])
	chunk(&out, "tEXt", []byte("Comment\x00made by mediatest"))
	chunk(&out, "iTXt", []byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"))
	chunk(&out, "iCCP", []byte("fake profile\x00\x00x\x9c\x03\x00\x00\x00\x00\x01"))
	chunk(&out, "eXIf", exifTIFF(orientation))
	out.Write(data[signatureAndIHDR:])
	return out.Bytes()
}

// chunk writes a PNG chunk with its checksum.
func chunk(b *bytes.Buffer, typ string, payload []byte) {
	binary.Write(b, binary.BigEndian, uint32(len(payload)))
	body := append([]byte(typ), payload...)
	b.Write(body)
	binary.Write(b, binary.BigEndian, crc32.ChecksumIEEE(body))
}
