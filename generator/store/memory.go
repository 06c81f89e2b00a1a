package store

import (
	"crypto/sha256"
	"sync"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/render"
	"github.com/natomongolia/timeline/generator/render/layout"
)

// Memory keeps the last good build of a site in memory, for a dev server
// that rebuilds it after every edit: its events, its outputs' content and
// fingerprints, the parts of its lists and its layouts, parsed. Its methods
// are safe for concurrent use.
type Memory struct {
	mu   sync.Mutex
	last *Build
	// layouts holds the layouts parsed under layoutsKey.
	layouts    *layout.Parsed
	layoutsKey [sha256.Size]byte
	// parts holds the list parts of the last build; next those of the
	// build under way, which replace them when it succeeds.
	parts, next map[partKey]part
	key         Key
}

type partKey struct{ file, context, id string }

type part struct {
	version [sha256.Size]byte
	data    []byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{} }

// Lookup returns the event file the last build read, when config.toml had
// the same SHA-256 then.
func (m *Memory) Lookup(config [sha256.Size]byte, name string) (load.File, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last == nil || m.last.Loaded.Config != config {
		return load.File{}, false
	}
	f, ok := m.last.Loaded.FileNamed(name)
	return trusted(f, m.last.Began), ok
}

// Layouts returns the layouts parsed for layouts of the given digest, kept
// from the last build when the digest is the same.
func (m *Memory) Layouts(digest [sha256.Size]byte) *layout.Parsed {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.layouts == nil || m.layoutsKey != digest {
		m.layouts, m.layoutsKey = layout.NewParsed(), digest
	}
	return m.layouts
}

// Begin starts a build under key: the outputs and parts of another key
// are not used.
func (m *Memory) Begin(key Key) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.key, m.next = key, map[partKey]part{}
	if m.last == nil || m.last.Key != key {
		m.parts = nil
	}
}

// Previous returns the content of the output name in the last build, when
// it had the fingerprint fp under the same key.
func (m *Memory) Previous(name string, fp render.Fingerprint) (Previous, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.last == nil || m.last.Key != m.key || m.last.Outputs[name] != fp || fp == (render.Fingerprint{}) {
		return Previous{}, false
	}
	files, ok := m.last.Files[name]
	return Previous{Pieces: files}, ok
}

// Part returns the part of e in file from the last build, when e had the
// same version and the part the same context then.
func (m *Memory) Part(file, context string, e *content.Event) ([]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := partKey{file, context, e.ID}
	p, ok := m.parts[key]
	if !ok || p.version != e.Version {
		return nil, false
	}
	m.next[key] = p
	return p.data, true
}

// Put keeps the part of e in file that this build rendered.
func (m *Memory) Put(file, context string, e *content.Event, data []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next[partKey{file, context, e.ID}] = part{e.Version, data}
}

// Done does nothing: Memory keeps the parts themselves.
func (m *Memory) Done(string, render.ListLayout) {}

// Commit keeps the build for the next: its events, outputs and parts.
// Parts the build did not use are dropped.
func (m *Memory) Commit(b *Build) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.last, m.parts, m.next = b, m.next, nil
}
