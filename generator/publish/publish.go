// Package publish replaces a build's output folder as a whole: it writes
// the new tree beside it, flushes it to disk and swaps the two in one
// atomic step where the system has one, so that a reader, a build killed
// at any instant or a power cut finds the old tree or the new one, never a
// mix. Builds into one folder take turns. It also refuses output folders a
// build must not replace.
package publish

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/output"
)

// markerText is what the marker file of an output folder says.
const markerText = "This folder is built by timeline; the next build replaces it whole.\n"

// Options say how Publish writes the new tree.
type Options struct {
	// StampTime, when not zero, is the modification time every file the
	// build writes gets, and Publish then records the stamp of every file
	// of the tree (Published.Stamps), for the next build to trust the files
	// that still have theirs. A time before the build began makes any later
	// write change a file's stamp, however coarse the file system's clock.
	StampTime time.Time
}

// Published tells what Publish left in the output folder.
type Published struct {
	// Stamps holds the stamp of every file of the tree but the marker, by
	// slash-separated path, when Options.StampTime is set.
	Stamps map[string]fsutil.Stamp
}

// Publish replaces outDir with the tree fill writes: it builds the tree in
// a sibling temporary folder, flushes it to disk and swaps it with the old
// output, so that a reader, a build killed at any instant or a power cut
// sees the old tree or the new one, never a mix. It first removes what a
// killed build left behind. Builds into one folder publish one at a time
// (lockDir). Call CheckOutDir first.
//
// A failure of the file system (a full disk, a read-only folder) is a
// content.WriteError; what fill returns comes back as it is, and then
// outDir is left as it was.
func Publish(outDir string, opts Options, fill func(w *Tree) error) (*Published, error) {
	w, err := replaceTree(outDir, opts, func(w *Tree) error {
		if err := fill(w); err != nil {
			return &fillError{err}
		}
		return nil
	})
	var filled *fillError
	switch {
	case errors.As(err, &filled):
		return nil, filled.err
	case err != nil:
		return nil, &content.WriteError{Err: err}
	}
	return &Published{Stamps: w.stamps}, nil
}

// fillError carries an error of the fill function of Publish through
// replaceTree, to be told apart from the file system's.
type fillError struct{ err error }

func (e *fillError) Error() string { return e.err.Error() }

// replaceTree is Publish, without telling the errors apart. It returns the
// tree it wrote.
func replaceTree(outDir string, opts Options, fill func(w *Tree) error) (*Tree, error) {
	parent, name := filepath.Dir(outDir), filepath.Base(outDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	// Another build into outDir (a dev server's rebuild, a build by hand)
	// would take this build's temporary folder for a leftover.
	unlock, err := lockDir(parent)
	if err != nil {
		return nil, err
	}
	defer unlock()
	left, err := leftovers(outDir)
	if err != nil {
		return nil, err
	}
	for _, dir := range left {
		// RemoveAll removes symbolic links, never what they point to.
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
	}
	tmp, err := os.MkdirTemp(parent, tempPrefix(name))
	if err != nil {
		return nil, err
	}
	w, err := fillTree(tmp, outDir, opts, fill)
	if err == nil {
		// The new tree is on disk before it takes the output's place, and
		// the new name after, so that a power cut leaves the old tree or
		// the new one, as a killed build does.
		err = w.flush()
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
	return w, err
}

// fillTree writes the marker and then the files of a build into dir, the
// temporary folder that will replace outDir.
func fillTree(dir, outDir string, opts Options, fill func(w *Tree) error) (*Tree, error) {
	if err := os.Chmod(dir, 0o755); err != nil {
		return nil, err
	}
	marker := filepath.Join(dir, output.Marker)
	if err := os.WriteFile(marker, []byte(markerText), 0o644); err != nil {
		return nil, err
	}
	// The marker shows which permissions the umask leaves a new file.
	info, err := os.Lstat(marker)
	if err != nil {
		return nil, err
	}
	w := newTree(dir)
	w.wrote(marker)
	if _, err := os.Lstat(filepath.Join(outDir, output.Marker)); err == nil {
		w.previous, w.perm = outDir, info.Mode().Perm()
	}
	if !opts.StampTime.IsZero() {
		w.stamps, w.stampTime = map[string]fsutil.Stamp{}, opts.StampTime
	}
	return w, fill(w)
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

// Restore puts the old output back when a build was killed in the
// middle of swapByRename, the swap without an atomic exchange: between its
// first two renames the output folder is missing and the old tree waits
// beside it under a temporary name ending in ".old". A build restores it
// before anything else, so that the old output stays if the build fails.
func Restore(outDir string) error {
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
