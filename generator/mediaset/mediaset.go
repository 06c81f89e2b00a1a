// Package mediaset reads and processes the media files a site's events
// show ([[media]] in their files): each file once however many events show
// it, on several CPUs, and only when the cache does not hold it processed
// already. Package media does the work on bytes; this package finds the
// files, keeps the site's rules (a file inside the site, under a size
// limit), reports each problem at the place in the event file that named
// it, and gives the output files' bytes when the build writes them.
//
// A file is known by the SHA-256 of its bytes and its base name (which
// names its outputs). With a Cache, a file whose stamp is the one an
// earlier build recorded is not even read, and one whose bytes an earlier
// build processed is not processed again: a rebuild with no media change
// does no image work.
package mediaset

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/parallel"
	"github.com/natomongolia/timeline/generator/media"
)

// OutputDir is the folder of the output where media files go.
const OutputDir = "media"

// MaxFileSize is the largest media file a build reads: 512 MiB. A longer
// video belongs on a video host, linked from the event.
const MaxFileSize = 512 << 20

// maxImageWorkers bounds the images decoded at once: a photograph of 50
// megapixels takes 200 MB decoded, and more at once gains nothing once
// every CPU is busy.
const maxImageWorkers = 8

// Key identifies a processed file: the SHA-256 of its bytes and its base
// name, which names its outputs.
type Key struct {
	Sum  [sha256.Size]byte
	Name string
}

