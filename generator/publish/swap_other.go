//go:build !linux && !darwin

package publish

import (
	"errors"
	"io/fs"
	"os"
)

// swapDirs puts the folder next in the place of current, leaving the old
// tree at next. Without an atomic exchange it takes renames; a build killed
// between them leaves the old tree beside the output, under a temporary
// name, and the next build puts it back (restoreOutDir).
func swapDirs(next, current string) error {
	if _, err := os.Lstat(current); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(next, current)
	}
	return swapByRename(next, current)
}
