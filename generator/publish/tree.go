package publish

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/parallel"
	"github.com/natomongolia/timeline/generator/output"
)

// Tree is the new output of a build, being written into a temporary folder
// that takes the output's place once it is complete. Its methods are safe
// for concurrent use.
//
// When it replaces a previous output, a file whose bytes are those of the
// same file there becomes a second link to it rather than a new file: on
// some file systems creating inodes costs far more than rendering, and an
// unchanged file keeps its modification time, so that tools such as rsync
// deploy only what changed.
type Tree struct {
	dir      string
	previous string      // the output being replaced, or empty
	perm     fs.FileMode // the permissions a new file gets
	mu       sync.Mutex
	made     map[string]bool // the subfolders made so far
	// plain tells, by slash-separated path, whether a subfolder of the
	// previous output is a folder all the way down, with no link in it.
	plain map[string]bool
	// stamps, when not nil, records the stamp of every file in the tree
	// by slash-separated path, for a build cache; each file written gets
	// the modification time stampTime.
	stamps    map[string]fsutil.Stamp
	stampTime time.Time
	// written holds the paths of the files written anew, not linked, up
	// to fewFiles of them (see flush); more tells that there were more.
	written []string
	more    bool
}

func newTree(dir string) *Tree {
	return &Tree{dir: dir, made: map[string]bool{}, plain: map[string]bool{".": true}}
}

// Write writes data to the slash-separated path name in the tree. Its
// errors are content.WriteErrors.
func (w *Tree) Write(name string, data output.Pieces) error {
	if err := w.writeFile(name, data); err != nil {
		return &content.WriteError{Err: err}
	}
	return nil
}

func (w *Tree) writeFile(name string, data output.Pieces) error {
	target, err := w.target(name)
	if err != nil {
		return err
	}
	if w.previous != "" && w.plainFolder(path.Dir(name)) {
		if info, ok := w.linkUnchanged(filepath.Join(w.previous, filepath.FromSlash(name)), target, data); ok {
			// A file written since the build began may have changed again
			// within the same tick of the file system's clock, its stamp
			// unchanged; one older than stampTime gets a new stamp when
			// it changes.
			if !info.ModTime().After(w.stampTime) {
				w.record(name, info)
			}
			return nil
		}
	}
	if err := writeFile(target, data); err != nil {
		return err
	}
	w.wrote(target)
	if w.stamps == nil {
		return nil
	}
	if err := os.Chtimes(target, w.stampTime, w.stampTime); err != nil {
		return err
	}
	info, err := os.Lstat(target)
	if err != nil {
		return err
	}
	w.record(name, info)
	return nil
}

// wrote notes a file written anew, at path.
func (w *Tree) wrote(path string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.written) < fewFiles {
		w.written = append(w.written, path)
	} else {
		w.more = true
	}
}

// fewFiles is the most files a build writes anew that flush syncs one by
// one rather than with their whole file system.
const fewFiles = 64

// flush puts on disk what the tree holds before it takes the output's
// place. A small build syncs the files it wrote and the tree's folders,
// which costs a few of its own writes; a large one flushes the file system
// in one call (syncTree), cheaper than thousands of fsyncs but as slow as
// whatever else is waiting to be written there.
func (w *Tree) flush() error {
	if w.more {
		return syncTree(w.dir)
	}
	// Each folder made, and those MkdirAll made above it, holds new names.
	dirs := map[string]bool{w.dir: true}
	for dir := range w.made {
		for ; len(dir) > len(w.dir) && !dirs[dir]; dir = filepath.Dir(dir) {
			dirs[dir] = true
		}
	}
	paths := append(slices.Clip(w.written), slices.Sorted(maps.Keys(dirs))...)
	return parallel.ForEach(len(paths), func(i int) error {
		if i >= len(w.written) {
			return syncDir(paths[i])
		}
		f, err := os.OpenFile(paths[i], os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		err = f.Sync()
		if closeErr := f.Close(); err == nil {
			err = closeErr
		}
		return err
	})
}

// Keep links the slash-separated path name to the same file of the
// previous output when that file still has the stamp want, which an
// earlier build recorded for it, and reports whether it did.
func (w *Tree) Keep(name string, want fsutil.Stamp) (bool, error) {
	target, err := w.target(name)
	if err != nil {
		return false, &content.WriteError{Err: err}
	}
	if w.previous == "" || !w.plainFolder(path.Dir(name)) {
		return false, nil
	}
	old := filepath.Join(w.previous, filepath.FromSlash(name))
	info, err := os.Lstat(old)
	if err != nil || !w.mayShare(info) {
		return false, nil
	}
	if stamp, ok := fsutil.StampOf(info); !ok || stamp != want || os.Link(old, target) != nil {
		return false, nil
	}
	w.record(name, info)
	return true, nil
}

// target returns the path in the folder of the slash-separated path name,
// and makes the subfolder it goes in.
func (w *Tree) target(name string) (string, error) {
	if !fs.ValidPath(name) || name == "." {
		return "", fmt.Errorf("bad output path %q", name)
	}
	target := filepath.Join(w.dir, filepath.FromSlash(name))
	sub := filepath.Dir(target)
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.made[sub] {
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return "", err
		}
		w.made[sub] = true
	}
	return target, nil
}

