package media

import (
	"bytes"
	"fmt"
	"path"
	"strings"
)

// format is one type of file that media accepts.
type format struct {
	exts  []string // the extensions it is written with, lower case
	kind  Kind
	mime  string
	label string // what a file of it is, in messages: "a JPEG image"
	short string // its name in messages: "JPEG"
	// magic reports whether data looks like this format.
	magic func(data []byte) bool
}

var (
	jpegFormat = &format{[]string{".jpg", ".jpeg"}, KindImage, "image/jpeg", "a JPEG image", "JPEG", isJPEG}
	pngFormat  = &format{[]string{".png"}, KindImage, "image/png", "a PNG image", "PNG", isPNG}
	gifFormat  = &format{[]string{".gif"}, KindImage, "image/gif", "a GIF image", "GIF", isGIF}
	webpFormat = &format{[]string{".webp"}, KindImage, "image/webp", "a WebP image", "WebP", isWebP}
	svgFormat  = &format{[]string{".svg"}, KindImage, "image/svg+xml", "an SVG drawing", "SVG", isSVG}
)

// formats lists every accepted type; the first that claims an extension
// names it in messages. Ogg comes twice: .ogg is sound unless it holds a
// Theora video.
var formats = []*format{
	jpegFormat, pngFormat, gifFormat, webpFormat, svgFormat,
	{[]string{".mp4"}, KindVideo, "video/mp4", "an MP4 video", "MP4", isMP4},
	{[]string{".webm"}, KindVideo, "video/webm", "a WebM video", "WebM", isWebM},
	{[]string{".mp3"}, KindAudio, "audio/mpeg", "an MP3 sound", "MP3", isMP3},
	{[]string{".m4a"}, KindAudio, "audio/mp4", "an M4A sound", "M4A", isMP4},
	{[]string{".oga", ".ogg"}, KindAudio, "audio/ogg", "an Ogg sound", "Ogg", isOggAudio},
	{[]string{".ogv", ".ogg"}, KindVideo, "video/ogg", "an Ogg video", "Ogg", isOggVideo},
	{[]string{".vtt"}, KindCaptions, "text/vtt", "WebVTT captions", "WebVTT", isVTT},
}

// accepted is the list of extensions for error messages.
const accepted = "images .jpg .jpeg .png .gif .webp .svg, video .mp4 .webm .ogv, audio .mp3 .m4a .ogg .oga, captions .vtt"

// Sniff returns the kind and media type of the file name holding data. The
// type is chosen by the extension and must agree with the content, so that
// a file that is not what its name says (a PNG named .mp4) is an error
// rather than a broken page.
func Sniff(name string, data []byte) (Kind, string, error) {
	f, err := sniff(name, data)
	if err != nil {
		return 0, "", err
	}
	return f.kind, f.mime, nil
}

// KindOf returns the kind of the file name by its extension alone, before
// the file is read: an error says which extensions are accepted. A .ogg
// file counts as a sound (Sniff tells an Ogg video from its content).
func KindOf(name string) (Kind, error) {
	ext := strings.ToLower(path.Ext(name))
	for _, f := range formats {
		if hasExt(f, ext) {
			return f.kind, nil
		}
	}
	if ext == "" {
		return 0, fmt.Errorf("%q has no extension: media files are %s", name, accepted)
	}
	return 0, fmt.Errorf("%q: %s files are not accepted: media files are %s", name, ext, accepted)
}

