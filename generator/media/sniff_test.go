package media_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// Heads of real files of each type, long enough for sniffing.
const (
	mp4Head   = "\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
	m4aHead   = "\x00\x00\x00\x1cftypM4A \x00\x00\x00\x00M4A mp42isom"
	webmHead  = "\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x84webm\x42\x87\x81\x04"
	mkvHead   = "\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x88matroska"
	id3Head   = "ID3\x04\x00\x00\x00\x00\x00\x00"
	mp3Frame  = "\xff\xfb\x90\x64\x00\x00"
	vorbis    = "OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x1e\x01vorbis\x00\x00"
	theora    = "OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x2a\x80theora\x03\x02"
	vttFile   = "WEBVTT\n\n00:00.000 --> 00:02.000\nMongolia joins KFOR\n"
	svgSource = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`
)

func TestSniff(t *testing.T) {
	jpg := string(mediatest.JPEG(quadrants(8, 8), 90))
	png := string(encodePNG(t, quadrants(8, 8)))
	tests := []struct {
		name, data string
		kind       media.Kind
		mime       string
		wantErr    string
	}{
		{"a.jpg", jpg, media.KindImage, "image/jpeg", ""},
		{"a.JPEG", jpg, media.KindImage, "image/jpeg", ""},
		{"a.png", png, media.KindImage, "image/png", ""},
		{"a.gif", "GIF89a\x01\x00", media.KindImage, "image/gif", ""},
		{"a.webp", string(readTestdata(t, "photo.webp")), media.KindImage, "image/webp", ""},
		{"a.svg", svgSource, media.KindImage, "image/svg+xml", ""},
		{"a.mp4", mp4Head, media.KindVideo, "video/mp4", ""},
		{"a.webm", webmHead, media.KindVideo, "video/webm", ""},
		{"a.ogv", theora, media.KindVideo, "video/ogg", ""},
		{"a.ogg", theora, media.KindVideo, "video/ogg", ""},
		{"a.ogg", vorbis, media.KindAudio, "audio/ogg", ""},
		{"a.oga", vorbis, media.KindAudio, "audio/ogg", ""},
		{"a.mp3", id3Head, media.KindAudio, "audio/mpeg", ""},
		{"a.mp3", mp3Frame, media.KindAudio, "audio/mpeg", ""},
		{"a.m4a", m4aHead, media.KindAudio, "audio/mp4", ""},
		{"a.vtt", vttFile, media.KindCaptions, "text/vtt", ""},
		{"a.vtt", "\ufeffWEBVTT - Kosovo\n", media.KindCaptions, "text/vtt", ""},
		{"clip.mp4", png, 0, "", `src "clip.mp4" is named as an MP4 video but holds a PNG image: rename it with the extension .png`},
		{"photo.jpg", mp4Head, 0, "", `holds an MP4 video: rename it with the extension .mp4`},
		{"song.mp3", jpg, 0, "", `holds a JPEG image`},
		{"a.oga", theora, 0, "", `holds an Ogg video: rename it with the extension .ogv`},
		{"a.webm", mkvHead, 0, "", `is named as a WebM video but its content is not`},
		{"a.mp4", "", 0, "", `its content is not`},
		{"a.vtt", "1\n00:00:00,000 --> 00:00:02,000\nSRT\n", 0, "", `is not WebVTT captions: a .vtt file starts with the line WEBVTT`},
		{"a.vtt", "WEBVTTX\n", 0, "", `is not WebVTT captions`},
		{"a.svg", "<html/>", 0, "", `its content is not`},
		{"a.srt", "1\n", 0, "", `.srt files are not accepted: media files are images .jpg`},
		{"README", "", 0, "", `has no extension`},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.mime+tt.wantErr, func(t *testing.T) {
			kind, mime, err := media.Sniff(tt.name, []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || kind != tt.kind || mime != tt.mime {
				t.Errorf("got %v %q %v, want %v %q", kind, mime, err, tt.kind, tt.mime)
			}
		})
	}
}

func TestCopyName(t *testing.T) {
	a := media.CopyName("media/Interviews/Khaan Quest 2014.MP3", []byte(id3Head+"a"))
	if !regexp.MustCompile(`^khaan-quest-2014-[0-9a-f]{8}\.mp3$`).MatchString(a) {
		t.Errorf("got %q, want khaan-quest-2014-<hash8>.mp3", a)
	}
	if b := media.CopyName("media/Interviews/Khaan Quest 2014.MP3", []byte(id3Head+"a")); b != a {
		t.Errorf("the same file is named %q then %q", a, b)
	}
	if b := media.CopyName("media/Interviews/Khaan Quest 2014.MP3", []byte(id3Head+"b")); b == a {
		t.Errorf("two different files are both named %q", a)
	}
	for in, want := range map[string]string{"Монголия.vtt": "media-", `C:\clips\--A__b--.webm`: "a-b-", ".hidden.mp4": "hidden-"} {
		if got := media.CopyName(in, nil); !strings.HasPrefix(got, want) {
			t.Errorf("CopyName(%q) = %q, want it to start with %q", in, got, want)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[media.Kind]string{media.KindImage: "image", media.KindVideo: "video", media.KindAudio: "audio", media.KindCaptions: "captions", 0: "Kind(0)"} {
		if got := k.String(); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
