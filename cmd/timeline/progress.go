package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progressLine returns a progress report that shows, on stderr when it is
// a terminal and once the work has taken a second, how much is done, as
// format says with the number done and the number to do, on one line it
// clears at the end; else nil.
func progressLine(stderr io.Writer, format string) func(done, total int) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	began := time.Now()
	var shown time.Time
	return func(done, total int) {
		now := time.Now()
		if now.Sub(began) < time.Second || done < total && now.Sub(shown) < 100*time.Millisecond {
			return
		}
		shown = now
		fmt.Fprintf(f, "\r"+format, done, total)
		if done == total {
			fmt.Fprint(f, "\r\033[K")
		}
	}
}
