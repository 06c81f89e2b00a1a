package publish

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// swapDirs puts the folder next in the place of current. When current
// exists the two are exchanged in one atomic step (renameat2 with
// RENAME_EXCHANGE), leaving the old tree at next; otherwise next is renamed.
func swapDirs(next, current string) error {
	if _, err := os.Lstat(current); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(next, current)
	}
	err := unix.Renameat2(unix.AT_FDCWD, next, unix.AT_FDCWD, current, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) {
		return swapByRename(next, current)
	}
	if err != nil {
		return &os.LinkError{Op: "exchange", Old: next, New: current, Err: err}
	}
	return nil
}

// syncTree flushes to disk the file system that holds the folder dir, with
// everything a build wrote into it: one syncfs(2), not an fsync per file.
func syncTree(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return &os.PathError{Op: "syncfs", Path: dir, Err: err}
	}
	return nil
}
