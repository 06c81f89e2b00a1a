package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/output"
)

// CheckOutDir refuses output folders a build must not replace: the site
// folder, a folder that holds it, a folder inside its content, and a
// non-empty folder that no build made.
func CheckOutDir(siteDir, outDir string) error {
	refuse := func(why string) error {
		return &content.UsageError{Msg: fmt.Sprintf("refusing to write to %s: %s; choose another -out", fsutil.DisplayPath(outDir), why)}
	}
	// Compare the folders as they are on disk, so that a symbolic link on
	// either path does not hide that one lies in the other.
	realSite, realOut := resolvePath(siteDir), resolvePath(outDir)
	if fsutil.IsWithin(realOut, realSite) {
		return refuse("it is or holds the site folder")
	}
	for _, source := range append(content.SourceFolders, content.ConfigFile) {
		if fsutil.IsWithin(filepath.Join(realSite, source), realOut) {
			return refuse("it lies inside the site's " + source)
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
	if _, err := os.Lstat(filepath.Join(outDir, output.Marker)); err != nil {
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
