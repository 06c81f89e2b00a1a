package load

import (
	"net/url"
	"path"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/media"
)

// rawMedia is one [[media]] table of an event file as decoded.
type rawMedia struct {
	Src        string `toml:"src"`
	Alt        string `toml:"alt"`
	Decorative bool   `toml:"decorative"`
	Caption    string `toml:"caption"`
	Credit     string `toml:"credit"`
	Link       string `toml:"link"`
	Poster     string `toml:"poster"`
	Captions   string `toml:"captions"`
}

// The longest plain-text values of a media table, in characters.
const (
	maxAlt     = 1000
	maxCaption = 1000
	maxCredit  = 300
)

// media validates the [[media]] tables of an event file. What needs the
// media files themselves (that they exist, decode and are not too large)
// is checked once they are read, at the places recorded here.
func (f *tomlFile) media(raw []rawMedia) []content.Media {
	var out []content.Media
	for i, r := range raw {
		m := content.Media{
			Src:        strings.TrimSpace(content.DropControls(r.Src)),
			Alt:        strings.TrimSpace(content.DropControls(r.Alt)),
			Decorative: r.Decorative,
			Caption:    strings.TrimSpace(content.DropControls(r.Caption)),
			Credit:     strings.TrimSpace(content.DropControls(r.Credit)),
			Link:       content.SafeURL(content.DropControls(r.Link)),
			SrcAt:      f.valueAt("media.src", i),
			PosterAt:   f.valueAt("media.poster", i),
			CaptionsAt: f.valueAt("media.captions", i),
		}
		kind, ok := f.mediaSrc(&m, i)
		if ok {
			f.mediaPoster(&m, kind, r.Poster, i)
			f.mediaCaptions(&m, kind, r.Captions, i)
			f.mediaAlt(&m, kind, r.Poster, i)
		}
		f.tooLong("media.alt", i, m.Alt, maxAlt)
		f.tooLong("media.caption", i, m.Caption, maxCaption)
		f.tooLong("media.credit", i, m.Credit, maxCredit)
		f.tooLong("media.link", i, r.Link, maxURL)
		out = append(out, m)
	}
	return out
}

// valueAt returns the place of the value of a key of the entryth table.
func (f *tomlFile) valueAt(key string, entry int) content.Position {
	pos := f.positions().Key(key, entry)
	return content.Position{Path: f.path, Line: pos.Line, Col: pos.ValueCol}
}

// mediaSrc checks a media's src and reports its kind (zero for a remote
// one), and whether it is good.
func (f *tomlFile) mediaSrc(m *content.Media, i int) (media.Kind, bool) {
	if m.Src == "" {
		if pos := f.positions().Key("media.src", i); pos.Line > 0 {
			f.errorf(pos.Line, pos.ValueCol, "media src is empty: give a file of the site, such as \"media/photo.jpg\", or an http(s) URL")
		} else {
			f.missingf("media", i, `media needs a src: add src = "media/photo.jpg" (a file of the site) or an http(s) URL`)
		}
		return 0, false
	}
	if f.tooLong("media.src", i, m.Src, maxURL) {
		return 0, false
	}
	if u, err := url.Parse(m.Src); err == nil && u.Scheme != "" && len(u.Scheme) > 1 {
		if _, ok := media.ClassifyURL(m.Src); !ok {
			f.valueErrorf("media.src", i, "media src %q is neither a file of the site nor an http(s) URL", m.Src)
			return 0, false
		}
		m.Remote = true
		return 0, true
	}
	clean, ok := f.sitePath("media.src", i, "src", m.Src)
	if !ok {
		return 0, false
	}
	m.Src = clean
	kind, err := media.KindOf(clean)
	switch {
	case err != nil:
		f.valueErrorf("media.src", i, "media src %v", err)
		return 0, false
	case kind == media.KindCaptions:
		f.valueErrorf("media.src", i, "media src %q is captions, which go with a video or a sound: write captions = %q in its [[media]]", clean, clean)
		return 0, false
	}
	return kind, true
}

