//go:build darwin || freebsd || netbsd

package fsutil

import "syscall"

func ctime(st *syscall.Stat_t) int64 { return st.Ctimespec.Nano() }
