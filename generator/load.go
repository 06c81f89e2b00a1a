package generator

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Site is a loaded, validated site: its config and its events in timeline
// order.
type Site struct {
	// Dir is the site folder.
	Dir    string
	Config Config
	// Events holds the events to publish, in timeline order (drafts only
	// when loaded with drafts).
	Events []*Event
	// Drafts counts the draft events left out of Events.
	Drafts int
	// Warnings are the problems of the site's files that do not stop a
	// build, such as a file that looks like an event but is not read.
	Warnings Warnings
}

// LoadOptions say how to load a site.
type LoadOptions struct {
	// Drafts keeps draft events; they are validated either way.
	Drafts bool
	// BaseURL, when set, overrides the baseURL of config.toml.
	BaseURL string
	// ServedAt, when set, replaces the baseURL of a site that has one: it
	// is the address of a server that serves the site, where absolute links
	// must lead.
	ServedAt string
}

// Load reads, validates and renders the Markdown of the site in dir. On
// content errors it returns ContentErrors holding every error of the site,
// with paths relative to the working folder.
func Load(dir string, opts LoadOptions) (*Site, error) {
	site, _, err := load(dir, opts, nil)
	return site, err
}

// eventFile is an event file as a build read it.
type eventFile struct {
	name  string // the file name, "<id>.toml"
	event *Event
	// hash is the SHA-256 of the file, when a build cache asked for it.
	hash [sha256.Size]byte
	// cached tells that event comes from the build cache, its file
	// unchanged, and rendered that its Markdown is rendered there.
	cached, rendered bool
}

// load is Load, and it also returns every event file it read, drafts too,
// in the order of their names. With a build cache, it takes the events
// whose files are unchanged from there.
func load(dir string, opts LoadOptions, cache *buildCache) (*Site, []eventFile, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	site := &Site{Dir: absDir}
	var errs ContentErrors
	site.Config, errs, err = readConfig(absDir)
	if err != nil {
		return nil, nil, err
	}
	if opts.BaseURL != "" {
		base, err := NormalizeBaseURL(opts.BaseURL)
		if err != nil {
			return nil, nil, err
		}
		site.Config.BaseURL = base
	}
	if opts.ServedAt != "" && site.Config.BaseURL != "" {
		site.Config.BaseURL = opts.ServedAt
	}

	files, eventErrs, warnings, err := loadEvents(absDir, &site.Config, cache)
	if err != nil {
		return nil, nil, err
	}
	site.Warnings = append(warnings, unusedLayouts(absDir)...)
	errs = append(errs, eventErrs...)
	if len(errs) > 0 {
		errs.sort()
		return nil, nil, errs
	}
	var events, unrendered []*Event
	for _, f := range files {
		events = append(events, f.event)
		if !f.rendered {
			unrendered = append(unrendered, f.event)
		}
	}
	site.Events = published(events, opts.Drafts)
	site.Drafts = len(events) - len(site.Events)
	unrendered = published(unrendered, opts.Drafts)
	md := newMarkdown()
	_ = forEach(len(unrendered), func(i int) error {
		e := unrendered[i]
		e.HTML, e.ListHTML = md.render(e.Body)
		return nil
	})
	return site, files, nil
}

// published returns the events a site publishes, drafts only when drafts
// is set, in timeline order.
func published(events []*Event, drafts bool) []*Event {
	var out []*Event
	for _, e := range events {
		if !e.Draft || drafts {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, compareEvents)
	return out
}

// LoadConfig reads and validates the config.toml of the site in dir. It
// returns a UsageError when dir holds no config.toml and ContentErrors when
// the file has errors.
func LoadConfig(dir string) (*Config, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	cfg, errs, err := readConfig(absDir)
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return &cfg, nil
}

// readConfig reads and decodes the config.toml of the site in absDir.
func readConfig(absDir string) (Config, ContentErrors, error) {
	if info, err := os.Stat(absDir); errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil, &UsageError{Msg: fmt.Sprintf("the site folder %s does not exist: give the folder that holds config.toml and events/ (or make a site there with timeline init)", displayPath(absDir))}
	} else if err == nil && !info.IsDir() {
		return Config{}, nil, &UsageError{Msg: fmt.Sprintf("%s is a file, not a site folder: give the folder that holds config.toml and events/", displayPath(absDir))}
	}
	configPath := filepath.Join(absDir, "config.toml")
	data, err := os.ReadFile(configPath)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, nil, &UsageError{Msg: fmt.Sprintf("%s is not a site: it has no config.toml (create one with timeline init)", displayPath(absDir))}
	}
	if err != nil {
		return Config{}, nil, err
	}
	cfg, errs := loadConfig(displayPath(configPath), data)
	return cfg, errs, nil
}

// loadEvents decodes every events/<id>.toml file of the site, or with a
// build cache takes it from there when the file is unchanged. It passes
// over editors' files and returns a warning for each file that looks like
// an event but is not read (see classifyEventFile).
func loadEvents(dir string, cfg *Config, cache *buildCache) ([]eventFile, ContentErrors, Warnings, error) {
	names, warnings, err := eventFileNames(filepath.Join(dir, "events"))
	if err != nil {
		return nil, nil, nil, err
	}
	files := make([]eventFile, len(names))
	fileErrs := make([]ContentErrors, len(names))
	events := newEventReader(dir)
	reuse := cache.reusable()
	_ = forEach(len(names), func(i int) error {
		files[i], fileErrs[i] = events.loadFile(names[i], cfg, cache != nil, reuse)
		return nil
	})
	var loaded []eventFile
	var errs ContentErrors
	for i := range names {
		errs = append(errs, fileErrs[i]...)
		if len(fileErrs[i]) == 0 {
			loaded = append(loaded, files[i])
		}
	}
	return loaded, errs, warnings, nil
}

