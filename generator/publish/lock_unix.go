//go:build unix

package publish

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

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

// syncDir flushes the folder dir itself to disk: the names in it, such as
// the one a swap just changed.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
