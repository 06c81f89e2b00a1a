package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// File is a file an import writes: a new file, or text appended to
// config.toml.
type File struct {
	// Path is the file's path: the site folder joined with its name.
	Path string
	Data []byte
	// Append tells that Data is appended to the existing file.
	Append bool
}

// Copy is a media file an import copies into the site's media/ folder.
type Copy struct {
	From, To string
}

// planner decides what an import writes: the config, the event files
// with their free ids, the media to copy.
type planner struct {
	site    *Site
	file    string // the imported file, as given
	siteDir string
	result  *Result
	// taken holds the ids of the site's event files and those given.
	taken map[string]string
	// media maps a copied file's source path to its name in media/, and
	// mediaNames holds the names given.
	media      map[string]string
	mediaNames map[string]bool
}

// note records a message of the writer about the entry at where.
func (p *planner) note(where, format string, args ...any) {
	p.result.Messages = append(p.result.Messages, Message{File: p.file, Where: where, Text: fmt.Sprintf(format, args...)})
}

// plan fills the result with the files to write.
func (p *planner) plan() error {
	configPath := filepath.Join(p.siteDir, "config.toml")
	old, err := os.ReadFile(configPath)
	var existing *siteConfig
	switch {
	case err == nil:
		if existing, err = decodeConfig(configPath, old); err != nil {
			return err
		}
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	ids, cats := p.categories(existing)
	eras := newEras(p.site.Eras, existing)
	p.result.Categories, p.result.Eras = cats, eras
	switch {
	case existing == nil:
		p.result.NewConfig = true
		p.result.Config = &File{Path: configPath, Data: newConfig(p.site, p.file, cats, eras)}
	case len(cats) > 0 || len(eras) > 0:
		addition := configAddition(old, p.file, cats, eras)
		if err := checkAddition(configPath, old, addition, existing, cats, eras); err != nil {
			return err
		}
		p.result.Config = &File{Path: configPath, Data: addition, Append: true}
	}
	if err := p.readTaken(); err != nil {
		return err
	}
	for i := range p.site.Events {
		e := &p.site.Events[i]
		e.Media = p.localMedia(e.Where, e.Media)
		id := p.id(e)
		p.result.Events = append(p.result.Events, File{Path: p.eventPath(id), Data: eventTOML(e, ids[e.Group])})
	}
	return nil
}

func (p *planner) eventPath(id string) string {
	return filepath.Join(p.siteDir, "events", id+".toml")
}

// readTaken collects the ids of the site's event files: the name before
// the first dot, so that a translation (id.fr.toml) also holds its id.
func (p *planner) readTaken() error {
	p.taken = map[string]string{}
	entries, err := os.ReadDir(filepath.Join(p.siteDir, "events"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, entry := range entries {
		id, _, _ := strings.Cut(entry.Name(), ".")
		p.taken[strings.ToLower(id)] = ""
	}
	return nil
}

// id gives the event its id: the one it asks for, or the next free one,
// saying so.
func (p *planner) id(e *Event) string {
	want := eventID(e)
	id := freeID(want, func(id string) bool { _, ok := p.taken[id]; return ok })
	if id != want {
		if by := p.taken[want]; by != "" {
			p.note(e.Where, "id %s is also that of %s: written as %s", want, by, p.eventPath(id))
		} else {
			p.note(e.Where, "%s exists: written as %s, the file is left as it was", p.eventPath(want), p.eventPath(id))
		}
	}
	p.taken[id] = e.Where
	return id
}

// localMedia resolves the media an event has as files beside the
// imported file: each is copied into media/ (once, under a free name), or
// dropped with a note when it is not there.
func (p *planner) localMedia(where string, media []Media) []Media {
	var out []Media
	for _, m := range media {
		if webURL(m.Src) {
			out = append(out, m)
			continue
		}
		rel := filepath.FromSlash(strings.ReplaceAll(m.Src, `\`, "/"))
		from := filepath.Join(filepath.Dir(p.file), rel)
		info, err := os.Lstat(from)
		switch {
		case err != nil:
			p.note(where, "media %s is not beside %s (no %s): dropped; put the file there or give its URL", m.Src, filepath.Base(p.file), from)
			continue
		case !info.Mode().IsRegular():
			p.note(where, "media %s is not a regular file: dropped; copy the file itself there", m.Src)
			continue
		}
		name, err := p.mediaName(from)
		if err != nil {
			p.note(where, "media %s cannot be read: %v; dropped", m.Src, err)
			continue
		}
		m.Src = "media/" + name
		out = append(out, m)
	}
	return out
}

// mediaName returns the name in media/ of the file at from, planning its
// copy: its own name, or name-2.ext… when media/ holds another file of
// that name; a file already there with the same content is not copied.
func (p *planner) mediaName(from string) (string, error) {
	if name, ok := p.media[from]; ok {
		return name, nil
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return "", err
	}
	base := filepath.Base(from)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	name := base
	for n := 2; ; n++ {
		to := filepath.Join(p.siteDir, "media", name)
		existing, err := os.ReadFile(to)
		if !p.mediaNames[name] && errors.Is(err, fs.ErrNotExist) {
			p.result.Copies = append(p.result.Copies, Copy{From: from, To: to})
			break
		}
		if err == nil && bytes.Equal(existing, data) {
			break
		}
		name = fmt.Sprintf("%s-%d%s", stem, n, ext)
	}
	p.media[from] = name
	p.mediaNames[name] = true
	return name, nil
}