// eventFileNames returns the names of the event files in eventsDir, in
// order, and a warning for each file in it or its subfolders that looks
// like an event file but is not one. Dot-folders are passed over.
func eventFileNames(eventsDir string) ([]string, Warnings, error) {
	entries, err := os.ReadDir(eventsDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var names []string
	var warnings Warnings
	for _, entry := range entries {
		name := entry.Name()
		if !entry.IsDir() {
			switch classifyEventFile(name) {
			case anEvent:
				names = append(names, name)
			case lookalike:
				warnings = append(warnings, lookalikeWarning(filepath.Join(eventsDir, name), name))
			}
			continue
		}
		if strings.HasPrefix(name, ".") {
			continue
		}
		err := filepath.WalkDir(filepath.Join(eventsDir, name), func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && strings.HasPrefix(d.Name(), "."):
				return fs.SkipDir
			case d.IsDir():
				return nil
			}
			rel, err := filepath.Rel(eventsDir, path)
			if err == nil && classifyEventFile(filepath.ToSlash(rel)) == lookalike {
				warnings = append(warnings, lookalikeWarning(path, filepath.ToSlash(rel)))
			}
			return err
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return names, warnings, nil
}

// lookalikeWarning is the warning of the file at path, rel in events/, that
// looks like an event file but is not read.
func lookalikeWarning(path, rel string) *Error {
	name := rel[strings.LastIndexByte(rel, '/')+1:]
	id := strings.TrimSuffix(name, filepath.Ext(name))
	why := "event files go directly in events/, not in a subfolder: move it to events/" + id + ".toml"
	if !strings.Contains(rel, "/") {
		why = "the extension of an event file is .toml, in lower case: rename it to " + id + ".toml"
	}
	return &Error{Path: displayPath(path), Msg: "not read as an event: " + why}
}

// eventReader reads the event files of a site. It looks at the site and
// its events folder once, so that reading a plain file inside them costs
// no more than opening it; a symbolic link, or a folder that leads out of
// the site, takes readInside's checks.
type eventReader struct {
	site, dir, shownDir string
	// inside reports whether the events folder, its links resolved, lies
	// in the site folder.
	inside bool
}

func newEventReader(site string) *eventReader {
	r := &eventReader{site: site, dir: filepath.Join(site, "events")}
	r.shownDir = displayPath(r.dir)
	realSite, err := filepath.EvalSymlinks(site)
	if err != nil {
		return r
	}
	realDir, err := filepath.EvalSymlinks(r.dir)
	r.inside = err == nil && isWithin(realSite, realDir)
	return r
}

// load reads and decodes the event file events/<name>.
func (r *eventReader) load(name string, cfg *Config) (*Event, ContentErrors) {
	f, errs := r.loadFile(name, cfg, false, nil)
	return f.event, errs
}

// loadFile reads the event file events/<name> and decodes it, or takes its
// event from reuse when the file has the same SHA-256 there. It hashes the
// file when hash is set.
func (r *eventReader) loadFile(name string, cfg *Config, hash bool, reuse map[string]cachedEvent) (eventFile, ContentErrors) {
	f := eventFile{name: name}
	shown := filepath.Join(r.shownDir, name)
	data, err := r.read(filepath.Join(r.dir, name))
	if err != nil {
		return f, ContentErrors{{Path: shown, Msg: err.Error()}}
	}
	if hash {
		f.hash = sha256.Sum256(data)
		if prev, ok := reuse[name]; ok && prev.hash == f.hash {
			f.event, f.cached, f.rendered = prev.event, true, prev.rendered
			return f, nil
		}
	}
	var errs ContentErrors
	f.event, errs = decodeEvent(shown, strings.TrimSuffix(name, ".toml"), data, cfg)
	return f, errs
}

func (r *eventReader) read(path string) ([]byte, error) {
	info, err := os.Lstat(path)
	if err != nil || !r.inside || !info.Mode().IsRegular() {
		return readInside(r.site, path)
	}
	if info.Size() > maxFileSize {
		return nil, fileSizeError(info.Size())
	}
	return os.ReadFile(path)
}

// readInside reads the file at path, refusing a symbolic link that resolves
// outside root and a file over the size limit.
func readInside(root, path string) ([]byte, error) {
	resolved, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, err
	}
	if !isWithin(realRoot, resolved) {
		return nil, fmt.Errorf("symbolic link to %s, outside the site folder: copy the file into the site instead", resolved)
	}
	info, err := os.Stat(resolved)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	if info.Size() > maxFileSize {
		return nil, fileSizeError(info.Size())
	}
	return os.ReadFile(resolved)
}

// fileSizeError is the error of a file of size bytes, over maxFileSize.
func fileSizeError(size int64) error {
	return fmt.Errorf("file is %d bytes, over the 1 MiB limit: split it or shorten the body", size)
}

// isWithin reports whether path is root or lies inside it (both absolute
// and clean).
func isWithin(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// displayPath returns path relative to the working folder when it lies
// inside it, as content errors show it.
func displayPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}
