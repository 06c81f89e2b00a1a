//go:build unix

package generator

import (
	"io/fs"
	"syscall"
)

// soleLink reports whether info describes a file that no other name links
// to, so that a second link to it cannot see changes made elsewhere.
func soleLink(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink == 1
}
