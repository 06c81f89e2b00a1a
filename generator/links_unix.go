//go:build unix

package generator

import (
	"io/fs"
	"syscall"
)

// soleLink reports whether info describes a file that no other name links
// to: a build shares a file with the output it replaces, never with
// anything else.
func soleLink(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink == 1
}

// stampOf returns the stamp of the file info describes.
func stampOf(info fs.FileInfo) (fileStamp, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStamp{}, false
	}
	return fileStamp{dev: uint64(st.Dev), ino: uint64(st.Ino), size: info.Size(), mtime: info.ModTime().UnixNano()}, true
}
