package publish

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// swapDirs puts the folder next in the place of current. When current
// exists the two are exchanged in one atomic step (renamex_np with
// RENAME_SWAP), leaving the old tree at next; otherwise next is renamed.
func swapDirs(next, current string) error {
	if _, err := os.Lstat(current); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(next, current)
	}
	err := unix.RenamexNp(next, current, unix.RENAME_SWAP)
	if errors.Is(err, unix.ENOTSUP) || errors.Is(err, unix.EINVAL) {
		return swapByRename(next, current)
	}
	if err != nil {
		return &os.LinkError{Op: "exchange", Old: next, New: current, Err: err}
	}
	return nil
}
