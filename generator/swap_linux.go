package generator

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

// lockDir takes an exclusive lock on the folder dir, waiting for it, so
// that one build at a time publishes beside it; unlock releases it. The
// kernel releases it too when the build is killed. On a file system without
// locks, it locks nothing.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	switch {
	case errors.Is(err, unix.ENOLCK) || errors.Is(err, unix.EOPNOTSUPP):
	case err != nil:
		f.Close()
		return nil, &os.PathError{Op: "lock", Path: dir, Err: err}
	}
	// Closing the folder releases the lock.
	return func() { f.Close() }, nil
}
