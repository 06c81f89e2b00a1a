//go:build !linux

package generator

import (
	"errors"
	"io/fs"
	"os"
)

// swapDirs puts the folder next in the place of current, leaving the old
// tree at next. Without an atomic exchange it takes two renames; a build
// killed between them leaves the old tree beside the output, under the
// temporary name the next build cleans up.
func swapDirs(next, current string) error {
	if _, err := os.Lstat(current); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(next, current)
	}
	return swapByRename(next, current)
}
