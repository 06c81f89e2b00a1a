package generator

import (
	"maps"
	"path/filepath"
	"sync"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/store"
)

// SessionOptions say how a Session builds its site.
type SessionOptions struct {
	// Drafts includes draft events.
	Drafts bool
	// ServedAt, when set, replaces the baseURL of a site that has one: it
	// is the address of the server that serves the site, where absolute
	// links must lead.
	ServedAt string
	// CacheDir, when set, is the folder of the build cache: the session
	// takes the media it processed from there, and puts those it
	// processes there.
	CacheDir string
}

// Session keeps a site built in memory between builds, for a server that
// rebuilds it after every edit. Each build takes the same pipeline as
// Build, with a store.Memory: it decodes only the event files that
// changed, and renders again only the outputs whose fingerprints changed.
type Session struct {
	dir   string
	opts  options
	store *store.Memory
	// site and files are the last good build.
	site  *content.Site
	files map[string]output.Pieces
	// changed holds the event files named by updates since the last good
	// build, which may have changed since it; all tells that any file may
	// have, so that the next build looks at every one.
	changed map[string]bool
	all     bool
}

// NewSession returns a session for the site in dir. It loads nothing until
// Build or Update.
func NewSession(dir string, opts SessionOptions) *Session {
	st, err := newMemory(dir, opts.CacheDir)
	if err != nil {
		st = store.NewMemory()
	}
	return &Session{dir: dir, opts: options{Drafts: opts.Drafts, ServedAt: opts.ServedAt}, store: st, changed: map[string]bool{}, all: true}
}

// Site returns the site of the last good build, or nil.
func (s *Session) Site() *content.Site { return s.site }

// Build builds the whole site, every source file looked at, and returns
// every output file. On error the session keeps its last good build for
// the next build to start from.
func (s *Session) Build() (map[string]output.Pieces, error) {
	s.all = true
	return s.build()
}

// Update builds the site after the files at paths were written, created
// or removed, and returns every output file, as Build does: event files
// that are not among paths are not looked at. A nil paths looks at every
// file. The maps it returns share their contents: callers must not change
// them.
func (s *Session) Update(paths []string) (map[string]output.Pieces, error) {
	if s.site == nil || paths == nil {
		return s.Build()
	}
	events := filepath.Join(s.site.Dir, content.EventsDir)
	for _, path := range paths {
		abs, err := filepath.Abs(path)
		switch {
		case err != nil:
			s.all = true
		case content.IsEventFile(s.site.Dir, abs):
			s.changed[filepath.Base(abs)] = true
		case fsutil.IsWithin(events, abs):
			// A folder or a look-alike under events/: look at every file.
			s.all = true
		}
	}
	return s.build()
}

// build takes the site through the pipeline with the session's store.
func (s *Session) build() (map[string]output.Pieces, error) {
	began := time.Now()
	dest := memoryDestination{files: make(map[string]output.Pieces, len(s.files)), mu: &sync.Mutex{}}
	var changed map[string]bool
	if !s.all {
		changed = maps.Clone(s.changed)
	}
	b, err := run(s.dir, s.opts, s.store, changed, dest)
	if err != nil {
		return nil, err
	}
	s.store.Commit(&store.Build{Key: b.key, Began: began, Loaded: b.loaded, Outputs: b.fingerprints(), Files: dest.files})
	s.site, s.files, s.changed, s.all = b.loaded.Site, dest.files, map[string]bool{}, false
	return dest.files, nil
}

// memoryDestination keeps a build's files in memory, or drops them when
// it has no map (Check).
type memoryDestination struct {
	files map[string]output.Pieces
	mu    *sync.Mutex
}

func (d memoryDestination) Write(name string, data output.Pieces) error {
	if d.files != nil {
		d.mu.Lock()
		d.files[name] = data
		d.mu.Unlock()
	}
	return nil
}

func (d memoryDestination) Keep(name string, prev store.Previous) (bool, error) {
	if prev.Pieces == nil {
		return false, nil
	}
	return true, d.Write(name, prev.Pieces)
}
