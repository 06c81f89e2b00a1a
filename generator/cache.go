package generator

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash"
	"hash/crc32"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// A build cache lets a build skip the work an earlier build of the same
// site into the same output folder already did. It holds two things:
//
//   - every event that build decoded, with the SHA-256 of its file and its
//     Markdown rendered: an event file with the same bytes is not decoded
//     again while the binary and config.toml stay the same;
//   - the stamp (device, inode, size, modification time) of every file
//     that build left in the output folder, and the events it published: a
//     file that no changed event touches is linked from the previous output
//     instead of rendered, as long as its stamp shows that nobody changed
//     it since, and the binary, config.toml, the site's layouts and the
//     build options stay the same.
//
// Which files an event touches is the same question a Session answers
// after an edit (touchedOutputs). A file a build writes gets a
// modification time three seconds before the build began, so that any
// later write to it changes its stamp, however coarse the file system's
// clock.
//
// The cache is one file per site and output folder in a cache folder. It
// is read and written whole, checked by a CRC, and any fault in it only
// makes the build start from nothing.
type buildCache struct {
	path string // the cache file
	// decodeKey covers what decoding an event depends on beyond its file:
	// the binary and config.toml; renderKey also covers the layouts and the
	// build options, which every output depends on.
	decodeKey, renderKey [sha256.Size]byte
	// prev is what the last build left, nil when there is nothing to use:
	// its events when decodeKey matches, and its outputs only when
	// renderKey matches too.
	prev *cacheState
	// began is when the build began; stampTime is the modification time
	// it gives the files it writes.
	began, stampTime time.Time
}

// cacheState is what a build leaves in the cache.
type cacheState struct {
	decodeKey, renderKey [sha256.Size]byte
	// events holds every event decoded, drafts too, by file name.
	events map[string]cachedEvent
	// published lists the ids of the events published, in timeline order.
	published []string
	// outputs holds the stamps of the output files, by slash-separated
	// path, and lists where the events' parts lie in those that list every
	// event; both are empty when the render keys differ.
	outputs map[string]fileStamp
	lists   map[string]listRecord
}

// cachedEvent is a decoded event and the SHA-256 of its file. Rendered
// tells whether its Markdown was rendered (the event was published).
type cachedEvent struct {
	hash     [sha256.Size]byte
	event    *Event
	rendered bool
}

// fileStamp identifies a file's inode and its state.
type fileStamp struct {
	dev, ino    uint64
	size, mtime int64
}

// cacheMaxAge is how long a cache file that no build uses is kept.
const cacheMaxAge = 30 * 24 * time.Hour

// cacheMagic starts every cache file; a new layout of the file gets a
// new one.
const cacheMagic = "timeline build cache 1\n"

// executableDigest returns the SHA-256 of the running binary, which holds
// the default layouts and every rule of rendering. Tests replace it.
var executableDigest = sync.OnceValues(func() ([sha256.Size]byte, error) {
	path, err := os.Executable()
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	data, err := os.ReadFile(path)
	return sha256.Sum256(data), err
})

// openBuildCache returns the cache of builds of siteDir into outDir kept
// in cacheDir, with what the last such build left in it. It returns nil,
// and the build goes without a cache, when cacheDir is empty or the
// binary cannot be read.
func openBuildCache(cacheDir, siteDir, outDir string, opts LoadOptions) *buildCache {
	if cacheDir == "" {
		return nil
	}
	binary, err := executableDigest()
	if err != nil {
		return nil
	}
	name := sha256.Sum256([]byte(siteDir + "\x00" + outDir))
	c := &buildCache{path: filepath.Join(cacheDir, hex.EncodeToString(name[:16])+".cache"), began: time.Now()}
	// Three seconds: a write after the build began gets a later time even
	// on a file system that keeps times to 2 s. Not rounded: builds a
	// moment apart give a file that changed different times, for tools
	// such as rsync that compare them.
	c.stampTime = c.began.Add(-3 * time.Second)
	var ok bool
	if c.decodeKey, c.renderKey, ok = inputKeys(binary, siteDir, opts); !ok {
		return nil
	}
	prev, err := readCacheState(c.path)
	if err != nil || prev.decodeKey != c.decodeKey {
		return c
	}
	if prev.renderKey != c.renderKey {
		prev.published, prev.outputs, prev.lists = nil, nil, nil
	}
	c.prev = prev
	return c
}

