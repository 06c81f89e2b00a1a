package importer

import (
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
	// ids holds the ids of the site's event files and those given.
	ids *idSet
	// media maps a copied file's source path to its name in media/;
	// mediaNames holds the names given, and mediaNext maps a file's name
	// to the first n for which name-n.ext has not been tried.
	media      map[string]string
	mediaNames map[string]bool
	mediaNext  map[string]int
}

// note records a message of the writer about the entry at where.
func (p *planner) note(where, format string, args ...any) {
	p.noteAt(place{where: where}, format, args...)
}

// noteAt records a message of the writer about a field.
func (p *planner) noteAt(at place, format string, args ...any) {
	p.result.Messages = append(p.result.Messages, at.message(p.file, fmt.Sprintf(format, args...)))
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
	if existing != nil {
		p.keepTitle(existing)
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
		e.Media = p.localMedia(e.Media)
		id := p.id(e)
		p.result.Events = append(p.result.Events, File{Path: p.eventPath(id), Data: p.eventFile(e, ids[e.Group])})
	}
	return nil
}

// keepTitle says that the title slide does not change an existing site's
// title and description, when they differ.
func (p *planner) keepTitle(existing *siteConfig) {
	site := p.site
	if site.Title == "" && site.Description == "" || site.Title == existing.Title && site.Description == existing.Description {
		return
	}
	p.note(site.TitleWhere, "the title slide is not carried: the site keeps the title and description of its config.toml; write the slide's there if you want them")
}

func (p *planner) eventPath(id string) string {
	return filepath.Join(p.siteDir, "events", id+".toml")
}

// readTaken collects the ids of the site's event files: the name before
// the first dot, so that a translation (id.fr.toml) also holds its id.
func (p *planner) readTaken() error {
	p.ids = newIDSet()
	entries, err := os.ReadDir(filepath.Join(p.siteDir, "events"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, entry := range entries {
		id, _, _ := strings.Cut(entry.Name(), ".")
		p.ids.add(strings.ToLower(id))
	}
	return nil
}

// id gives the event its id: the one it asks for, or the next free one,
// saying so.
func (p *planner) id(e *Event) string {
	want := eventID(e)
	by, clash := p.ids.taken(want)
	id := p.ids.give(want, e.Where)
	if clash {
		if by != "" {
			p.note(e.Where, "id %s is also that of %s: written as %s", want, by, p.eventPath(id))
		} else {
			p.note(e.Where, "%s exists: written as %s, the file is left as it was", p.eventPath(want), p.eventPath(id))
		}
	}
	return id
}

// eventFile returns the event file of e. When it would be larger than
// the generator reads, the body is cut at a paragraph's end until it
// fits, with a note.
func (p *planner) eventFile(e *Event, category string) []byte {
	data := eventTOML(e, category)
	if len(data) <= maxEventFile {
		return data
	}
	whole := len(e.Body)
	for len(data) > maxEventFile {
		e.Body = cutMarkdown(e.Body, len(e.Body)-(len(data)-maxEventFile))
		data = eventTOML(e, category)
	}
	p.noteAt(e.bodyAt, "is %d bytes as Markdown, more than an event file holds (1 MiB): cut to its first %d; put the rest in events of their own", whole, len(e.Body))
	return data
}
