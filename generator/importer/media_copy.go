package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/mediaset"
)

// mediaDir is the site's folder of media files, where the import copies
// them.
const mediaDir = "media"

// localMedia resolves the media an event has as files beside the
// imported file: each that the generator takes is copied into media/
// (once, under a free name); one that is missing, or that the build
// would refuse, is dropped with a note.
func (p *planner) localMedia(list []Media) []Media {
	var out []Media
	for _, m := range list {
		if webURL(m.Src) {
			out = append(out, m)
			continue
		}
		rel := filepath.FromSlash(strings.ReplaceAll(m.Src, `\`, "/"))
		from := filepath.Join(filepath.Dir(p.file), rel)
		name, ok := p.media[from]
		if !ok {
			data, problem := p.readMedia(from, m.Src)
			if problem != "" {
				p.noteAt(m.at, "%s", problem)
				continue
			}
			name = p.mediaName(from, data)
		}
		m.Src = mediaDir + "/" + name
		out = append(out, m)
	}
	return out
}

// readMedia reads the media file at from, given as src, and checks it as
// a build does: a regular file, not too large, of a type the site shows
// (a picture decodes). It returns the file, or what is wrong with it, as
// a note saying what to do.
func (p *planner) readMedia(from, src string) ([]byte, string) {
	info, err := os.Lstat(from)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Sprintf("%s is not beside %s (no %s): dropped; put the file there or give its URL", src, filepath.Base(p.file), from)
	case err != nil:
		return nil, fmt.Sprintf("%s cannot be read: %v; dropped", src, unwrapPath(err))
	case !info.Mode().IsRegular():
		return nil, fmt.Sprintf("%s is not a regular file: dropped; copy the file itself there", src)
	case info.Size() > mediaset.MaxFileSize:
		return nil, fmt.Sprintf("%s is %d MiB, over the %d MiB a media file may have: dropped; put it on a video host and give its URL", src, info.Size()>>20, mediaset.MaxFileSize>>20)
	}
	kind, err := media.KindOf(src)
	switch {
	case err != nil:
		return nil, fmt.Sprintf("%v; dropped", err)
	case kind == media.KindCaptions:
		return nil, fmt.Sprintf("%s is captions, which an event file gives with its video or sound: dropped; add captions = \"media/…\" to the [[media]] of the video", src)
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return nil, fmt.Sprintf("%s cannot be read: %v; dropped", src, unwrapPath(err))
	}
	if kind == media.KindImage {
		// Decoded as the build decodes it, at one tiny width, so that a
		// damaged picture is found here and not by the first build.
		_, err = media.ProcessImage(src, data, media.Options{Widths: []int{1}})
	} else {
		_, _, err = media.Sniff(src, data)
	}
	if err != nil {
		return nil, fmt.Sprintf("%s; dropped", strings.TrimPrefix(err.Error(), "src "))
	}
	return data, ""
}

// mediaName returns the name in media/ of the file at from holding data,
// planning its copy: its own name, or name-2.ext… when media/ holds
// another file of that name or the import gave it; a file already there
// with the same content is not copied. The names tried are remembered
// by the file's name, so that many files of one name cost one try each.
func (p *planner) mediaName(from string, data []byte) string {
	base := filepath.Base(from)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	n := max(p.mediaNext[base], 1)
	name := base
	for ; ; n++ {
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", stem, n, ext)
		}
		if p.mediaNames[name] {
			continue
		}
		to := filepath.Join(p.siteDir, mediaDir, name)
		existing, err := os.ReadFile(to)
		if errors.Is(err, fs.ErrNotExist) {
			p.result.Copies = append(p.result.Copies, Copy{From: from, To: to})
			break
		}
		if err == nil && bytes.Equal(existing, data) {
			break
		}
	}
	p.mediaNext[base] = n + 1
	p.media[from] = name
	p.mediaNames[name] = true
	return name
}
