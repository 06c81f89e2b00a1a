//go:build !unix

package importer_test

import "time"

// processCPU reports that the processor time is not known here.
func processCPU() (user, kernel time.Duration, ok bool) { return 0, 0, false }
