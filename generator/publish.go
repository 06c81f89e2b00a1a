package generator

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// buildMarker is the file every build writes at the top of its output. A
// folder that holds it was made by a build and may be replaced by the next.
const buildMarker = ".timeline-build"

const buildMarkerText = "This folder is built by timeline; the next build replaces it whole.\n"

// checkOutDir refuses output folders a build must not replace: the site
// folder, a folder that holds it, a folder inside its content, and a
// non-empty folder that no build made.
func checkOutDir(siteDir, outDir string) error {
	refuse := func(why string) error {
		return &UsageError{Msg: fmt.Sprintf("refusing to write to %s: %s; choose another -out", displayPath(outDir), why)}
	}
	// Compare the folders as they are on disk, so that a symbolic link on
	// either path does not hide that one lies in the other.
	realSite, realOut := resolvePath(siteDir), resolvePath(outDir)
	if isWithin(realOut, realSite) {
		return refuse("it is or holds the site folder")
	}
	for _, content := range []string{"events", "layouts", "static", "config.toml"} {
		if isWithin(filepath.Join(realSite, content), realOut) {
			return refuse("it lies inside the site's " + content)
		}
	}
	info, err := os.Lstat(outDir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.Is(err, syscall.ENOTDIR):
		return refuse("a file stands where a folder on the way to it should be")
	case err != nil:
		return err
	case !info.IsDir():
		return refuse("it is not a folder")
	}
	entries, err := os.ReadDir(outDir)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Lstat(filepath.Join(outDir, buildMarker)); err != nil {
		return refuse(fmt.Sprintf("it holds files that no build made (such as %s); empty or remove it first", entries[0].Name()))
	}
	return nil
}

// resolvePath returns the absolute, clean path with the symbolic links of
// the part of it that exists resolved.
func resolvePath(path string) string {
	var missing []string
	for {
		if real, err := filepath.EvalSymlinks(path); err == nil {
			return filepath.Join(append([]string{real}, missing...)...)
		}
		parent := filepath.Dir(path)
		if parent == path {
			return filepath.Join(append([]string{path}, missing...)...)
		}
		missing = append([]string{filepath.Base(path)}, missing...)
		path = parent
	}
}

// publish writes files into outDir as a whole: it builds them in a sibling
// temporary folder, then swaps that folder with the old output, so that a
// reader (or a build killed at any instant) sees the old tree or the new
// one, never a mix. It first removes what a killed build left behind. Builds
// into one folder publish one at a time (lockDir). write fills the
// temporary folder through w.
//
// A failure of the file system (a full disk, a read-only folder) is a
// WriteError; what write returns comes back as it is.
func publish(outDir string, write func(w *treeWriter) error) error {
	var written error
	err := replaceTree(outDir, func(w *treeWriter) error {
		written = write(w)
		return written
	})
	if err != nil && err != written {
		return &WriteError{Err: err}
	}
	return err
}

