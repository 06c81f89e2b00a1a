package store

import (
	"crypto/sha256"
	"sync"
	"sync/atomic"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/mediaset"
	"github.com/natomongolia/timeline/generator/render"
	"github.com/natomongolia/timeline/generator/render/layout"
	"github.com/natomongolia/timeline/generator/search"
)

// Memory keeps the last good build of a site in memory, for a dev server
// that rebuilds it after every edit: its events, its outputs' content and
// fingerprints, the parts of its lists and its layouts, parsed. Builds
// take turns (one runs at a time); within a build, every method is safe for
// concurrent use.
type Memory struct {
	// last is the last good build; it does not change once stored.
	last atomic.Pointer[Build]
	// layouts holds the layouts parsed for the digest they have.
	layouts *layout.Parsed
	key     Key

	mu sync.Mutex
	// parts holds the list parts of the last build; next those of the
	// build under way, which replace them when it succeeds.
	parts, next map[listKey]map[string]part

	mediaMu sync.Mutex
	// media holds the processed media files of the last build and of the
	// build under way.
	media map[mediaset.Key]memoryMedia
	// backing, when set, is where processed media are kept beyond the
	// process (KeepMediaIn).
	backing mediaset.Cache

	// search keeps the events' words for the search index.
	search *search.Cache
}

// listKey names the parts of one list file made in one context.
type listKey struct{ file, context string }

type part struct {
	version [sha256.Size]byte
	data    []byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{search: search.NewCache()} }

// SearchCache returns the cache of the events' words for the search
// index, which a build under Begin uses.
func (m *Memory) SearchCache() *search.Cache { return m.search }

// Lookup returns the event file the last build read, when config.toml had
// the same SHA-256 then.
func (m *Memory) Lookup(config [sha256.Size]byte, name string) (load.File, bool) {
	last := m.last.Load()
	if last == nil || last.Loaded.Config != config {
		return load.File{}, false
	}
	f, ok := last.Loaded.FileNamed(name)
	return trusted(f, last.Began), ok
}

// Listed returns the event files of the last build, with the warnings it
// gave about the files of events/, when config.toml had the same SHA-256
// then.
func (m *Memory) Listed(config [sha256.Size]byte) ([]load.File, content.Warnings, bool) {
	last := m.last.Load()
	if last == nil || last.Loaded.Config != config {
		return nil, nil, false
	}
	return last.Loaded.Files, last.Loaded.EventWarnings, true
}

// Layouts returns the layouts parsed for layouts of the given digest, kept
// from the last build when the digest is the same.
func (m *Memory) Layouts(digest [sha256.Size]byte) *layout.Parsed {
	if m.layouts == nil || m.layouts.Digest() != digest {
		m.layouts = layout.NewParsed(digest)
	}
	return m.layouts
}

// Begin starts a build under key: the outputs and parts of another key
// are not used.
func (m *Memory) Begin(key Key) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.key, m.next = key, map[listKey]map[string]part{}
	m.search.Begin()
	if last := m.last.Load(); last == nil || last.Key != key {
		m.parts = nil
	}
}

// Previous returns the content of the output name in the last build, when
// it had the fingerprint fp under the same key.
func (m *Memory) Previous(name string, fp render.Fingerprint) (Previous, bool) {
	last := m.last.Load()
	if last == nil || last.Key != m.key || fp == (render.Fingerprint{}) || last.Outputs[name] != fp {
		return Previous{}, false
	}
	files, ok := last.Files[name]
	return Previous{Pieces: files}, ok
}

// List returns the parts of file from the last build, made in the same
// context, and takes this build's.
func (m *Memory) List(file, context string) render.List {
	key := listKey{file, context}
	m.mu.Lock()
	defer m.mu.Unlock()
	old := m.parts[key]
	return &memoryList{m: m, key: key, old: old, next: make(map[string]part, len(old))}
}

// memoryList is the parts of one list file in a Memory.
type memoryList struct {
	m         *Memory
	key       listKey
	old, next map[string]part
}

func (l *memoryList) Part(e *content.Event, shown [sha256.Size]byte) ([]byte, bool) {
	p, ok := l.old[e.ID]
	if !ok || p.version != shown {
		return nil, false
	}
	l.next[e.ID] = p
	return p.data, true
}

func (l *memoryList) Put(e *content.Event, shown [sha256.Size]byte, data []byte) {
	l.next[e.ID] = part{shown, data}
}

// Done keeps the list's parts for the next build, once this one succeeds.
func (l *memoryList) Done(render.ListLayout) {
	l.m.mu.Lock()
	defer l.m.mu.Unlock()
	l.m.next[l.key] = l.next
}

// Commit keeps the build for the next: its events, outputs and parts.
// Parts the build did not use are dropped.
func (m *Memory) Commit(b *Build) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.last.Store(b)
	m.parts, m.next = m.next, nil
	m.keepMedia(b)
}
