//go:build unix && !linux

package publish

import "golang.org/x/sys/unix"

// syncTree flushes to disk what a build wrote into the folder dir. Without
// syncfs(2) it takes sync(2), which flushes every file system: one call,
// not an fsync per file.
func syncTree(string) error {
	unix.Sync()
	return nil
}
