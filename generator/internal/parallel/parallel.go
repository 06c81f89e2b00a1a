// Package parallel runs work on every CPU with results that do not depend
// on scheduling.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// ForEach calls fn for 0 ≤ i < n on as many goroutines as there are CPUs,
// and returns the error of the lowest i that failed, so that the result
// does not depend on scheduling. fn must be safe to call concurrently.
func ForEach(n int, fn func(i int) error) error {
	return ForEachLimit(n, runtime.GOMAXPROCS(0), fn)
}

// ForEachLimit is ForEach on at most limit goroutines: for work that
// takes much memory each, such as decoding a photograph.
func ForEachLimit(n, limit int, fn func(i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), limit, n)
	if workers <= 1 {
		for i := range n {
			if err := fn(i); err != nil {
				return err
			}
		}
		return nil
	}
	errs := make([]error, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				errs[i] = fn(i)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
