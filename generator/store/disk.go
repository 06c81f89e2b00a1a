package store

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/mediaset"
	"github.com/natomongolia/timeline/generator/render"
	"github.com/natomongolia/timeline/generator/render/layout"
	"github.com/natomongolia/timeline/generator/search"
)

// Disk keeps the last build of a site into an output folder in one file of
// a cache folder, for the next build of the same site into the same
// folder: the events it decoded, with their files' stamps and Markdown
// rendered; the fingerprint and stamp of every file it left in the output
// folder; and where each event's part lies in the files that list every
// event. An output whose fingerprint did not change is linked from the
// previous output, provided its file still has the stamp recorded, which
// vouches that nobody changed it since; a list's parts are read back from
// the previous file on the same condition.
//
// The file is read and written whole, checked by a CRC, and any fault in
// it only makes the build start from nothing. Its methods are safe for
// concurrent use.
type Disk struct {
	path     string // the cache file
	cacheDir string
	outDir   string
	binary   [sha256.Size]byte
	// prev is what the last build left, or an empty state.
	prev  *diskState
	began time.Time
	key   Key

	// index gives each id's place among the events prev published.
	index map[string]int

	mu sync.Mutex
	// lists holds how the parts lie in this build's list files.
	lists map[string]render.ListLayout
}

// diskState is what a build leaves in the cache file.
type diskState struct {
	binary, config [sha256.Size]byte
	key            Key
	began          time.Time
	// events holds every event file read, drafts too, by file name.
	events map[string]load.File
	// published lists the ids of the events published, in timeline order.
	published []string
	// shown holds what each published event with media showed
	// (content.Event.Shown), by id.
	shown   map[string][sha256.Size]byte
	outputs map[string]diskOutput
	lists   map[string]render.ListLayout
	// media holds what the build found in each media file of the site,
	// by path.
	media map[string]mediaset.Source
}

// diskOutput is a file a build left in the output folder.
type diskOutput struct {
	fingerprint render.Fingerprint
	stamp       fsutil.Stamp
}

type previousList struct {
	data    []byte
	offsets []int
	layout  render.ListLayout
}

// cacheMaxAge is how long a cache file that no build uses is kept.
const cacheMaxAge = 30 * 24 * time.Hour

// cacheMagic starts every cache file; a new layout of the file gets a
// new one.
const cacheMagic = "timeline build cache 5\n"

// OpenDisk returns the store of builds of siteDir into outDir kept in
// cacheDir by the binary whose SHA-256 is binary, with what the last such
// build left in it: nothing when there is none, or it was written by
// another binary, or its file is damaged.
func OpenDisk(cacheDir, siteDir, outDir string, binary [sha256.Size]byte) *Disk {
	name := sha256.Sum256([]byte(siteDir + "\x00" + outDir))
	d := &Disk{
		path: filepath.Join(cacheDir, hex.EncodeToString(name[:16])+".cache"), cacheDir: cacheDir, outDir: outDir, binary: binary, began: time.Now(),
		lists: map[string]render.ListLayout{},
	}
	prev, err := readCacheState(d.path)
	if err != nil || prev.binary != binary {
		prev = &diskState{}
	}
	d.prev = prev
	d.index = make(map[string]int, len(prev.published))
	for i, id := range prev.published {
		d.index[id] = i
	}
	return d
}

// StampTime is the modification time the build gives the files it writes:
// three seconds before it began, so that a write after the build began
// gets a later time even on a file system that keeps times to 2 s. Not
// rounded: builds a moment apart give a file that changed different times,
// for tools such as rsync that compare them.
func (d *Disk) StampTime() time.Time { return d.began.Add(-racyWindow) }

// Lookup returns the event file the last build read, when config.toml had
// the same SHA-256 then.
func (d *Disk) Lookup(config [sha256.Size]byte, name string) (load.File, bool) {
	if d.prev.config != config {
		return load.File{}, false
	}
	f, ok := d.prev.events[name]
	return trusted(f, d.prev.began), ok
}

// Begin starts a build under key: the outputs and parts of another key are
// not used.
func (d *Disk) Begin(key Key) { d.key = key }

// SearchCache returns nil: a build of the command finds the words of the
// search index once.
func (d *Disk) SearchCache() *search.Cache { return nil }

// Previous returns the stamp of the file name in the previous output, when
// the last build made it with the fingerprint fp under the same key.
func (d *Disk) Previous(name string, fp render.Fingerprint) (Previous, bool) {
	o, ok := d.prev.outputs[name]
	if !ok || d.prev.key != d.key || o.fingerprint != fp || fp == (render.Fingerprint{}) {
		return Previous{}, false
	}
	return Previous{Stamp: o.stamp}, true
}

// List returns the parts of file as the previous output holds them, for
// the events whose versions did not change, when the parts were made in
// the same context and the file still has the stamp the last build
// recorded.
func (d *Disk) List(file, context string) render.List {
	l := &diskList{d: d, file: file}
	if d.prev.key == d.key {
		if prev := d.read(file); prev != nil && prev.layout.Context == context {
			l.prev = prev
		}
	}
	return l
}

// diskList is the parts of one list file in a Disk.
type diskList struct {
	d    *Disk
	file string
	prev *previousList
}

