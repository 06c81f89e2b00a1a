//go:build !unix

package publish

// lockDir would keep builds that publish beside dir from running at the
// same time. Without flock it locks nothing: run one build at a time into
// an output folder.
func lockDir(string) (unlock func(), err error) { return func() {}, nil }

// syncDir does nothing: a folder cannot be flushed on its own here.
func syncDir(string) error { return nil }

// syncTree does nothing: there is no one call that flushes a file system
// here, and a flush per file would cost more than the build.
func syncTree(string) error { return nil }
