//go:build unix

package importer_test

import (
	"syscall"
	"time"
)

// processCPU returns the processor time the test process has used in
// user code and in the kernel, and whether it can tell.
func processCPU() (user, kernel time.Duration, ok bool) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, 0, false
	}
	return time.Duration(u.Utime.Nano()), time.Duration(u.Stime.Nano()), true
}
