package media

import (
	"bytes"
	"encoding/binary"
)

// The EXIF orientation is read here rather than with a library
// (dsoprea/go-exif parses every tag, with a dozen dependencies): it is
// one 16-bit value in the first directory of a TIFF structure, found in a
// JPEG's APP1 segment, a PNG's eXIf chunk or a WebP's EXIF chunk. Because
// the metadata is stripped, an orientation that was not applied would
// leave the image on its side.

// orientationTag is the EXIF tag of the orientation, in IFD0.
const orientationTag = 0x0112

// exifOrientation returns the EXIF orientation (1 to 8) of an image of
// format f, or 1 when it has none or it cannot be read.
func exifOrientation(f *format, data []byte) int {
	var tiff []byte
	switch f {
	case jpegFormat:
		tiff = jpegEXIF(data)
	case pngFormat:
		tiff = pngChunk(data, "eXIf")
	case webpFormat:
		tiff = riffChunk(data, "EXIF")
	}
	// Some writers keep the JPEG "Exif\0\0" prefix in PNG and WebP too.
	tiff = bytes.TrimPrefix(tiff, []byte("Exif\x00\x00"))
	o := tiffOrientation(tiff)
	if o < 1 || o > 8 {
		return 1
	}
	return o
}

// jpegEXIF returns the TIFF structure of the first EXIF APP1 segment of a
// JPEG, walking its marker segments up to the start of the scan.
func jpegEXIF(data []byte) []byte {
	for i := 2; i+4 <= len(data); {
		if data[i] != 0xff {
			return nil
		}
		marker := data[i+1]
		if marker == 0xff { // fill byte
			i++
			continue
		}
		if marker == 0xda || marker == 0xd9 { // start of scan, end of image
			return nil
		}
		n := int(binary.BigEndian.Uint16(data[i+2:]))
		if n < 2 || i+2+n > len(data) {
			return nil
		}
		segment := data[i+4 : i+2+n]
		if marker == 0xe1 && bytes.HasPrefix(segment, []byte("Exif\x00\x00")) {
			return segment[6:]
		}
		i += 2 + n
	}
	return nil
}

// pngChunk returns the data of the first chunk of type typ of a PNG.
func pngChunk(data []byte, typ string) []byte {
	for i := 8; i+8 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[i:]))
		if i+12+n > len(data) {
			return nil
		}
		if string(data[i+4:i+8]) == typ {
			return data[i+8 : i+8+n]
		}
		if string(data[i+4:i+8]) == "IDAT" { // eXIf comes before the pixels
			return nil
		}
		i += 12 + n
	}
	return nil
}

// riffChunk returns the data of the first chunk named fourcc of a WebP.
func riffChunk(data []byte, fourcc string) []byte {
	for i := 12; i+8 <= len(data); {
		n := int(binary.LittleEndian.Uint32(data[i+4:]))
		if i+8+n > len(data) {
			return nil
		}
		if string(data[i:i+4]) == fourcc {
			return data[i+8 : i+8+n]
		}
		i += 8 + n + n%2
	}
	return nil
}

// tiffOrientation returns the orientation tag of the first image file
// directory of a TIFF structure, or 0.
func tiffOrientation(tiff []byte) int {
	if len(tiff) < 8 {
		return 0
	}
	var order binary.ByteOrder
	switch string(tiff[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return 0
	}
	ifd := int(order.Uint32(tiff[4:]))
	if ifd < 8 || ifd+2 > len(tiff) {
		return 0
	}
	count := int(order.Uint16(tiff[ifd:]))
	for k := range count {
		e := ifd + 2 + 12*k
		if e+12 > len(tiff) {
			return 0
		}
		const short = 3
		if order.Uint16(tiff[e:]) == orientationTag && order.Uint16(tiff[e+2:]) == short {
			return int(order.Uint16(tiff[e+8:]))
		}
	}
	return 0
}
