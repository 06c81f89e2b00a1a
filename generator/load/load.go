// Package load reads a site from its files and validates it: config.toml
// and one TOML file per event, every error of the site at once, each at
// its path, line and column. With a Cache it takes from an earlier build
// the events whose files did not change.
package load

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/i18n"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/markdown"
	"github.com/natomongolia/timeline/generator/internal/parallel"
	"github.com/natomongolia/timeline/generator/mediaset"
	"github.com/natomongolia/timeline/generator/render/layout"
)

// Options say how to load a site.
type Options struct {
	// Drafts keeps draft events; they are validated either way.
	Drafts bool
	// BaseURL, when set, overrides the baseURL of config.toml.
	BaseURL string
	// ServedAt, when set, replaces the baseURL of a site that has one: it
	// is the address of a server that serves the site, where absolute links
	// must lead.
	ServedAt string
	// Cache, when not nil, holds the events of an earlier build.
	Cache Cache
	// Changed, when not nil, names the only event files that may have
	// changed, come or gone since the build Cache holds, by file name
	// ("x.toml"): the others are taken from Cache without a look at their
	// files, nor at the events folder. A dev server's watcher knows them;
	// nil looks at every file.
	Changed map[string]bool
	// Media says how to process the media files the events show.
	Media mediaset.Options
}

// Cache holds the events an earlier build decoded. Its methods are safe
// for concurrent use.
type Cache interface {
	// Lookup returns what an earlier build read from the event file
	// events/<name>, under a config.toml of the same SHA-256.
	Lookup(config [sha256.Size]byte, name string) (File, bool)
	// Listed returns the event files the earlier build read, in the order
	// of their names, and its warnings about the files of events/, under a
	// config.toml of the same SHA-256.
	Listed(config [sha256.Size]byte) (files []File, warnings content.Warnings, ok bool)
}

// File is an event file as a build read it.
type File struct {
	// Name is the file name, "<id>.toml".
	Name  string
	Event *content.Event
	// Stamp is the file's stamp when it was read; the zero Stamp is never
	// trusted.
	Stamp fsutil.SourceStamp
	// Rendered tells that Event's Markdown is rendered.
	Rendered bool
	// Reused tells that Event comes from the Cache.
	Reused bool
}

// Result is a loaded site with what an incremental build keeps of it.
type Result struct {
	Site *content.Site
	// Files holds every event file read, drafts too, in the order of their
	// names.
	Files []File
	// Config is the SHA-256 of config.toml: every event is validated
	// against it.
	Config [sha256.Size]byte
	// EventWarnings are the warnings about the files of events/, which a
	// build that reads only the changed event files takes from the last.
	EventWarnings content.Warnings
	// Media is the site's media, processed: the files the events show
	// (drafts' too), and the bytes of their outputs.
	Media *mediaset.Set
	// Messages are the words of the site's interface in its language;
	// MessagesSum sums the site's own message files of its languages.
	Messages    *i18n.Catalog
	MessagesSum [sha256.Size]byte
	// LanguageMessages are the words of the interface in each further
	// language of the site (content.Config.Languages), by tag.
	LanguageMessages map[string]*i18n.Catalog
}

// Site reads, validates and renders the Markdown of the site in dir. On
// content errors it returns content.ContentErrors holding every error of
// the site, with paths relative to the working folder.
func Site(dir string, opts Options) (*Result, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	res := &Result{Site: &content.Site{Dir: absDir}}
	site := res.Site
	var errs content.ContentErrors
	site.Config, errs, res.Config, err = readConfig(absDir)
	if err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		base, err := content.NormalizeBaseURL(opts.BaseURL)
		if err != nil {
			return nil, err
		}
		site.Config.BaseURL = base
	}
	if opts.ServedAt != "" && site.Config.BaseURL != "" {
		site.Config.BaseURL = opts.ServedAt
	}
	files, eventErrs, warnings, err := readEvents(absDir, &site.Config, res.Config, opts)
	if err != nil {
		return nil, err
	}
	eventErrs = append(eventErrs, checkTranslations(files, fsutil.DisplayPath(filepath.Join(absDir, content.EventsDir)))...)
	eventErrs = append(eventErrs, checkTags(absDir, files)...)
	res.EventWarnings = warnings
	site.Warnings = append(slices.Clip(warnings), layout.Unused(absDir)...)
	errs = append(errs, eventErrs...)
	// The media of the events that loaded, so that one run reports every
	// error of the site.
	events := make([]*content.Event, len(files))
	for i, f := range files {
		events[i] = f.Event
	}
	media, mediaErrs, err := mediaset.Process(absDir, events, opts.Media)
	if err != nil {
		return nil, err
	}
	errs = append(errs, mediaErrs...)
	if len(errs) == 0 {
		msgErrs, err := readMessages(res)
		if err != nil {
			return nil, err
		}
		errs = append(errs, msgErrs...)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	res.Files, res.Media, site.Media = files, media, media.Files
	site.Events = content.Published(events, opts.Drafts)
	site.Drafts = -len(site.Events)
	for _, e := range events {
		if e.Lang == "" {
			site.Drafts++
		}
	}
	site.Translations = translations(site, events)
	site.Warnings = append(site.Warnings, untranslated(site)...)
	renderMarkdown(res)
	return res, nil
}

