//go:build !unix

package generator

import "io/fs"

// soleLink reports whether info describes a file that no other name links
// to. Without a link count to read, it says no, and builds write every file.
func soleLink(fs.FileInfo) bool { return false }
