package content

import (
	"fmt"
	"sort"
	"strings"
)

// Error is a problem in a site's content, at a place in a file. It prints as
// "path:line:col: message", the form editors jump to; Line and Col are 1-based
// and zero when unknown.
type Error struct {
	Path string
	Line int
	Col  int
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// ContentErrors is every content error of one run, sorted by file and place.
// A build that returns it wrote nothing.
type ContentErrors []*Error

func (errs ContentErrors) Error() string {
	lines := make([]string, len(errs))
	for i, e := range errs {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort sorts the errors by file and place.
func (errs ContentErrors) Sort() {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i], errs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// UsageError is a mistake in how the generator was called, such as an output
// folder it refuses to replace. The command exits with status 2 for it.
type UsageError struct {
	Msg string
}

func (e *UsageError) Error() string { return e.Msg }

// Warnings are the problems of a site that do not stop a build: a build
// prints them and goes on.
type Warnings []*Error

// String returns the warnings one per line, each as
// "path:line:col: warning: message".
func (w Warnings) String() string {
	lines := make([]string, len(w))
	for i, e := range w {
		lines[i] = e.warning()
	}
	return strings.Join(lines, "\n")
}

// warning returns e as a warning: its place, then "warning: " and its message.
func (e *Error) warning() string {
	shown := *e
	shown.Msg = "warning: " + e.Msg
	return shown.Error()
}

// WriteError is a failure to write the output, such as a full disk or a
// folder that cannot be written: the site is fine, the place it goes is
// not. The command exits with status 3 for it.
type WriteError struct {
	Err error
}

func (e *WriteError) Error() string { return "cannot write the output: " + e.Err.Error() }

// Unwrap returns the error of the file system.
func (e *WriteError) Unwrap() error { return e.Err }
