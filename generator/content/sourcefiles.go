package content

import (
	"path/filepath"
	"strings"
)

// Editors and operating systems leave files of their own beside the ones a
// person writes: lock files and autosaves (Emacs ".#x.toml", "#x.toml#"),
// backups ("x.toml~"), swap files and probes (vim ".x.toml.swp", "4913"),
// the temporary files of atomic saves, and folder metadata (".DS_Store",
// "Thumbs.db"). None of them is part of a site: a build, a check and serve
// pass over them without a word, wherever they are.

// IsEditorFile reports whether the file called name (a base name) is one an
// editor or the system keeps beside a site's sources, never a source
// itself. Other dot-files are not editor files: static/.nojekyll and
// static/.well-known/ are copied like any static file.
func IsEditorFile(name string) bool {
	lower := strings.ToLower(name)
	switch {
	case name == "" || name == "." || name == "..":
		return false
	case strings.HasPrefix(name, ".#"), // Emacs lock file, often a dangling link
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"), // Emacs autosave
		strings.HasSuffix(name, "~"),                                 // backup
		strings.HasPrefix(name, "._"),                                // macOS resource fork
		strings.HasPrefix(name, ".~lock."),                           // LibreOffice lock
		strings.HasPrefix(name, ".goutputstream-"),                   // GNOME atomic save
		isVimProbe(name):
		return true
	}
	switch lower {
	case ".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory":
		return true
	}
	for _, suffix := range editorSuffixes {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

// editorSuffixes end the names of swap files and of the temporary files of
// atomic saves.
var editorSuffixes = []string{
	".swp", ".swo", ".swx", ".swn", // vim
	".tmp", ".temp", ".part", ".crswap", ".kate-swp",
	"___jb_tmp___", "___jb_old___", // JetBrains
}

// isVimProbe reports whether name is the file vim writes to learn whether
// it may create files in a folder: "4913", then 4913 + 123·k when taken.
func isVimProbe(name string) bool {
	if len(name) < 4 || len(name) > 6 {
		return false
	}
	n := 0
	for _, c := range name {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n >= 4913 && (n-4913)%123 == 0
}

// EventFileKind says what a file under events/ is to a build.
type EventFileKind int

const (
	// NotAnEvent is a file the build passes over without a word: an
	// editor's file, or a file of another kind (notes.md, a photo).
	NotAnEvent EventFileKind = iota
	// AnEvent is an event file: events/<id>.toml.
	AnEvent
	// Lookalike is a file that a person may have meant as an event but
	// that the build does not read, such as events/x.TOML or
	// events/2005/x.toml: a build warns about each.
	Lookalike
)

// ClassifyEventFile tells what the file at rel, a slash-separated path
// relative to events/, is to a build.
func ClassifyEventFile(rel string) EventFileKind {
	name := rel[strings.LastIndexByte(rel, '/')+1:]
	if IsEditorFile(name) || strings.HasPrefix(name, ".") {
		return NotAnEvent
	}
	ext := filepath.Ext(name)
	switch {
	case !strings.EqualFold(ext, ".toml"):
		return NotAnEvent
	case ext == ".toml" && !strings.Contains(rel, "/"):
		return AnEvent
	}
	return Lookalike
}

// IsEventFile reports whether the file at path, in the site in siteDir, is
// an event file that a build reads: events/<name>.toml, not an editor's
// file.
func IsEventFile(siteDir, path string) bool {
	rel, err := filepath.Rel(filepath.Join(siteDir, EventsDir), path)
	return err == nil && !strings.HasPrefix(rel, "..") && ClassifyEventFile(filepath.ToSlash(rel)) == AnEvent
}

// IsSourceChange reports whether a change to the file at path, in the site
// in siteDir, may change what the site builds to: false for an editor's
// file anywhere in the site, and for a dot-file under events/.
func IsSourceChange(siteDir, path string) bool {
	name := filepath.Base(path)
	if IsEditorFile(name) {
		return false
	}
	rel, err := filepath.Rel(filepath.Join(siteDir, EventsDir), path)
	if err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
		return !strings.HasPrefix(name, ".")
	}
	return true
}
