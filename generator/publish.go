package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
	if isWithin(outDir, siteDir) {
		return refuse("it is or holds the site folder")
	}
	for _, content := range []string{"events", "layouts", "static", "config.toml"} {
		if isWithin(filepath.Join(siteDir, content), outDir) {
			return refuse("it lies inside the site's " + content)
		}
	}
	info, err := os.Lstat(outDir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
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

// publish writes files into outDir as a whole: it builds them in a sibling
// temporary folder, then swaps that folder with the old output, so that a
// reader (or a build killed at any instant) sees the old tree or the new
// one, never a mix. It first removes what a killed build left behind.
func publish(outDir string, write func(dir string) error) error {
	parent, name := filepath.Dir(outDir), filepath.Base(outDir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	// Match the names by prefix, not by a glob pattern: the output's name
	// may hold glob characters such as "[".
	prefix := "." + name + ".tmp-"
	siblings, err := os.ReadDir(parent)
	if err != nil {
		return err
	}
	for _, entry := range siblings {
		if strings.HasPrefix(entry.Name(), prefix) {
			if err := os.RemoveAll(filepath.Join(parent, entry.Name())); err != nil {
				return err
			}
		}
	}
	tmp, err := os.MkdirTemp(parent, prefix)
	if err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	err = write(tmp)
	if err == nil {
		err = os.WriteFile(filepath.Join(tmp, buildMarker), []byte(buildMarkerText), 0o644)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swapDirs(tmp, outDir); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	// tmp now holds the old output, if there was one.
	return os.RemoveAll(tmp)
}

// treeWriter writes files into a folder, making subfolders as needed. Its
// write method is safe for concurrent use.
type treeWriter struct {
	dir  string
	mu   sync.Mutex
	made map[string]bool // the subfolders made so far
}

func newTreeWriter(dir string) *treeWriter {
	return &treeWriter{dir: dir, made: map[string]bool{}}
}

// write writes data to the slash-separated path name under the folder.
func (w *treeWriter) write(name string, data []byte) error {
	if !fs.ValidPath(name) || name == "." {
		return fmt.Errorf("bad output path %q", name)
	}
	path := filepath.Join(w.dir, filepath.FromSlash(name))
	sub := filepath.Dir(path)
	w.mu.Lock()
	if !w.made[sub] {
		if err := os.MkdirAll(sub, 0o755); err != nil {
			w.mu.Unlock()
			return err
		}
		w.made[sub] = true
	}
	w.mu.Unlock()
	return os.WriteFile(path, data, 0o644)
}
