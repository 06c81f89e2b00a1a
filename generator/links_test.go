//go:build unix

package generator_test

import (
	"maps"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// fileID returns the inode and link count of the file at path.
func fileID(t *testing.T, path string) (inode uint64, links uint64) {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	return uint64(st.Ino), uint64(st.Nlink)
}

// tamper changes a bit in the middle of the file at path, in place: the
// same size, other bytes.
func tamper(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 1
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRebuildKeepsOnlyFilesItCanTrust checks that a build replacing an
// earlier output keeps the files whose bytes did not change (the same inode,
// so no new file and an unchanged modification time), and writes afresh
// every file it cannot trust: one whose bytes differ though its size is
// the same, one linked from elsewhere, one whose permissions were changed.
// Whatever it keeps, the output is byte for byte what a fresh build writes.
func TestRebuildKeepsOnlyFilesItCanTrust(t *testing.T) {
	site := testsite.New(t, map[string]string{
		"events/a.toml": testsite.EventTOML("Tampered with", `date = "2005"`),
		"events/b.toml": testsite.EventTOML("Untouched", `date = "2006"`),
		"events/c.toml": testsite.EventTOML("Linked from elsewhere", `date = "2007"`),
		"events/d.toml": testsite.EventTOML("Edited", `date = "2004"`),
	})
	out := filepath.Join(t.TempDir(), "public")
	build := func(out string) {
		t.Helper()
		if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
			t.Fatal(err)
		}
	}
	build(out)
	path := func(name string) string { return filepath.Join(out, filepath.FromSlash(name)) }
	beforeBytes := testsite.ReadTree(t, out)
	before := map[string]uint64{}
	for name := range beforeBytes {
		before[name], _ = fileID(t, path(name))
	}

	tamper(t, path("events/a.html"))
	elsewhere := filepath.Join(t.TempDir(), "c.html")
	if err := os.Link(path("events/c.html"), elsewhere); err != nil {
		t.Fatal(err)
	}
	elsewhereBytes, err := os.ReadFile(elsewhere)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path("404.html"), 0o600); err != nil {
		t.Fatal(err)
	}
	testsite.Write(t, site, map[string]string{"events/d.toml": testsite.EventTOML("Edited again", `date = "2004"`)})

	build(out)
	fresh := filepath.Join(t.TempDir(), "public")
	build(fresh)
	after := testsite.ReadTree(t, out)
	if want := testsite.ReadTree(t, fresh); !maps.EqualFunc(after, want, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Fatalf("the rebuilt output differs from a fresh build:\n%s", treeDiff(after, want))
	}
	untrusted := map[string]bool{
		"events/a.html":   true, // its bytes differ
		"events/c.html":   true, // another name links to it
		"404.html":        true, // its permissions differ
		".timeline-build": true, // written first, to learn the permissions of new files
	}
	for name, inode := range before {
		now, links := fileID(t, path(name))
		if links != 1 {
			t.Errorf("%s has %d links after the build, want 1: the old output should be gone", name, links)
		}
		unchanged := string(after[name]) == string(beforeBytes[name])
		switch {
		case (untrusted[name] || !unchanged) && now == inode:
			t.Errorf("%s is the file of the old output, want a new one", name)
		case !untrusted[name] && unchanged && now != inode:
			t.Errorf("%s is a new file, want the unchanged file of the old output", name)
		}
	}
	if inode, _ := fileID(t, path("events/b.html")); inode != before["events/b.html"] {
		t.Error("events/b.html, whose event and neighbours did not change, is a new file")
	}
	if info, err := os.Stat(path("404.html")); err != nil || info.Mode().Perm() == 0o600 {
		t.Errorf("404.html keeps the permissions changed by hand (%v, %v)", info.Mode(), err)
	}
	if got, err := os.ReadFile(elsewhere); err != nil || string(got) != string(elsewhereBytes) {
		t.Errorf("the build changed a file linked from outside the output (%v)", err)
	}
}

// treeDiff names the files that two trees do not share byte for byte.
func treeDiff(got, want map[string][]byte) string {
	s := ""
	for name := range maps.Keys(want) {
		if string(got[name]) != string(want[name]) {
			s += "  " + name + "\n"
		}
	}
	for name := range maps.Keys(got) {
		if _, ok := want[name]; !ok {
			s += "  extra " + name + "\n"
		}
	}
	return s
}

// TestRebuildNeverLinksThroughALink checks that a build does not keep a
// file of the previous output that it reaches through a symbolic link out
// of the output folder, even one with the very bytes it would write.
func TestRebuildNeverLinksThroughALink(t *testing.T) {
	site := testsite.New(t, map[string]string{"events/a.toml": testsite.EventTOML("An event", `date = "2005"`)})
	out := filepath.Join(t.TempDir(), "public")
	build := func() {
		t.Helper()
		if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
			t.Fatal(err)
		}
	}
	build()
	// Move the events folder out and leave a link to it in its place.
	outside := filepath.Join(t.TempDir(), "events")
	if err := os.Rename(filepath.Join(out, "events"), outside); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(out, "events")); err != nil {
		t.Fatal(err)
	}
	build()
	if _, links := fileID(t, filepath.Join(outside, "a.html")); links != 1 {
		t.Errorf("the file outside the output has %d links after the build, want 1: the build linked it", links)
	}
	if info, err := os.Lstat(filepath.Join(out, "events")); err != nil || !info.IsDir() {
		t.Errorf("events in the new output is not a folder (%v)", err)
	}
}
