package store

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
	"hash/crc32"
	"html/template"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/mediaset"
	"github.com/natomongolia/timeline/generator/render"
)

// encode writes the cache file of s to w: cacheMagic, the fields, and the
// CRC-32C of everything before it.
func (s *diskState) encode(w io.Writer) error {
	b := cacheWriter{w: w, crc: crc32.New(castagnoli)}
	b.buf = append(b.buf, cacheMagic...)
	b.bytes(s.binary[:])
	b.bytes(s.config[:])
	b.bytes(s.key[:])
	b.uint(uint64(s.began.UnixNano()))
	writeMap(&b, s.events, func(f load.File) {
		b.sourceStamp(f.Stamp)
		b.bool(f.Rendered)
		b.event(f.Event)
		b.flush(64 << 10)
	})
	b.strings(s.published)
	writeMap(&b, s.outputs, func(o diskOutput) {
		b.bytes(o.fingerprint[:])
		b.stamp(o.stamp)
	})
	writeMap(&b, s.lists, func(l render.ListLayout) {
		b.string(l.Context)
		b.uint(uint64(l.Head))
		b.uint(uint64(l.Sep))
		b.uint(uint64(len(l.Lens)))
		for _, n := range l.Lens {
			b.uint(uint64(n))
		}
		b.uint(uint64(len(l.Shown)))
		for _, v := range l.Shown {
			b.bytes(v[:])
		}
	})
	writeMap(&b, s.shown, func(v [sha256.Size]byte) { b.bytes(v[:]) })
	writeMap(&b, s.media, func(src mediaset.Source) {
		b.sourceStamp(src.Stamp)
		b.bytes(src.Sum[:])
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
func readCacheState(path string) (*diskState, error) {
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
func decodeCacheState(data string) (*diskState, error) {
	r := cacheReader{data: data}
	s := &diskState{}
	copy(s.binary[:], r.string())
	copy(s.config[:], r.string())
	copy(s.key[:], r.string())
	s.began = time.Unix(0, int64(r.uint()))
	n := r.count()
	s.events = make(map[string]load.File, n)
	for range n {
		name := r.string()
		f := load.File{Name: name, Stamp: r.sourceStamp(), Rendered: r.bool(), Event: r.event()}
		s.events[name] = f
	}
	s.published = r.strings()
	n = r.count()
	s.outputs = make(map[string]diskOutput, n)
	for range n {
		name := r.string()
		var o diskOutput
		copy(o.fingerprint[:], r.string())
		o.stamp = r.stamp()
		s.outputs[name] = o
	}
	n = r.count()
	s.lists = make(map[string]render.ListLayout, n)
	for range n {
		name := r.string()
		l := render.ListLayout{Context: r.string(), Head: r.length(), Sep: r.length()}
		l.Lens = make([]int, r.count())
		for i := range l.Lens {
			l.Lens[i] = r.length()
		}
		if n := r.count(); n > 0 {
			l.Shown = make([][sha256.Size]byte, n)
			for i := range l.Shown {
				copy(l.Shown[i][:], r.string())
			}
		}
		s.lists[name] = l
	}
	n = r.count()
	s.shown = make(map[string][sha256.Size]byte, n)
	for range n {
		name := r.string()
		var v [sha256.Size]byte
		copy(v[:], r.string())
		s.shown[name] = v
	}
	n = r.count()
	s.media = make(map[string]mediaset.Source, n)
	for range n {
		name := r.string()
		src := mediaset.Source{Stamp: r.sourceStamp()}
		copy(src.Sum[:], r.string())
		s.media[name] = src
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

func (w *cacheWriter) int(v int) { w.buf = binary.AppendVarint(w.buf, int64(v)) }

func (w *cacheWriter) date(d edtf.Date) {
	w.int(d.Year)
	w.uint(uint64(d.Month))
	w.uint(uint64(d.Day))
	w.uint(uint64(d.Precision))
	w.uint(uint64(d.UnspecifiedYearDigits))
	for _, b := range []bool{d.UnspecifiedMonth, d.UnspecifiedDay, d.Uncertain, d.Approximate} {
		w.bool(b)
	}
}

func (w *cacheWriter) event(e *content.Event) {
	for _, s := range []string{e.ID, e.Title, e.Display, e.Summary, e.Category, e.Place, e.Lang, e.Body, string(e.HTML)} {
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
	w.bool(e.EndUnknown)
	w.bool(e.Draft)
	w.bytes(e.Version[:])
	w.strings(e.Tags)
	w.uint(uint64(len(e.Sources)))
	for _, s := range e.Sources {
		w.string(s.Title)
		w.string(s.URL)
		w.string(s.Updated)
	}
	w.uint(uint64(len(e.Media)))
	for _, m := range e.Media {
		for _, s := range []string{m.Src, m.Alt, m.Caption, m.Credit, m.Link, m.Poster, m.Captions} {
			w.string(s)
		}
		w.bool(m.Remote)
		w.bool(m.Decorative)
		for _, p := range []content.Position{m.SrcAt, m.PosterAt, m.CaptionsAt} {
			w.string(p.Path)
			w.uint(uint64(p.Line))
			w.uint(uint64(p.Col))
		}
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

func (r *cacheReader) int() int {
	v, n := binary.Varint([]byte(r.data[:min(len(r.data), binary.MaxVarintLen64)]))
	if n <= 0 {
		r.err, r.data = errBadCache, ""
		return 0
	}
	r.data = r.data[n:]
	return int(v)
}

func (r *cacheReader) date() edtf.Date {
	d := edtf.Date{Year: r.int(), Month: int(r.uint()), Day: int(r.uint()), Precision: edtf.Precision(r.uint()), UnspecifiedYearDigits: int(r.uint())}
	d.UnspecifiedMonth, d.UnspecifiedDay, d.Uncertain, d.Approximate = r.bool(), r.bool(), r.bool(), r.bool()
	return d
}

func (r *cacheReader) event() *content.Event {
	e := &content.Event{ID: r.string(), Title: r.string(), Display: r.string(), Summary: r.string(), Category: r.string(), Place: r.string(), Lang: r.string(), Body: r.string()}
	e.HTML = template.HTML(r.string())
	if e.ListHTML = e.HTML; !r.bool() {
		e.ListHTML = template.HTML(r.string())
	}
	e.Date, e.End = r.date(), r.date()
	e.Ongoing, e.EndUnknown, e.Draft = r.bool(), r.bool(), r.bool()
	copy(e.Version[:], r.string())
	e.Tags = r.strings()
	if n := r.count(); n > 0 {
		e.Sources = make([]content.Source, n)
		for i := range e.Sources {
			e.Sources[i] = content.Source{Title: r.string(), URL: r.string(), Updated: r.string()}
		}
	}
	if n := r.count(); n > 0 {
		e.Media = make([]content.Media, n)
		for i := range e.Media {
			m := &e.Media[i]
			m.Src, m.Alt, m.Caption, m.Credit, m.Link, m.Poster, m.Captions = r.string(), r.string(), r.string(), r.string(), r.string(), r.string(), r.string()
			m.Remote, m.Decorative = r.bool(), r.bool()
			for _, p := range []*content.Position{&m.SrcAt, &m.PosterAt, &m.CaptionsAt} {
				*p = content.Position{Path: r.string(), Line: r.length(), Col: r.length()}
			}
		}
	}
	return e
}

func (w *cacheWriter) stamp(s fsutil.Stamp) {
	w.uint(s.Dev)
	w.uint(s.Ino)
	w.uint(uint64(s.Size))
	w.uint(uint64(s.Mtime))
}

func (w *cacheWriter) sourceStamp(s fsutil.SourceStamp) {
	w.stamp(s.Stamp)
	w.uint(uint64(s.Ctime))
}

func (r *cacheReader) stamp() fsutil.Stamp {
	return fsutil.Stamp{Dev: r.uint(), Ino: r.uint(), Size: int64(r.uint()), Mtime: int64(r.uint())}
}

func (r *cacheReader) sourceStamp() fsutil.SourceStamp {
	return fsutil.SourceStamp{Stamp: r.stamp(), Ctime: int64(r.uint())}
}