// inputKeys returns the decode and render keys of a build of siteDir with
// opts by the binary of digest binary, and false when the site's
// config.toml or layouts cannot be read.
func inputKeys(binary [sha256.Size]byte, siteDir string, opts LoadOptions) (decodeKey, renderKey [sha256.Size]byte, ok bool) {
	config, err := os.ReadFile(filepath.Join(siteDir, "config.toml"))
	if err != nil {
		return decodeKey, renderKey, false
	}
	h := sha256.New()
	h.Write(binary[:])
	writeField(h, config)
	copy(decodeKey[:], h.Sum(nil))

	layoutsDir := filepath.Join(siteDir, "layouts")
	err = filepath.WalkDir(layoutsDir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == layoutsDir {
			return nil
		}
		if err != nil || d.IsDir() || IsEditorFile(d.Name()) {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		writeField(h, []byte(path))
		writeField(h, data)
		return nil
	})
	if err != nil {
		return decodeKey, renderKey, false
	}
	drafts := []byte{0}
	if opts.Drafts {
		drafts[0] = 1
	}
	writeField(h, drafts)
	writeField(h, []byte(opts.BaseURL))
	copy(renderKey[:], h.Sum(nil))
	return decodeKey, renderKey, true
}

// writeField writes data to w after its length, so that no two sequences
// of fields write the same bytes.
func writeField(w interface{ Write([]byte) (int, error) }, data []byte) {
	w.Write(binary.AppendUvarint(nil, uint64(len(data))))
	w.Write(data)
}

// reusable returns the events of the last build by file name, to be taken
// instead of decoding a file of the same bytes; nil without a cache.
func (c *buildCache) reusable() map[string]cachedEvent {
	if c == nil || c.prev == nil {
		return nil
	}
	return c.prev.events
}

// keep returns the stamps of the files of the last build that outs would
// render again unchanged, by slash-separated path: the outputs that no
// changed event touches (see touchedOutputs), when the render keys match.
// A file is linked from the previous output only if its stamp there is
// still this one. Static files are always read again.
func (c *buildCache) keep(r *renderer, files []eventFile, outs []output) (map[string]fileStamp, error) {
	if c == nil || c.prev == nil || len(c.prev.outputs) == 0 {
		return nil, nil
	}
	var changed []string
	seen := make(map[string]bool, len(files))
	for _, f := range files {
		seen[f.name] = true
		if !f.cached {
			changed = append(changed, strings.TrimSuffix(f.name, ".toml"))
		}
	}
	for name := range c.prev.events {
		if !seen[name] {
			changed = append(changed, strings.TrimSuffix(name, ".toml"))
		}
	}
	before := &Site{Dir: r.site.Dir, Config: r.site.Config}
	for _, id := range c.prev.published {
		prev, ok := c.prev.events[id+".toml"]
		if !ok {
			return nil, nil
		}
		before.Events = append(before.Events, prev.event)
	}
	touched, all, err := touchedOutputs(&renderer{site: before}, r, changed, outs)
	if err != nil || all {
		return nil, err
	}
	keep := map[string]fileStamp{}
	for _, o := range outs {
		if stamp, ok := c.prev.outputs[o.name]; ok && !o.asIs && !touched[o.name] {
			keep[o.name] = stamp
		}
	}
	return keep, nil
}

// listParts returns the listParts of a build into outDir whose event
// files are files, nil without a cache. It takes parts from the previous
// output only when reuse is set: when the build may keep files of it.
func (c *buildCache) listParts(outDir string, files []eventFile, reuse bool) *listParts {
	if c == nil {
		return nil
	}
	if !reuse {
		return newListParts(outDir, nil, files)
	}
	return newListParts(outDir, c.prev, files)
}

