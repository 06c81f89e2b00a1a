package exeid_test

import (
	"crypto/sha256"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/exeid"
)

// build writes a small program printing body into dir, compiles it to
// dir/name and returns the binary's path.
func build(t *testing.T, dir, body, name string) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module probe\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { println("+body+") }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	return out
}

// TestDigestFollowsTheBuildID builds two programs, one twice: the same
// code gives the same digest, other code another, and the digest of an
// ELF binary is its build ID's, the one `go tool buildid` prints.
func TestDigestFollowsTheBuildID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("skipped: the build ID is read from ELF notes, on Linux")
	}
	dir := t.TempDir()
	a1 := build(t, dir, `"a"`, "a1")
	a2 := build(t, dir, `"a"`, "a2")
	b := build(t, dir, `"b"`, "b")
	digest := func(path string) [sha256.Size]byte {
		t.Helper()
		d, err := exeid.Digest(path)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if digest(a1) != digest(a2) {
		t.Errorf("two builds of the same code have different digests")
	}
	if digest(a1) == digest(b) {
		t.Errorf("builds of different code have the same digest")
	}
	id, err := exec.Command("go", "tool", "buildid", a1).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(append([]byte("go build id\x00"), strings.TrimSpace(string(id))...))
	if got := digest(a1); got != want {
		t.Errorf("digest is not the SHA-256 of the build ID %q", strings.TrimSpace(string(id)))
	}
}

// TestDigestOfAFileWithoutBuildID hashes the whole file.
func TestDigestOfAFileWithoutBuildID(t *testing.T) {
	path := filepath.Join(t.TempDir(), "script")
	data := []byte("#!/bin/sh\necho hello\n")
	if err := os.WriteFile(path, data, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := exeid.Digest(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != sha256.Sum256(data) {
		t.Errorf("digest of a file with no build ID is not its SHA-256")
	}
}
