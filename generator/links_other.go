//go:build !unix

package generator

import "io/fs"

// soleLink reports whether info describes a file that no other name links
// to. Without a link count to read, it says no, and builds write every file.
func soleLink(fs.FileInfo) bool { return false }

// stampOf returns the stamp of the file info describes. Without an inode
// number to read, it has none, and a build cache keeps no output file.
func stampOf(fs.FileInfo) (fileStamp, bool) { return fileStamp{}, false }