// sitePath checks the path of a file of the site given in key and
// returns it clean.
func (f *tomlFile) sitePath(key string, i int, name, p string) (string, bool) {
	if strings.Contains(p, `\`) {
		f.valueErrorf(key, i, "media %s %q has a backslash: write paths with / between folders, such as \"media/photo.jpg\"", name, p)
		return "", false
	}
	if path.IsAbs(p) || len(p) > 1 && p[1] == ':' {
		f.valueErrorf(key, i, "media %s %q is an absolute path: give the path from the site folder, such as \"media/photo.jpg\"", name, p)
		return "", false
	}
	clean := path.Clean(p)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		f.valueErrorf(key, i, "media %s %q is outside the site folder: copy the file into the site, such as into media/", name, p)
		return "", false
	}
	top, _, _ := strings.Cut(clean, "/")
	switch top {
	case content.EventsDir, content.LayoutsDir, content.OutputDir:
		f.valueErrorf(key, i, "media %s %q is under %s/, which holds the site's %s: keep media in a folder of their own, such as media/", name, p, top, map[string]string{content.EventsDir: "events", content.LayoutsDir: "layouts", content.OutputDir: "output"}[top])
		return "", false
	case content.StaticDir:
		f.valueErrorf(key, i, "media %s %q is under static/, which is copied as it is, metadata and all: move it to a folder of its own, such as media/", name, p)
		return "", false
	}
	return clean, true
}

// mediaAlt checks that a picture has its alternative text, or says it
// needs none.
func (f *tomlFile) mediaAlt(m *content.Media, kind media.Kind, poster string, i int) {
	switch {
	case m.Decorative && m.Alt != "":
		f.keyErrorf("media.decorative", i, "media is decorative but has an alt text: remove alt, or decorative when the picture tells something")
	case m.Alt != "" || m.Decorative:
	case kind == media.KindImage:
		f.missingAlt(m, i, "the picture")
	case strings.TrimSpace(poster) != "" && kind != media.KindAudio:
		f.missingAlt(m, i, "the poster")
	}
}

func (f *tomlFile) missingAlt(m *content.Media, i int, what string) {
	if pos := f.positions().Key("media.alt", i); pos.Line > 0 {
		f.errorf(pos.Line, pos.ValueCol, "media alt is empty: describe %s for those who cannot see it, or set decorative = true when it tells nothing", what)
		return
	}
	at := f.positions().Key("media.src", i)
	if at.Line == 0 {
		f.missingf("media", i, "media needs an alt text: add alt = \"…\"")
		return
	}
	f.errorf(at.Line, at.Col, "media %q needs an alt text: add alt = \"…\", describing %s for those who cannot see it, or decorative = true when it tells nothing", m.Src, what)
}

// mediaPoster checks the poster of a video or of remote media.
func (f *tomlFile) mediaPoster(m *content.Media, kind media.Kind, poster string, i int) {
	poster = strings.TrimSpace(content.DropControls(poster))
	if poster == "" {
		return
	}
	if kind != media.KindVideo && !m.Remote {
		f.keyErrorf("media.poster", i, "a poster is the still of a video or of remote media: remove it, or make the picture its own [[media]]")
		return
	}
	clean, ok := f.sitePath("media.poster", i, "poster", poster)
	if !ok {
		return
	}
	if k, err := media.KindOf(clean); err != nil || k != media.KindImage {
		f.valueErrorf("media.poster", i, "media poster %q is not a picture: a poster is a .jpg, .png, .gif, .webp or .svg file", clean)
		return
	}
	m.Poster = clean
}

// mediaCaptions checks the captions of a video or a sound.
func (f *tomlFile) mediaCaptions(m *content.Media, kind media.Kind, captions string, i int) {
	captions = strings.TrimSpace(content.DropControls(captions))
	if captions == "" {
		return
	}
	if kind != media.KindVideo && kind != media.KindAudio {
		f.keyErrorf("media.captions", i, "captions go with a video or a sound of the site: remove them here")
		return
	}
	clean, ok := f.sitePath("media.captions", i, "captions", captions)
	if !ok {
		return
	}
	if k, err := media.KindOf(clean); err != nil || k != media.KindCaptions {
		f.valueErrorf("media.captions", i, "media captions %q are not WebVTT: captions are a .vtt file", clean)
		return
	}
	m.Captions = clean
}