// String returns the key as a file name: 32 hexadecimal digits.
func (k Key) String() string {
	h := sha256.New()
	h.Write(k.Sum[:])
	h.Write([]byte(k.Name))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Source is what a build found in a media file of the site: its stamp and
// the SHA-256 of its bytes.
type Source struct {
	Stamp fsutil.SourceStamp
	Sum   [sha256.Size]byte
}

// Cache keeps processed media for later builds. Its methods are safe for
// concurrent use.
type Cache interface {
	// MediaSum returns the SHA-256 of the site's file at path (slash-separated
	// from the site folder) when an earlier build found it with this
	// stamp, which must not be the zero stamp.
	MediaSum(path string, stamp fsutil.SourceStamp) ([sha256.Size]byte, bool)
	// MediaFile returns the file processed under key.
	MediaFile(key Key) (*content.MediaFile, bool)
	// MediaData returns the bytes of the output name of the file processed
	// under key, a resized image.
	MediaData(key Key, name string) ([]byte, error)
	// PutMedia keeps the file processed under key, with the bytes of its
	// resized images by output name.
	PutMedia(key Key, file *content.MediaFile, data map[string][]byte) error
}

// Options say how to process a site's media.
type Options struct {
	// Cache, when not nil, holds media processed by earlier builds.
	Cache Cache
	// Progress, when set, is called after each file processed, with the
	// number done and the number to do.
	Progress func(done, total int)
}

// Set is the processed media of a site.
type Set struct {
	// Files holds every media file of the site's events, by path.
	Files map[string]*content.MediaFile
	// Sources holds what the build found in each file, by path: a later
	// build trusts the stamps.
	Sources map[string]Source
	// Processed counts the files processed in this run: those whose bytes
	// no cache held processed.
	Processed int

	site    string
	cache   Cache
	outputs map[string]output // by output name
}

// output is how to get the bytes of one output file.
type output struct {
	key  Key
	path string // the source file, copied as it is; "" for a resized image
	data []byte // the bytes, while the set holds them
}

// reference is one place where an event names a file.
type reference struct {
	at   content.Position
	role string // "src", "poster" or "captions"
}

// file is one media file of the site being read.
type file struct {
	path string
	refs []reference
	// kind is what the file must be for every reference.
	kind media.Kind
	done *content.MediaFile
	key  Key
	// data holds the bytes of the outputs of a file processed here.
	data    map[string][]byte
	source  Source
	err     string
	process bool
}

// Process reads and processes the media files of events in the site
// folder siteDir. It returns the errors of the files that are missing,
// unreadable, of the wrong type, damaged or too large, each at the place of
// every event that names the file, as content errors; another error is a
// fault of the cache.
func Process(siteDir string, events []*content.Event, opts Options) (*Set, content.ContentErrors, error) {
	files := collect(events)
	s := &Set{
		Files: make(map[string]*content.MediaFile, len(files)), Sources: make(map[string]Source, len(files)),
		site: siteDir, cache: opts.Cache, outputs: map[string]output{},
	}
	if len(files) == 0 {
		return s, nil, nil
	}
	realSite, err := filepath.EvalSymlinks(siteDir)
	if err != nil {
		return nil, nil, err
	}
	// First what the cache vouches for, then the rest, so that progress
	// counts only the work.
	_ = parallel.ForEach(len(files), func(i int) error {
		s.identify(realSite, files[i])
		return nil
	})
	var todo []*file
	for _, f := range files {
		if f.process {
			todo = append(todo, f)
		}
	}
	var mu sync.Mutex
	done := 0
	var processed atomic.Int64
	err = parallel.ForEachLimit(len(todo), maxImageWorkers, func(i int) error {
		did, err := s.processFile(todo[i])
		if did {
			processed.Add(1)
		}
		if opts.Progress != nil {
			mu.Lock()
			done++
			opts.Progress(done, len(todo))
			mu.Unlock()
		}
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	s.Processed = int(processed.Load())
	var errs content.ContentErrors
	for _, f := range files {
		if f.err != "" {
			for _, r := range f.refs {
				errs = append(errs, r.at.Errorf("%s", strings.Replace(f.err, "src ", r.role+" ", 1)))
			}
			continue
		}
		s.Files[f.path], s.Sources[f.path] = f.done, f.source
		for _, o := range f.done.Outputs {
			out := output{key: f.key, data: f.data[o.Name]}
			if f.done.Kind != media.KindImage.String() {
				out = output{key: f.key, path: f.path}
			}
			s.outputs[o.Name] = out
		}
	}
	errs.Sort()
	return s, errs, nil
}

// collect returns the media files the events name, in the order of their
// paths, with every place that names each.
func collect(events []*content.Event) []*file {
	byPath := map[string]*file{}
	for _, e := range events {
		for i := range e.Media {
			m := &e.Media[i]
			add := func(p string, at content.Position, role string) {
				if p == "" {
					return
				}
				f := byPath[p]
				if f == nil {
					kind, _ := media.KindOf(p)
					f = &file{path: p, kind: kind}
					byPath[p] = f
				}
				f.refs = append(f.refs, reference{at, role})
			}
			if !m.Remote {
				add(m.Src, m.SrcAt, "src")
			}
			add(m.Poster, m.PosterAt, "poster")
			add(m.Captions, m.CaptionsAt, "captions")
		}
	}
	files := make([]*file, 0, len(byPath))
	for _, f := range byPath {
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b *file) int { return strings.Compare(a.path, b.path) })
	return files
}

// identify finds what the cache holds of f: without reading it when its
// stamp is the one recorded. It leaves f.process set when f must be read.
func (s *Set) identify(realSite string, f *file) {
	full := filepath.Join(s.site, filepath.FromSlash(f.path))
	info, err := os.Lstat(full)
	if errors.Is(err, fs.ErrNotExist) {
		f.err = fmt.Sprintf("src %q does not exist: give the path of a file of the site, from the site folder (%s)", f.path, fsutil.DisplayPath(s.site))
		return
	}
	if err != nil {
		f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
		return
	}
	stamp, _ := fsutil.SourceStampOf(info)
	f.source.Stamp = stamp
	if info.Mode().IsRegular() && s.cache != nil && stamp != (fsutil.SourceStamp{}) {
		if sum, ok := s.cache.MediaSum(f.path, stamp); ok {
			f.key = Key{sum, path.Base(f.path)}
			if done, ok := s.cache.MediaFile(f.key); ok {
				f.done, f.source.Sum = done, sum
				return
			}
		}
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		resolved, err := filepath.EvalSymlinks(full)
		if err != nil {
			f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
			return
		}
		if !fsutil.IsWithin(realSite, resolved) {
			f.err = fmt.Sprintf("src %q is a symbolic link to %s, outside the site folder: copy the file into the site instead", f.path, resolved)
			return
		}
		if info, err = os.Stat(resolved); err != nil {
			f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
			return
		}
	}
	switch {
	case info.IsDir():
		f.err = fmt.Sprintf("src %q is a folder: give the path of a file in it", f.path)
	case !info.Mode().IsRegular():
		f.err = fmt.Sprintf("src %q is not a regular file", f.path)
	case info.Size() > MaxFileSize:
		f.err = fmt.Sprintf("src %q is %d MiB, over the limit of %d MiB for a media file: put a long video on a video host and give its URL as src", f.path, info.Size()>>20, MaxFileSize>>20)
	default:
		f.process = true
	}
}

// processFile reads f and processes it, unless the cache holds its bytes
// processed under another stamp. It reports whether it processed f.
func (s *Set) processFile(f *file) (bool, error) {
	full := filepath.Join(s.site, filepath.FromSlash(f.path))
	if f.kind != media.KindImage {
		return s.copyFile(f, full)
	}
	data, err := os.ReadFile(full)
	if err != nil {
		f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
		return false, nil
	}
	f.source.Sum = sha256.Sum256(data)
	f.key = Key{f.source.Sum, path.Base(f.path)}
	if s.lookup(f) {
		return false, nil
	}
	img, err := media.ProcessImage(f.path, data, media.Options{})
	if err != nil {
		f.err = err.Error()
		return false, nil
	}
	done := &content.MediaFile{Kind: media.KindImage.String(), Type: img.Type, Width: img.Width, Height: img.Height, Sum: f.source.Sum}
	f.data = make(map[string][]byte, len(img.Variants))
	for _, v := range img.Variants {
		name := OutputDir + "/" + v.Name
		done.Outputs = append(done.Outputs, content.MediaOutput{Name: name, Width: v.Width, Height: v.Height})
		f.data[name] = v.Data
	}
	f.done = done
	if s.cache != nil {
		return true, s.cache.PutMedia(f.key, done, f.data)
	}
	return true, nil
}

// lookup takes f from the cache when it holds f's key.
func (s *Set) lookup(f *file) bool {
	if s.cache == nil {
		return false
	}
	done, ok := s.cache.MediaFile(f.key)
	if ok {
		f.done = done
	}
	return ok
}

// sniffSize is how much of a file Sniff needs to tell its type.
const sniffSize = 4096

// copyFile checks a file that is copied as it is (video, sound,
// captions) by its first bytes, and sums it without holding it whole. It
// reports whether the cache did not hold it.
func (s *Set) copyFile(f *file, full string) (bool, error) {
	r, err := os.Open(full)
	if err != nil {
		f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
		return false, nil
	}
	defer r.Close()
	head := make([]byte, sniffSize)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
		return false, nil
	}
	head = head[:n]
	kind, typ, err := media.Sniff(f.path, head)
	if err != nil {
		f.err = err.Error()
		return false, nil
	}
	h := sha256.New()
	h.Write(head)
	if _, err := io.Copy(h, r); err != nil {
		f.err = fmt.Sprintf("src %q cannot be read: %v", f.path, err)
		return false, nil
	}
	copy(f.source.Sum[:], h.Sum(nil))
	f.key = Key{f.source.Sum, path.Base(f.path)}
	if s.lookup(f) {
		return false, nil
	}
	name := OutputDir + "/" + media.CopyNameOf(f.path, f.source.Sum)
	f.done = &content.MediaFile{Kind: kind.String(), Type: typ, Sum: f.source.Sum, Outputs: []content.MediaOutput{{Name: name}}}
	if s.cache != nil {
		return true, s.cache.PutMedia(f.key, f.done, nil)
	}
	return true, nil
}

// Keys returns the keys of the set's files, in the order of their paths.
func (s *Set) Keys() []Key {
	paths := slices.Sorted(maps.Keys(s.Files))
	keys := make([]Key, len(paths))
	for i, p := range paths {
		keys[i] = Key{s.Files[p].Sum, path.Base(p)}
	}
	return keys
}

// Data returns the bytes of the output file name ("media/…").
func (s *Set) Data(name string) ([]byte, error) {
	o, ok := s.outputs[name]
	switch {
	case !ok:
		return nil, fmt.Errorf("%s is not a media output", name)
	case o.data != nil:
		return o.data, nil
	case o.path == "":
		return s.cache.MediaData(o.key, name)
	}
	data, err := fsutil.ReadInsideUpTo(s.site, filepath.Join(s.site, filepath.FromSlash(o.path)), MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", o.path, err)
	}
	if sha256.Sum256(data) != o.key.Sum {
		return nil, fmt.Errorf("%s changed during the build: build again", o.path)
	}
	return data, nil
}