// readMessages reads the words of the interface in each language of the
// site into res, with the shipped messages and the site's own.
func readMessages(res *Result) (content.ContentErrors, error) {
	site := res.Site
	h := sha256.New()
	var errs content.ContentErrors
	for _, tag := range site.Config.Tags() {
		msgs, warnings, err := i18n.Load(tag, site.Dir)
		var msgErrs content.ContentErrors
		switch {
		case errors.As(err, &msgErrs):
			errs = append(errs, msgErrs...)
		case err != nil:
			return nil, err
		}
		site.Warnings = append(site.Warnings, warnings...)
		if tag == site.Config.Default {
			res.Messages = msgs
		} else {
			if res.LanguageMessages == nil {
				res.LanguageMessages = map[string]*i18n.Catalog{}
			}
			res.LanguageMessages[tag] = msgs
		}
		data, err := os.ReadFile(filepath.Join(site.Dir, i18n.Dir, tag+".toml"))
		if err == nil {
			h.Write([]byte(tag + "\x00"))
			h.Write(data)
		}
	}
	h.Sum(res.MessagesSum[:0])
	return errs, nil
}

// translations returns the translations among events of the site's
// published events, by language and id.
func translations(site *content.Site, events []*content.Event) map[string]map[string]*content.Event {
	if len(site.Config.Languages) == 0 {
		return nil
	}
	published := map[string]bool{}
	for _, e := range site.Events {
		published[e.ID] = true
	}
	out := map[string]map[string]*content.Event{}
	for _, l := range site.Config.Languages {
		out[l.Tag] = map[string]*content.Event{}
	}
	for _, e := range events {
		if byID := out[e.Lang]; e.Lang != "" && byID != nil && published[e.ID] {
			byID[e.ID] = e
		}
	}
	return out
}

// untranslated warns, for each further language of the site, of the
// published events that have no translation into it yet: their pages in
// that language show the default language's text.
func untranslated(site *content.Site) content.Warnings {
	var out content.Warnings
	dir := fsutil.DisplayPath(filepath.Join(site.Dir, content.EventsDir))
	for _, l := range site.Config.Languages {
		var ids []string
		for _, e := range site.Events {
			if site.Translations[l.Tag][e.ID] == nil {
				ids = append(ids, e.ID)
			}
		}
		if len(ids) == 0 {
			continue
		}
		list := strings.Join(ids[:min(len(ids), 10)], ", ")
		if len(ids) > 10 {
			list += fmt.Sprintf(" and %d more", len(ids)-10)
		}
		out = append(out, &content.Error{Path: dir, Msg: fmt.Sprintf("%d of %d events have no translation into %q yet, and show their %q text on its pages: %s (add events/<id>.%s.toml)",
			len(ids), len(site.Events), l.Tag, site.Config.Default, list, l.Tag)})
	}
	return out
}

// renderMarkdown renders the bodies of the published events that are not
// rendered yet, and of their translations, on every CPU.
func renderMarkdown(res *Result) {
	published := make(map[*content.Event]bool, len(res.Site.Events))
	for _, e := range res.Site.Events {
		published[e] = true
	}
	for _, byID := range res.Site.Translations {
		for _, t := range byID {
			published[t] = true
		}
	}
	var todo []int
	for i, f := range res.Files {
		if !f.Rendered && published[f.Event] {
			todo = append(todo, i)
		}
	}
	md := markdown.New()
	_ = parallel.ForEach(len(todo), func(k int) error {
		f := &res.Files[todo[k]]
		f.Event.HTML, f.Event.ListHTML = md.Render(f.Event.Body)
		f.Rendered = true
		return nil
	})
}

// Config reads and validates the config.toml of the site in dir. It
// returns a content.UsageError when dir holds no config.toml and
// content.ContentErrors when the file has errors.
func Config(dir string) (*content.Config, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cfg, errs, _, err := readConfig(absDir)
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return &cfg, nil
}

// readConfig reads and decodes the config.toml of the site in absDir, and
// returns its SHA-256.
func readConfig(absDir string) (content.Config, content.ContentErrors, [sha256.Size]byte, error) {
	var sum [sha256.Size]byte
	if info, err := os.Stat(absDir); errors.Is(err, fs.ErrNotExist) {
		return content.Config{}, nil, sum, &content.UsageError{Msg: fmt.Sprintf("the site folder %s does not exist: give the folder that holds config.toml and events/ (or make a site there with timeline init)", fsutil.DisplayPath(absDir))}
	} else if err == nil && !info.IsDir() {
		return content.Config{}, nil, sum, &content.UsageError{Msg: fmt.Sprintf("%s is a file, not a site folder: give the folder that holds config.toml and events/", fsutil.DisplayPath(absDir))}
	}
	configPath := filepath.Join(absDir, content.ConfigFile)
	data, err := os.ReadFile(configPath)
	if errors.Is(err, fs.ErrNotExist) {
		return content.Config{}, nil, sum, &content.UsageError{Msg: fmt.Sprintf("%s is not a site: it has no config.toml (create one with timeline init)", fsutil.DisplayPath(absDir))}
	}
	if err != nil {
		return content.Config{}, nil, sum, err
	}
	cfg, errs := decodeConfig(fsutil.DisplayPath(configPath), data)
	return cfg, errs, sha256.Sum256(data), nil
}

// FileNamed returns the event file of the given name ("x.toml").
func (r *Result) FileNamed(name string) (File, bool) {
	i, found := slices.BinarySearchFunc(r.Files, name, func(f File, name string) int { return strings.Compare(f.Name, name) })
	if !found {
		return File{}, false
	}
	return r.Files[i], true
}