func (l *diskList) Part(e *content.Event, shown [sha256.Size]byte) ([]byte, bool) {
	if l.prev == nil {
		return nil, false
	}
	i, ok := l.d.index[e.ID]
	if !ok {
		return nil, false
	}
	prev, ok := l.d.prev.events[e.ID+".toml"]
	if !ok {
		return nil, false
	}
	switch was, ok := l.d.prev.shown[e.ID]; {
	case l.prev.layout.Shown != nil:
		if i >= len(l.prev.layout.Shown) || l.prev.layout.Shown[i] != shown {
			return nil, false
		}
	case ok && was != shown || !ok && prev.Event.Version != shown:
		return nil, false
	}
	return l.prev.data[l.prev.offsets[i] : l.prev.offsets[i]+l.prev.layout.Lens[i]], true
}

// Put does nothing: the parts of this build are in the file it writes.
func (l *diskList) Put(*content.Event, [sha256.Size]byte, []byte) {}

// Done records how the parts lie in this build's file.
func (l *diskList) Done(layout render.ListLayout) {
	l.d.mu.Lock()
	defer l.d.mu.Unlock()
	l.d.lists[l.file] = layout
}

// Listed returns false: a build of the command looks at every event file.
func (d *Disk) Listed([sha256.Size]byte) ([]load.File, content.Warnings, bool) {
	return nil, nil, false
}

// read reads file from the previous output, or returns nil when the last
// build recorded no parts for it or it is no longer what that build wrote.
func (d *Disk) read(file string) *previousList {
	layout, ok := d.prev.lists[file]
	want, stamped := d.prev.outputs[file]
	if !ok || !stamped || len(layout.Lens) != len(d.prev.published) {
		return nil
	}
	path := filepath.Join(d.outDir, filepath.FromSlash(file))
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		return nil
	}
	if stamp, ok := fsutil.StampOf(info); !ok || stamp != want.stamp {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	list := &previousList{data: data, offsets: make([]int, len(layout.Lens)), layout: layout}
	at := layout.Head
	for i, n := range layout.Lens {
		if n < 0 || at+n > len(data) {
			return nil
		}
		list.offsets[i] = at
		at += n + layout.Sep
	}
	return list
}

// Save writes what the build b leaves for the next, replacing the cache
// file whole, and removes old cache files of other builds. When the next
// build would find the same, it only marks the file as used.
func (d *Disk) Save(b *Build) error {
	state := &diskState{
		binary: d.binary, config: b.Loaded.Config, key: b.Key, began: b.Began,
		events:  make(map[string]load.File, len(b.Loaded.Files)),
		outputs: make(map[string]diskOutput, len(b.Stamps)),
		lists:   map[string]render.ListLayout{},
		shown:   map[string][sha256.Size]byte{},
		media:   map[string]mediaset.Source{},
	}
	for _, e := range b.Loaded.Site.Events {
		state.published = append(state.published, e.ID)
		if len(e.Media) > 0 {
			state.shown[e.ID] = e.Shown(b.Loaded.Site.Media)
		}
	}
	if b.Loaded.Media != nil {
		maps.Copy(state.media, b.Loaded.Media.Sources)
	}
	unchanged := slices.Equal(d.prev.published, state.published) && len(d.prev.events) == len(b.Loaded.Files) && d.prev.key == b.Key
	for _, f := range b.Loaded.Files {
		f.Reused = false
		state.events[f.Name] = f
		prev, ok := d.prev.events[f.Name]
		unchanged = unchanged && ok && prev.Stamp == f.Stamp && prev.Rendered == f.Rendered && prev.Event == f.Event
	}
	for name, stamp := range b.Stamps {
		state.outputs[name] = diskOutput{fingerprint: b.Outputs[name], stamp: stamp}
		unchanged = unchanged && d.prev.outputs[name] == state.outputs[name]
		if l, ok := d.lists[name]; ok {
			state.lists[name] = l
		} else if l, ok := d.prev.lists[name]; ok {
			state.lists[name] = l // a list the build kept whole
		}
	}
	unchanged = unchanged && len(d.prev.outputs) == len(state.outputs) && maps.Equal(d.prev.shown, state.shown) && maps.Equal(d.prev.media, state.media)
	if unchanged {
		return touchFile(d.path)
	}
	dir := filepath.Dir(d.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	err = state.encode(tmp)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), d.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	removeStaleCaches(dir, d.began)
	removeStaleMedia(d.cacheDir, d.began)
	return nil
}

// touchFile sets the modification time of the file at path to now: it
// tells removeStaleCaches that the file is in use.
func touchFile(path string) error {
	now := time.Now()
	return os.Chtimes(path, now, now)
}

// removeStaleCaches removes the cache files in dir that no build has used
// for cacheMaxAge, and temporary files that a killed build left there.
func removeStaleCaches(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, entry := range entries {
		name := entry.Name()
		if !strings.HasSuffix(name, ".cache") && !strings.HasPrefix(name, ".tmp-") {
			continue
		}
		info, err := entry.Info()
		if err != nil {
			continue
		}
		maxAge := cacheMaxAge
		if strings.HasPrefix(name, ".tmp-") {
			maxAge = time.Hour
		}
		if now.Sub(info.ModTime()) > maxAge {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// DefaultDir returns the build cache folder of the command: the
// folder the environment variable TIMELINE_CACHE names, none when it is
// "off", and otherwise "timeline" in the user's cache folder
// (os.UserCacheDir), or none when there is no such folder.
func DefaultDir() string {
	switch dir := os.Getenv("TIMELINE_CACHE"); dir {
	case "off":
		return ""
	case "":
	default:
		if abs, err := filepath.Abs(dir); err == nil {
			return abs
		}
		return ""
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "timeline")
}

// Layouts returns nil: a build of the command parses its layouts once.
func (d *Disk) Layouts([sha256.Size]byte) *layout.Parsed { return nil }