// save writes what this build leaves for the next: the events it decoded
// and the stamps of the files it published. It writes nothing when the
// site's config.toml or layouts changed while it ran, since the outputs
// may be of either version, or when the next build would find the same.
// The cache file is replaced whole; old cache files of other builds are
// removed.
func (c *buildCache) save(site *Site, files []eventFile, stamps map[string]fileStamp, lists *listParts, opts LoadOptions) error {
	if c == nil {
		return nil
	}
	binary, err := executableDigest()
	if err != nil {
		return nil
	}
	decodeKey, renderKey, ok := inputKeys(binary, site.Dir, opts)
	if !ok || decodeKey != c.decodeKey || renderKey != c.renderKey {
		return nil
	}
	state := &cacheState{decodeKey: decodeKey, renderKey: renderKey, events: make(map[string]cachedEvent, len(files)), outputs: stamps, lists: lists.recorded(stamps)}
	published := make(map[*Event]bool, len(site.Events))
	for _, e := range site.Events {
		published[e] = true
		state.published = append(state.published, e.ID)
	}
	unchanged := c.prev != nil && slices.Equal(c.prev.published, state.published) && len(c.prev.events) == len(files)
	for _, f := range files {
		state.events[f.name] = cachedEvent{hash: f.hash, event: f.event, rendered: published[f.event]}
		unchanged = unchanged && f.cached
	}
	if unchanged && sameStamps(c.prev.outputs, stamps) {
		return touchFile(c.path)
	}
	dir := filepath.Dir(c.path)
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
		err = os.Rename(tmp.Name(), c.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	removeStaleCaches(dir, c.began)
	return nil
}

// sameStamps reports whether a and b hold the same stamps.
func sameStamps(a, b map[string]fileStamp) bool {
	if len(a) != len(b) {
		return false
	}
	for name, stamp := range a {
		if other, ok := b[name]; !ok || other != stamp {
			return false
		}
	}
	return true
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

// encode writes the cache file of s to w: cacheMagic, the fields, and the
// CRC-32C of everything before it.
func (s *cacheState) encode(w io.Writer) error {
	b := cacheWriter{w: w, crc: crc32.New(castagnoli)}
	b.buf = append(b.buf, cacheMagic...)
	b.bytes(s.decodeKey[:])
	b.bytes(s.renderKey[:])
	writeMap(&b, s.events, func(f cachedEvent) {
		b.bytes(f.hash[:])
		b.bool(f.rendered)
		b.event(f.event)
		b.flush(64 << 10)
	})
	b.strings(s.published)
	writeMap(&b, s.outputs, func(st fileStamp) {
		b.uint(st.dev)
		b.uint(st.ino)
		b.uint(uint64(st.size))
		b.uint(uint64(st.mtime))
	})
	writeMap(&b, s.lists, func(l listRecord) {
		b.string(l.context)
		b.uint(uint64(l.head))
		b.uint(uint64(l.sep))
		b.uint(uint64(len(l.lens)))
		for _, n := range l.lens {
			b.uint(uint64(n))
		}
	})
	b.flush(0)
	b.buf = binary.LittleEndian.AppendUint32(b.buf, b.crc.Sum32())
	_, err := w.Write(b.buf)
	if b.err != nil {
		return b.err
	}
	return err
}

// writeMap writes the number of entries of m, then each entry in the
// order of their keys: its key, then its value with write.
func writeMap[V any](b *cacheWriter, m map[string]V, write func(V)) {
	names := slices.Sorted(maps.Keys(m))
	b.uint(uint64(len(names)))
	for _, name := range names {
		b.string(name)
		write(m[name])
	}
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errBadCache is the error of a cache file that is not one this build
// wrote whole.
var errBadCache = errors.New("bad cache file")

// readCacheState reads the cache file at path, written by encode.
func readCacheState(path string) (*cacheState, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	// One string holds every string of the file: the events' fields are
	// slices of it. It is read straight into a builder, so that the file is
	// in memory once.
	if info.Size() < int64(len(cacheMagic))+4 {
		return nil, errBadCache
	}
	var body strings.Builder
	body.Grow(int(info.Size()) - 4)
	crc := crc32.New(castagnoli)
	if _, err := io.CopyN(io.MultiWriter(&body, crc), f, info.Size()-4); err != nil {
		return nil, err
	}
	var sum [4]byte
	if _, err := io.ReadFull(f, sum[:]); err != nil {
		return nil, err
	}
	if crc.Sum32() != binary.LittleEndian.Uint32(sum[:]) || !strings.HasPrefix(body.String(), cacheMagic) {
		return nil, errBadCache
	}
	return decodeCacheState(body.String()[len(cacheMagic):])
}

// decodeCacheState decodes the fields of a cache file, after its magic
// string and before its CRC.
func decodeCacheState(data string) (*cacheState, error) {
	r := cacheReader{data: data}
	s := &cacheState{}
	copy(s.decodeKey[:], r.string())
	copy(s.renderKey[:], r.string())
	n := r.count()
	s.events = make(map[string]cachedEvent, n)
	for range n {
		name := r.string()
		var f cachedEvent
		copy(f.hash[:], r.string())
		f.rendered = r.bool()
		f.event = r.event()
		s.events[name] = f
	}
	s.published = r.strings()
	n = r.count()
	s.outputs = make(map[string]fileStamp, n)
	for range n {
		name := r.string()
		s.outputs[name] = fileStamp{dev: r.uint(), ino: r.uint(), size: int64(r.uint()), mtime: int64(r.uint())}
	}
	n = r.count()
	s.lists = make(map[string]listRecord, n)
	for range n {
		name := r.string()
		l := listRecord{context: r.string(), head: r.length(), sep: r.length()}
		l.lens = make([]int, r.count())
		for i := range l.lens {
			l.lens[i] = r.length()
		}
		s.lists[name] = l
	}
	if r.err != nil || len(r.data) > 0 {
		return nil, errBadCache
	}
	return s, nil
}

// cacheWriter writes the fields of a cache file to w, through buf, and
// their CRC-32C to crc. It keeps the first error in err.
type cacheWriter struct {
	w   io.Writer
	crc hash.Hash32
	buf []byte
	err error
}

// flush writes what buf holds once it holds more than limit bytes.
func (w *cacheWriter) flush(limit int) {
	if len(w.buf) <= limit {
		return
	}
	w.crc.Write(w.buf)
	if w.err == nil {
		_, w.err = w.w.Write(w.buf)
	}
	w.buf = w.buf[:0]
}

func (w *cacheWriter) uint(v uint64)   { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *cacheWriter) string(s string) { w.uint(uint64(len(s))); w.buf = append(w.buf, s...) }
func (w *cacheWriter) bytes(b []byte)  { w.uint(uint64(len(b))); w.buf = append(w.buf, b...) }
func (w *cacheWriter) strings(s []string) {
	w.uint(uint64(len(s)))
	for _, v := range s {
		w.string(v)
	}
}

func (w *cacheWriter) bool(v bool) {
	if v {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

func (w *cacheWriter) date(d Date) {
	w.uint(uint64(d.Year))
	w.uint(uint64(d.Month))
	w.uint(uint64(d.Day))
	w.uint(uint64(d.Precision))
}

func (w *cacheWriter) event(e *Event) {
	for _, s := range []string{e.ID, e.Title, e.Summary, e.Category, e.Place, e.Body, string(e.HTML)} {
		w.string(s)
	}
	// A body without headings has one rendering for both.
	w.bool(e.ListHTML == e.HTML)
	if e.ListHTML != e.HTML {
		w.string(string(e.ListHTML))
	}
	w.date(e.Date)
	w.date(e.End)
	w.bool(e.Ongoing)
	w.bool(e.Draft)
	w.strings(e.Tags)
	w.uint(uint64(len(e.Sources)))
	for _, s := range e.Sources {
		w.string(s.Title)
		w.string(s.URL)
		w.string(s.Updated)
	}
}

// cacheReader reads the fields a cacheWriter wrote. After the first fault
// it reads zero values and keeps the fault in err.
type cacheReader struct {
	data string
	err  error
}

func (r *cacheReader) uint() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if len(r.data) == 0 {
			r.err = errBadCache
			return 0
		}
		b := r.data[0]
		r.data = r.data[1:]
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	r.err = errBadCache
	return 0
}

// count reads a number of items, each of which takes at least a byte.
func (r *cacheReader) count() int {
	n := r.uint()
	if n > uint64(len(r.data)) {
		r.err, r.data = errBadCache, ""
		return 0
	}
	return int(n)
}

// length reads a length, which a valid file keeps under 1 << 40.
func (r *cacheReader) length() int {
	n := r.uint()
	if n >= 1<<40 {
		r.err = errBadCache
		return 0
	}
	return int(n)
}

func (r *cacheReader) string() string {
	n := r.count()
	s := r.data[:n]
	r.data = r.data[n:]
	return s
}

func (r *cacheReader) bool() bool { return r.uint() != 0 }

func (r *cacheReader) strings() []string {
	s := make([]string, r.count())
	for i := range s {
		s[i] = r.string()
	}
	return s
}

func (r *cacheReader) date() Date {
	return Date{Year: int(r.uint()), Month: time.Month(r.uint()), Day: int(r.uint()), Precision: Precision(r.uint())}
}

func (r *cacheReader) event() *Event {
	e := &Event{ID: r.string(), Title: r.string(), Summary: r.string(), Category: r.string(), Place: r.string(), Body: r.string()}
	e.HTML = template.HTML(r.string())
	if e.ListHTML = e.HTML; !r.bool() {
		e.ListHTML = template.HTML(r.string())
	}
	e.Date, e.End = r.date(), r.date()
	e.Ongoing, e.Draft = r.bool(), r.bool()
	e.Tags = r.strings()
	if n := r.count(); n > 0 {
		e.Sources = make([]Source, n)
		for i := range e.Sources {
			e.Sources[i] = Source{Title: r.string(), URL: r.string(), Updated: r.string()}
		}
	}
	return e
}

// DefaultCacheDir returns the build cache folder of the command: the
// folder the environment variable TIMELINE_CACHE names, none when it is
// "off", and otherwise "timeline" in the user's cache folder
// (os.UserCacheDir), or none when there is no such folder.
func DefaultCacheDir() string {
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
