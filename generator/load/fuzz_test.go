package load_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// errorForm is the form of every content error: "path:line:col: message",
// "path:line: message" or "path: message".
var errorForm = regexp.MustCompile(`^(.+?)(:[1-9][0-9]*(:[1-9][0-9]*)?)?: \S`)

// FuzzDecodeEvent loads a site whose one event file is the fuzzed text. It
// checks that loading never panics or hangs, that it returns content errors
// or an event, and that every error names the file, a place inside it, and
// a message.
func FuzzDecodeEvent(f *testing.F) {
	f.Add(`title = "Mongolia joins KFOR"
date = "2005-12"
end = 2007-03-01
summary = "Mongolia took part in KFOR."
category = "operations"
tags = ["kfor"]
body = """
Peace-support *operations*, [a link](https://example.org).
"""

[[sources]]
title = "Relations with Mongolia"
url = "https://www.nato.int/cps/en/natohq/topics_85297.htm"
`)
	// The forms of EDTF Level 1 a date may take.
	for _, date := range []string{"-0499~", "500 BCE", "Y-170000002", "201X", "19XX", "2001-21", "1984?/2004-06~", "1985/..", "1985/", "2004-XX", "1985-04-XX"} {
		f.Add("title = \"T\"\ndate = \"" + date + "\"\nsummary = \"S\"\ndisplay = \"about then\"\n")
	}
	// More seeds, with every kind of error, are in
	// testdata/fuzz/FuzzDecodeEvent.
	dir := f.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"Fuzz\"\n[[categories]]\nid = \"operations\"\nlabel = \"Operations\"\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "events"), 0o755); err != nil {
		f.Fatal(err)
	}
	path := filepath.Join(dir, "events", "2005-12-fuzz.toml")
	f.Fuzz(func(t *testing.T, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		site, err := testsite.Load(dir, load.Options{Drafts: true})
		var errs content.ContentErrors
		switch {
		case err == nil:
			if len(site.Events) != 1 {
				t.Fatalf("Load: got %d events and no error, want 1", len(site.Events))
			}
			return
		case !errors.As(err, &errs):
			t.Fatalf("Load: got error %v (%T), want content errors", err, err)
		}
		lines := strings.Split(text, "\n")
		for _, e := range errs {
			if e.Path != path && !strings.HasSuffix(path, string(filepath.Separator)+e.Path) {
				t.Errorf("error %q: got path %q, want the event file %q", e, e.Path, path)
			}
			if !errorForm.MatchString(e.Error()) || e.Msg == "" || strings.Contains(e.Msg, "\n") {
				t.Errorf("error %q: want the form path:line:col: message on one line", e)
			}
			if e.Line < 0 || e.Col < 0 || e.Line == 0 && e.Col != 0 || e.Line > len(lines) {
				t.Errorf("error %q: got line %d, column %d, want a place in the file's %d lines", e, e.Line, e.Col, len(lines))
			}
		}
	})
}
