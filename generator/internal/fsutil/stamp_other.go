//go:build !unix

package fsutil

import "io/fs"

// SoleLink reports whether info describes a file that no other name links
// to. Without a link count to read, it says no, and builds write every file.
func SoleLink(fs.FileInfo) bool { return false }

// StampOf returns the stamp of the file info describes. Without an inode
// number to read, it has none, and a build cache keeps no output file.
func StampOf(fs.FileInfo) (Stamp, bool) { return Stamp{}, false }

// SourceStampOf returns the stamp of the source file info describes.
// Without inode numbers it has none, and every source file is read.
func SourceStampOf(fs.FileInfo) (SourceStamp, bool) { return SourceStamp{}, false }
