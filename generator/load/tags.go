package load

import (
	"fmt"
	"path/filepath"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/tomlpos"
	"github.com/natomongolia/timeline/generator/tags"
)

// checkTags returns an error for each tag of the events in files (in the
// order of their names, drafts too) that has no text, or that an earlier
// tag writes another way (tags.Key): "nato" after "NATO". Each tag has a
// page, and one tag written two ways would get two. The error stands at
// the later tag, in the file of the site in dir.
func checkTags(dir string, files []File) content.ContentErrors {
	type first struct{ name, file string }
	seen := map[string]first{}
	var errs content.ContentErrors
	for _, f := range files {
		if f.Event.Lang != "" {
			continue
		}
		for i, name := range f.Event.Tags {
			key := tags.Key(name)
			var msg string
			switch earlier, ok := seen[key]; {
			case key == "":
				msg = fmt.Sprintf("tag %q has no text: remove it from tags, or give the tag a name", name)
			case !ok:
				seen[key] = first{name, f.Name}
				continue
			case earlier.name == name:
				continue
			case earlier.file == f.Name:
				msg = fmt.Sprintf("tag %q is %q, earlier in this file, written another way: tags that differ only in case, spaces or hyphens are one tag, with one page; write %q", name, earlier.name, earlier.name)
			default:
				msg = fmt.Sprintf("tag %q is %q of %s written another way: tags that differ only in case, spaces or hyphens are one tag, with one page; write %q", name, earlier.name, fsutil.DisplayPath(filepath.Join(dir, content.EventsDir, earlier.file)), earlier.name)
			}
			errs = append(errs, tagError(dir, f.Name, i, msg))
		}
	}
	return errs
}

// tagError returns an error at the ith tag of the event file name of the
// site in dir. The event may come from the cache, its file not read by
// this build: the error reads it for the place.
func tagError(dir, name string, i int, msg string) *content.Error {
	path := filepath.Join(dir, content.EventsDir, name)
	e := &content.Error{Path: fsutil.DisplayPath(path), Msg: msg}
	data, err := fsutil.ReadInside(dir, path)
	if err != nil {
		return e
	}
	src := string(data)
	pos := tomlpos.New(src).Key("tags", 0)
	e.Line, e.Col = pos.Line, pos.ValueCol
	if line, col, ok := tomlpos.Element(src, pos, i); ok {
		e.Line, e.Col = line, col
	}
	return e
}
