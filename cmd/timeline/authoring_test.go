package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// This file holds the helpers of the tests of serve, new, init, check and
// help.

// runCLI runs the command with args and returns its exit code and output.
func runCLI(tb testing.TB, args ...string) (code int, stdout, stderr string) {
	tb.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// inNewSite makes a site with "timeline init site" in a new temporary
// folder and makes the site the working folder for the rest of the test.
func inNewSite(tb testing.TB) {
	tb.Helper()
	dir := tb.TempDir()
	tb.Chdir(dir)
	if code, _, stderr := runCLI(tb, "init", "site"); code != exitOK {
		tb.Fatalf("timeline init site: exit %d\n%s", code, stderr)
	}
	tb.Chdir(filepath.Join(dir, "site"))
}

func writeTestFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func readTestFile(tb testing.TB, path string) string {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// snapshot returns every path under dir with its content (or its symbolic
// link's target), to tell whether a command wrote anything.
func snapshot(tb testing.TB, dir string) string {
	tb.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		b.WriteString(path + "\n")
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(path)
			b.WriteString("-> " + target + "\n")
			return err
		case !d.IsDir():
			b.WriteString(readTestFile(tb, path) + "\n")
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// syncBuffer is a bytes.Buffer that a running command writes to while a
// test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