// record keeps the stamp of the file at name, described by info, when the
// writer records stamps.
func (w *Tree) record(name string, info fs.FileInfo) {
	if w.stamps == nil {
		return
	}
	if stamp, ok := fsutil.StampOf(info); ok {
		w.mu.Lock()
		w.stamps[name] = stamp
		w.mu.Unlock()
	}
}

// plainFolder reports whether the slash-separated subfolder sub of the
// previous output, and each folder on the way to it, is a folder and not a
// symbolic link: a build never follows a link out of the output.
func (w *Tree) plainFolder(sub string) bool {
	w.mu.Lock()
	plain, known := w.plain[sub]
	w.mu.Unlock()
	if known {
		return plain
	}
	plain = w.plainFolder(path.Dir(sub))
	if plain {
		info, err := os.Lstat(filepath.Join(w.previous, filepath.FromSlash(sub)))
		plain = err == nil && info.IsDir()
	}
	w.mu.Lock()
	w.plain[sub] = plain
	w.mu.Unlock()
	return plain
}

// writeFile writes data to a new file at path, as os.WriteFile does.
func writeFile(path string, data output.Pieces) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if len(data) == 1 {
		_, err = f.Write(data[0])
	} else {
		// A list of every event comes in thousands of small pieces.
		buf := bufio.NewWriterSize(f, 64<<10)
		if _, err = data.WriteTo(buf); err == nil {
			err = buf.Flush()
		}
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}

// linkUnchanged links path to old when old is a file this writer could
// have written with data and nothing else links to it, and reports
// whether it did, with what it found at old.
func (w *Tree) linkUnchanged(old, path string, data output.Pieces) (fs.FileInfo, bool) {
	info, err := os.Lstat(old)
	if err != nil || !w.mayShare(info) || info.Size() != int64(data.Len()) {
		return nil, false
	}
	same, err := holds(old, data)
	return info, err == nil && same && os.Link(old, path) == nil
}

// mayShare reports whether the tree may link to the file of the previous
// output that info describes: a regular file with the permissions the
// writer gives its own files, that no other name links to.
func (w *Tree) mayShare(info fs.FileInfo) bool {
	return info.Mode().IsRegular() && info.Mode().Perm() == w.perm && fsutil.SoleLink(info)
}

// compareBuffers holds the buffers holds reads files into, a chunk at a
// time.
var compareBuffers = sync.Pool{New: func() any { return new([64 << 10]byte) }}

// holds reports whether the file at path holds exactly content. It reads
// the file a chunk at a time and stops at the first difference.
func holds(path string, data output.Pieces) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := compareBuffers.Get().(*[64 << 10]byte)
	defer compareBuffers.Put(buf)
	var read []byte // read from the file and not compared yet
	for _, piece := range data {
		for len(piece) > 0 {
			if len(read) == 0 {
				n, err := f.Read(buf[:])
				switch {
				case n > 0:
				case err == io.EOF:
					return false, nil
				case err != nil:
					return false, err
				default:
					return false, io.ErrNoProgress
				}
				read = buf[:n]
			}
			n := min(len(piece), len(read))
			if !bytes.Equal(piece[:n], read[:n]) {
				return false, nil
			}
			piece, read = piece[n:], read[n:]
		}
	}
	if len(read) > 0 {
		return false, nil
	}
	// The file must end here.
	n, err := f.Read(buf[:1])
	return n == 0 && err == io.EOF, nil
}