// sniff returns the format of the file name holding data.
func sniff(name string, data []byte) (*format, error) {
	ext := strings.ToLower(path.Ext(name))
	var claimed *format
	for _, f := range formats {
		if !hasExt(f, ext) {
			continue
		}
		if claimed == nil {
			claimed = f
		}
		if f.magic(data) {
			return f, nil
		}
	}
	if claimed == nil {
		if ext == "" {
			return nil, fmt.Errorf("src %q has no extension: media files are %s", name, accepted)
		}
		return nil, fmt.Errorf("src %q: %s files are not accepted: media files are %s", name, ext, accepted)
	}
	if claimed.kind == KindCaptions {
		return nil, fmt.Errorf("src %q is not WebVTT captions: a .vtt file starts with the line WEBVTT", name)
	}
	for _, f := range formats {
		if f.magic(data) {
			return nil, fmt.Errorf("src %q is named as %s but holds %s: rename it with the extension %s", name, claimed.label, f.label, f.exts[0])
		}
	}
	return nil, fmt.Errorf("src %q is named as %s but its content is not: the file is damaged or of another type", name, claimed.label)
}

func hasExt(f *format, ext string) bool {
	for _, e := range f.exts {
		if e == ext {
			return true
		}
	}
	return false
}

func isJPEG(b []byte) bool { return bytes.HasPrefix(b, []byte("\xff\xd8\xff")) }
func isPNG(b []byte) bool  { return bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) }
func isGIF(b []byte) bool {
	return bytes.HasPrefix(b, []byte("GIF87a")) || bytes.HasPrefix(b, []byte("GIF89a"))
}

func isWebP(b []byte) bool {
	return len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP"
}

// isSVG reports whether b is XML whose first element is <svg>: after an
// optional byte order mark, XML declaration, comments and DOCTYPE.
func isSVG(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		var end string
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = "?>"
		case bytes.HasPrefix(b, []byte("<!--")):
			end = "-->"
		case bytes.HasPrefix(b, []byte("<!")):
			end = ">"
			gt, bracket := bytes.IndexByte(b, '>'), bytes.IndexByte(b, '[')
			if bracket >= 0 && bracket < gt { // a DOCTYPE's internal subset
				end = "]>"
			}
		default:
			return bytes.HasPrefix(b, []byte("<svg")) && len(b) > 4 && strings.ContainsRune(" \t\r\n>/", rune(b[4]))
		}
		i := bytes.Index(b, []byte(end))
		if i < 0 {
			return false
		}
		b = b[i+len(end):]
	}
}

// isMP4 reports whether b starts with an ISO base media file type box, as
// MP4 video and M4A sound do.
func isMP4(b []byte) bool { return len(b) >= 12 && string(b[4:8]) == "ftyp" }

// isWebM reports whether b is an EBML document of type webm (a Matroska
// file, .mkv, is not accepted: browsers play few of them).
func isWebM(b []byte) bool {
	if !bytes.HasPrefix(b, []byte("\x1a\x45\xdf\xa3")) {
		return false
	}
	head := b[:min(len(b), 64)]
	return bytes.Contains(head, []byte("\x42\x82\x84webm"))
}

// isOggAudio reports whether b is an Ogg file that is not a video.
func isOggAudio(b []byte) bool { return bytes.HasPrefix(b, []byte("OggS")) && !isOggVideo(b) }

// isOggVideo reports whether b is an Ogg file whose first stream is Theora.
func isOggVideo(b []byte) bool {
	return bytes.HasPrefix(b, []byte("OggS")) && bytes.Contains(b[:min(len(b), 512)], []byte("\x80theora"))
}

// isMP3 reports whether b starts with an ID3 tag or an MPEG audio frame
// header (11 sync bits, a valid version, layer and bit rate).
func isMP3(b []byte) bool {
	if bytes.HasPrefix(b, []byte("ID3")) {
		return true
	}
	if len(b) < 4 || b[0] != 0xff || b[1]&0xe0 != 0xe0 {
		return false
	}
	version, layer, bitrate := b[1]>>3&3, b[1]>>1&3, b[2]>>4
	return version != 1 && layer != 0 && bitrate != 0xf
}

// isVTT reports whether b starts with the WebVTT signature: an optional
// byte order mark, "WEBVTT", then a space, a tab, a line break or the end.
func isVTT(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !bytes.HasPrefix(b, []byte("WEBVTT")) {
		return false
	}
	return len(b) == 6 || strings.ContainsRune(" \t\r\n", rune(b[6]))
}
