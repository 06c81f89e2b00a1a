//go:build unix

package fsutil

import (
	"io/fs"
	"syscall"
)

// SoleLink reports whether info describes a file that no other name links
// to: a build shares a file with the output it replaces, never with
// anything else.
func SoleLink(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink == 1
}

// StampOf returns the stamp of the file info describes.
func StampOf(info fs.FileInfo) (Stamp, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return Stamp{}, false
	}
	return Stamp{Dev: uint64(st.Dev), Ino: uint64(st.Ino), Size: info.Size(), Mtime: info.ModTime().UnixNano()}, true
}

// SourceStampOf returns the stamp of the source file info describes.
func SourceStampOf(info fs.FileInfo) (SourceStamp, bool) {
	stamp, ok := StampOf(info)
	if !ok {
		return SourceStamp{}, false
	}
	st := info.Sys().(*syscall.Stat_t)
	return SourceStamp{Stamp: stamp, Ctime: ctime(st)}, true
}
