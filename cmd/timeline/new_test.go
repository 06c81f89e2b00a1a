package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestNewWritesADraftThatPassesCheck(t *testing.T) {
	inNewSite(t)
	today := time.Now().Format("2006-01-02")
	for _, tc := range []struct {
		args []string
		path string
	}{
		{[]string{"new", "Hello world"}, "events/" + today + "-hello-world.toml"},
		{[]string{"new", "-date", "2005-12", "Mongolia joins KFOR"}, "events/2005-12-mongolia-joins-kfor.toml"},
		{[]string{"new", "Flags", "after", "-date", "2010", "the title"}, "events/2010-flags-after-the-title.toml"},
		{[]string{"new", "-date=2014-08-01", "--", "-starts with a dash"}, "events/2014-08-01-starts-with-a-dash.toml"},
		{[]string{"new", "-date", "2012", "Ünïcode “quotes” & \"TOML\" \\"}, "events/2012-unicode-quotes-and-toml.toml"},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		if want := filepath.FromSlash(tc.path) + "\n"; code != exitOK || stdout != want || stderr != "" {
			t.Errorf("timeline %s: exit %d, stdout %q, stderr %q; want 0 and %q", strings.Join(tc.args, " "), code, stdout, stderr, want)
		}
	}
	if code, stdout, stderr := runCLI(t, "check"); code != exitOK || stdout != "6 events, no errors\n" {
		t.Errorf("check after new: exit %d\n%s%s", code, stdout, stderr)
	}
	// Drafts stay out of a build, and are in one with -drafts.
	if code, _, stderr := runCLI(t, "build"); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	if index := readTestFile(t, "public/index.html"); strings.Contains(index, "Hello world") {
		t.Error("a new event, a draft, is published by a build without -drafts")
	}
	if code, _, stderr := runCLI(t, "build", "-drafts"); code != exitOK {
		t.Fatalf("build -drafts: exit %d\n%s", code, stderr)
	}
	if index := readTestFile(t, "public/index.html"); !strings.Contains(index, "Hello world") {
		t.Error("build -drafts leaves out the new event")
	}
}

func TestNewInAnotherFolder(t *testing.T) {
	inNewSite(t)
	t.Chdir("..")
	code, stdout, stderr := runCLI(t, "new", "-site", "site", "-date", "2001", "Elsewhere")
	if want := filepath.Join("site", "events", "2001-elsewhere.toml") + "\n"; code != exitOK || stdout != want {
		t.Errorf("new -site site: exit %d, %q %q; want 0 and %q", code, stdout, stderr, want)
	}
}

func TestNewRefuses(t *testing.T) {
	inNewSite(t)
	if code, _, stderr := runCLI(t, "new", "-date", "2001", "Once"); code != exitOK {
		t.Fatalf("new: exit %d\n%s", code, stderr)
	}
	path := filepath.Join("events", "2001-once.toml")
	writeTestFile(t, path, "# my edits\n")
	empty := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"new"}, "give the event's title"},
		{[]string{"new", ""}, "the title is empty"},
		{[]string{"new", "-date", "2001-02-29", "X"}, `impossible date "2001-02-29"`},
		{[]string{"new", "-date", "01/02/2003", "X"}, `-date: bad date "01/02/2003"`},
		{[]string{"new", "-site", empty, "X"}, "has no config.toml (create one with timeline init)"},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("timeline %s: exit %d, stdout %q, stderr %q; want 2 and %q", strings.Join(tc.args, " "), code, stdout, stderr, tc.want)
		}
	}
	code, stdout, stderr := runCLI(t, "new", "-date", "2001", "Once")
	if want := filepath.Join("events", "2001-once-2.toml") + "\n"; code != exitOK || stdout != want {
		t.Errorf("new with a taken name: exit %d, %q %q; want 0 and %q", code, stdout, stderr, want)
	}
	if got := readTestFile(t, path); got != "# my edits\n" {
		t.Errorf("new overwrote %s: %q", path, got)
	}
}

func TestNewWithBrokenConfig(t *testing.T) {
	inNewSite(t)
	writeTestFile(t, "config.toml", readTestFile(t, "config.toml")+"colour = \"red\"\n")
	code, _, stderr := runCLI(t, "new", "X")
	if code != exitContent || !strings.Contains(stderr, `config.toml:`) || !strings.Contains(stderr, `unknown key "colour"`) {
		t.Errorf("new with a broken config: exit %d, %q; want 1 and the config's error", code, stderr)
	}
}
