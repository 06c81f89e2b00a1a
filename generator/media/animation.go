package media

import (
	"bytes"
	"fmt"
	"image/gif"
)

// gifFrames counts the frames of a GIF by walking its blocks, without
// decoding any, so that the pixel limit can bound the frames an animation
// would allocate. A GIF it cannot walk counts as one frame; the decoder
// then reports what is wrong.
func gifFrames(data []byte) int {
	if len(data) < 13 {
		return 1
	}
	i := 13 // header and logical screen descriptor
	if flags := data[10]; flags&0x80 != 0 {
		i += 3 << (flags&7 + 1) // global colour table
	}
	frames := 0
	for i < len(data) {
		switch data[i] {
		case 0x21: // extension: a label, then sub-blocks
			i = skipSubBlocks(data, i+2)
		case 0x2c: // image descriptor
			if i+10 > len(data) {
				return max(frames, 1)
			}
			flags := data[i+9]
			i += 10
			if flags&0x80 != 0 {
				i += 3 << (flags&7 + 1) // local colour table
			}
			i = skipSubBlocks(data, i+1) // after the LZW code size
			frames++
		default: // the trailer, or something the decoder will refuse
			return max(frames, 1)
		}
	}
	return max(frames, 1)
}

// skipSubBlocks returns the index after the sub-blocks starting at i.
func skipSubBlocks(data []byte, i int) int {
	for i < len(data) {
		n := int(data[i])
		i++
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// animatedGIF decodes every frame of a GIF and encodes them again, with
// their delays, disposal and loop count, and nothing else.
func animatedGIF(name string, data []byte) (*Image, error) {
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("src %q: file does not decode as GIF: %v", name, err)
	}
	var b bytes.Buffer
	if err := gif.EncodeAll(&b, g); err != nil {
		return nil, fmt.Errorf("src %q: encoding the animation: %w", name, err)
	}
	w, h := g.Config.Width, g.Config.Height
	return &Image{Width: w, Height: h, Type: "image/gif", Variants: []Variant{
		{Width: w, Height: h, Name: variantName(name, w, ".gif", b.Bytes()), Data: b.Bytes()},
	}}, nil
}

// animatedWebP reports whether a WebP's extended header marks it animated
// (golang.org/x/image/webp decodes still images only).
func animatedWebP(data []byte) bool {
	return len(data) > 20 && string(data[12:16]) == "VP8X" && data[20]&0x02 != 0
}
