package load

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/parallel"
)

// readEvents decodes every events/<id>.toml file of the site, or takes its
// event from the cache when the file did not change. It passes over
// editors' files and returns a warning for each file that looks like an
// event but is not read (see content.ClassifyEventFile).
func readEvents(dir string, cfg *content.Config, configSum [sha256.Size]byte, opts Options) ([]File, content.ContentErrors, content.Warnings, error) {
	r := newEventReader(dir, cfg, configSum, opts)
	if files, warnings, ok := r.readChanged(); ok {
		return files, nil, warnings, nil
	}
	names, warnings, err := eventFileNames(filepath.Join(dir, content.EventsDir))
	if err != nil {
		return nil, nil, nil, err
	}
	files := make([]File, len(names))
	fileErrs := make([]content.ContentErrors, len(names))
	_ = parallel.ForEach(len(names), func(i int) error {
		files[i], fileErrs[i] = r.read(names[i])
		return nil
	})
	var loaded []File
	var errs content.ContentErrors
	for i := range names {
		errs = append(errs, fileErrs[i]...)
		if len(fileErrs[i]) == 0 {
			loaded = append(loaded, files[i])
		}
	}
	return loaded, errs, warnings, nil
}

// readChanged returns the event files of the site when opts says which
// changed since the build the cache holds and those all read without
// error: the cache's files, with the changed ones read again, added or
// gone. It reports false when it cannot tell, and readEvents looks at
// every file.
func (r *eventReader) readChanged() ([]File, content.Warnings, bool) {
	if r.opts.Cache == nil || r.opts.Changed == nil {
		return nil, nil, false
	}
	prev, warnings, ok := r.opts.Cache.Listed(r.configSum)
	if !ok {
		return nil, nil, false
	}
	files := slices.Clone(prev)
	for i := range files {
		files[i].Reused = true
	}
	byName := func(f File, name string) int { return strings.Compare(f.Name, name) }
	for name := range r.opts.Changed {
		i, found := slices.BinarySearchFunc(files, name, byName)
		if _, err := os.Lstat(filepath.Join(r.dir, name)); err != nil {
			if found {
				files = slices.Delete(files, i, i+1)
			}
			continue
		}
		f, errs := r.read(name)
		if len(errs) > 0 {
			return nil, nil, false // readEvents reports the errors of every file
		}
		if found {
			files[i] = f
		} else {
			files = slices.Insert(files, i, f)
		}
	}
	return files, warnings, true
}

// eventFileNames returns the names of the event files in eventsDir, in
// order, and a warning for each file in it or its subfolders that looks
// like an event file but is not one. Dot-folders are passed over.
func eventFileNames(eventsDir string) ([]string, content.Warnings, error) {
	entries, err := os.ReadDir(eventsDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	var names []string
	var warnings content.Warnings
	for _, entry := range entries {
		name := entry.Name()
		if !entry.IsDir() {
			switch content.ClassifyEventFile(name) {
			case content.AnEvent:
				names = append(names, name)
			case content.Lookalike:
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
			if err == nil && content.ClassifyEventFile(filepath.ToSlash(rel)) == content.Lookalike {
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
func lookalikeWarning(path, rel string) *content.Error {
	name := rel[strings.LastIndexByte(rel, '/')+1:]
	id := strings.TrimSuffix(name, filepath.Ext(name))
	why := "event files go directly in events/, not in a subfolder: move it to events/" + id + ".toml"
	if !strings.Contains(rel, "/") {
		why = "the extension of an event file is .toml, in lower case: rename it to " + id + ".toml"
	}
	return &content.Error{Path: fsutil.DisplayPath(path), Msg: "not read as an event: " + why}
}

// eventReader reads the event files of a site. It looks at the site and
// its events folder once, so that reading a plain file inside them costs
// no more than opening it; a symbolic link, or a folder that leads out of
// the site, takes fsutil.ReadInside's checks.
type eventReader struct {
	site, dir, shownDir string
	// inside reports whether the events folder, its links resolved, lies
	// in the site folder.
	inside    bool
	cfg       *content.Config
	configSum [sha256.Size]byte
	opts      Options
}

func newEventReader(site string, cfg *content.Config, configSum [sha256.Size]byte, opts Options) *eventReader {
	r := &eventReader{site: site, dir: filepath.Join(site, content.EventsDir), cfg: cfg, configSum: configSum, opts: opts}
	r.shownDir = fsutil.DisplayPath(r.dir)
	realSite, err := filepath.EvalSymlinks(site)
	if err != nil {
		return r
	}
	realDir, err := filepath.EvalSymlinks(r.dir)
	r.inside = err == nil && fsutil.IsWithin(realSite, realDir)
	return r
}

// read reads the event file events/<name> and decodes it, or takes its
// event from the cache: without a look at the file when opts.Changed does
// not name it, without reading it when its stamp is the one the cache
// recorded, and without decoding it when its bytes have the same SHA-256.
func (r *eventReader) read(name string) (File, content.ContentErrors) {
	var cached File
	var inCache bool
	if r.opts.Cache != nil {
		cached, inCache = r.opts.Cache.Lookup(r.configSum, name)
	}
	if inCache && r.opts.Changed != nil && !r.opts.Changed[name] {
		cached.Reused = true
		return cached, nil
	}
	path := filepath.Join(r.dir, name)
	shown := filepath.Join(r.shownDir, name)
	info, err := os.Lstat(path)
	if err != nil {
		return File{Name: name}, content.ContentErrors{{Path: shown, Msg: "cannot read: " + err.Error()}}
	}
	stamp, _ := fsutil.SourceStampOf(info)
	if inCache && stamp != (fsutil.SourceStamp{}) && stamp == cached.Stamp {
		cached.Reused = true
		return cached, nil
	}
	data, err := r.readFile(path, info)
	if err != nil {
		return File{Name: name}, content.ContentErrors{{Path: shown, Msg: err.Error()}}
	}
	sum := sha256.Sum256(data)
	if inCache && sum == cached.Event.Version {
		cached.Stamp, cached.Reused = stamp, true
		return cached, nil
	}
	var e *content.Event
	var errs content.ContentErrors
	if id, lang, ok := strings.Cut(strings.TrimSuffix(name, ".toml"), "."); ok {
		e, errs = decodeTranslation(shown, id, lang, data, r.cfg)
	} else {
		e, errs = decodeEvent(shown, id, data, r.cfg)
	}
	if e != nil {
		e.Version = sum
	}
	return File{Name: name, Event: e, Stamp: stamp}, errs
}

// readFile reads the event file at path, which info describes.
func (r *eventReader) readFile(path string, info fs.FileInfo) ([]byte, error) {
	if !r.inside || !info.Mode().IsRegular() {
		return fsutil.ReadInside(r.site, path)
	}
	if info.Size() > fsutil.MaxFileSize {
		return nil, fsutil.FileSizeError(info.Size())
	}
	return os.ReadFile(path)
}