// replaceTree is publish, without telling the errors apart.
func replaceTree(outDir string, write func(w *treeWriter) error) error {
	parent, name := filepath.Dir(outDir), filepath.Base(outDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	// Another build into outDir (a dev server's rebuild, a build by hand)
	// would take this build's temporary folder for a leftover.
	unlock, err := lockDir(parent)
	if err != nil {
		return err
	}
	defer unlock()
	left, err := leftovers(outDir)
	if err != nil {
		return err
	}
	for _, dir := range left {
		// RemoveAll removes symbolic links, never what they point to.
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
	}
	tmp, err := os.MkdirTemp(parent, tempPrefix(name))
	if err != nil {
		return err
	}
	err = fillTree(tmp, outDir, write)
	if err == nil {
		// The new tree is on disk before it takes the output's place, and
		// the new name after, so that a power cut leaves the old tree or
		// the new one, as a killed build does.
		err = syncTree(tmp)
	}
	if err == nil {
		err = swapDirs(tmp, outDir)
	}
	if err == nil {
		err = syncDir(parent)
	}
	// After the swap, tmp holds the old output, if there was one.
	if rmErr := os.RemoveAll(tmp); err == nil {
		err = rmErr
	}
	return err
}

// fillTree writes the marker and then the files of a build into dir, the
// temporary folder that will replace outDir.
func fillTree(dir, outDir string, write func(w *treeWriter) error) error {
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	marker := filepath.Join(dir, buildMarker)
	if err := os.WriteFile(marker, []byte(buildMarkerText), 0o644); err != nil {
		return err
	}
	// The marker shows which permissions the umask leaves a new file.
	info, err := os.Lstat(marker)
	if err != nil {
		return err
	}
	w := newTreeWriter(dir)
	if _, err := os.Lstat(filepath.Join(outDir, buildMarker)); err == nil {
		w.previous, w.perm = outDir, info.Mode().Perm()
	}
	return write(w)
}

// treeWriter writes files into a folder, making subfolders as needed. Its
// write method is safe for concurrent use.
//
// When it replaces a previous output, a file whose bytes are those of the
// same file there becomes a second link to it rather than a new file: on
// some file systems creating inodes costs far more than rendering, and an
// unchanged file keeps its modification time, so that tools such as rsync
// deploy only what changed.
type treeWriter struct {
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
	stamps    map[string]fileStamp
	stampTime time.Time
}

func newTreeWriter(dir string) *treeWriter {
	return &treeWriter{dir: dir, made: map[string]bool{}, plain: map[string]bool{".": true}}
}

// write writes content to the slash-separated path name under the folder.
// Its errors are WriteErrors.
func (w *treeWriter) write(name string, content Pieces) error {
	if err := w.writeFile(name, content); err != nil {
		return &WriteError{Err: err}
	}
	return nil
}

func (w *treeWriter) writeFile(name string, content Pieces) error {
	target, err := w.target(name)
	if err != nil {
		return err
	}
	if w.previous != "" && w.plainFolder(path.Dir(name)) {
		if info, ok := w.linkUnchanged(filepath.Join(w.previous, filepath.FromSlash(name)), target, content); ok {
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
	if err := writeFile(target, content); err != nil {
		return err
	}
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

// keep links the slash-separated path name to the same file of the
// previous output when that file still has the stamp a build cache
// recorded for it, and reports whether it did.
func (w *treeWriter) keep(name string, want fileStamp) (bool, error) {
	target, err := w.target(name)
	if err != nil {
		return false, &WriteError{Err: err}
	}
	if w.previous == "" || !w.plainFolder(path.Dir(name)) {
		return false, nil
	}
	old := filepath.Join(w.previous, filepath.FromSlash(name))
	info, err := os.Lstat(old)
	if err != nil || !w.mayShare(info) {
		return false, nil
	}
	if stamp, ok := stampOf(info); !ok || stamp != want || os.Link(old, target) != nil {
		return false, nil
	}
	w.record(name, info)
	return true, nil
}

// target returns the path in the folder of the slash-separated path name,
// and makes the subfolder it goes in.
func (w *treeWriter) target(name string) (string, error) {
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
func (w *treeWriter) record(name string, info fs.FileInfo) {
	if w.stamps == nil {
		return
	}
	if stamp, ok := stampOf(info); ok {
		w.mu.Lock()
		w.stamps[name] = stamp
		w.mu.Unlock()
	}
}

// plainFolder reports whether the slash-separated subfolder sub of the
// previous output, and each folder on the way to it, is a folder and not a
// symbolic link: a build never follows a link out of the output.
func (w *treeWriter) plainFolder(sub string) bool {
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

// writeFile writes content to a new file at path, as os.WriteFile does.
func writeFile(path string, content Pieces) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if len(content) == 1 {
		_, err = f.Write(content[0])
	} else {
		// A list of every event comes in thousands of small pieces.
		buf := bufio.NewWriterSize(f, 64<<10)
		if _, err = content.WriteTo(buf); err == nil {
			err = buf.Flush()
		}
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}

// linkUnchanged links path to old when old is a file this writer could
// have written with content and nothing else links to it, and reports
// whether it did, with what it found at old.
func (w *treeWriter) linkUnchanged(old, path string, content Pieces) (fs.FileInfo, bool) {
	info, err := os.Lstat(old)
	if err != nil || !w.mayShare(info) || info.Size() != int64(content.Len()) {
		return nil, false
	}
	same, err := holds(old, content)
	return info, err == nil && same && os.Link(old, path) == nil
}

// mayShare reports whether the tree may link to the file of the previous
// output that info describes: a regular file with the permissions the
// writer gives its own files, that no other name links to.
func (w *treeWriter) mayShare(info fs.FileInfo) bool {
	return info.Mode().IsRegular() && info.Mode().Perm() == w.perm && soleLink(info)
}

// compareBuffers holds the buffers holds reads files into, a chunk at a
// time.
var compareBuffers = sync.Pool{New: func() any { return new([64 << 10]byte) }}

// holds reports whether the file at path holds exactly content. It reads
// the file a chunk at a time and stops at the first difference.
func holds(path string, content Pieces) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := compareBuffers.Get().(*[64 << 10]byte)
	defer compareBuffers.Put(buf)
	var read []byte // read from the file and not compared yet
	for _, piece := range content {
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

// tempPrefix starts the names of the temporary folders of builds into the
// output folder called name: ".public.tmp-" for "public".
func tempPrefix(name string) string { return "." + name + ".tmp-" }

// leftovers returns the temporary folders that builds into outDir left
// beside it, killed before they finished.
func leftovers(outDir string) ([]string, error) {
	parent, prefix := filepath.Dir(outDir), tempPrefix(filepath.Base(outDir))
	entries, err := os.ReadDir(parent)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var dirs []string
	for _, e := range entries {
		// A prefix, not a glob pattern: the name may hold '*' or '['.
		if strings.HasPrefix(e.Name(), prefix) {
			dirs = append(dirs, filepath.Join(parent, e.Name()))
		}
	}
	return dirs, nil
}

// restoreOutDir puts the old output back when a build was killed in the
// middle of swapByRename, the swap without an atomic exchange: between its
// first two renames the output folder is missing and the old tree waits
// beside it under a temporary name ending in ".old". A build restores it
// before anything else, so that the old output stays if the build fails.
func restoreOutDir(outDir string) error {
	if _, err := os.Lstat(outDir); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	unlock, err := lockDir(filepath.Dir(outDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer unlock()
	// Another build may have published since the first look.
	if _, err := os.Lstat(outDir); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	left, err := leftovers(outDir)
	if err != nil {
		return err
	}
	for _, dir := range left {
		if strings.HasSuffix(dir, oldSuffix) {
			return os.Rename(dir, outDir)
		}
	}
	return nil
}
