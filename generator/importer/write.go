package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/natomongolia/timeline/generator/content"
)

// write writes the planned files: config.toml, the media, the events.
// When a write fails, it takes back what it wrote and returns a
// *content.WriteError (a *content.UsageError for a file that appeared
// meanwhile): the site is as it was.
func (r *Result) write(report func(done, total int)) error {
	var w undo
	err := r.writeAll(&w, report)
	if err != nil {
		w.takeBack()
		var usage *content.UsageError
		if !errors.As(err, &usage) {
			err = &content.WriteError{Err: fmt.Errorf("%w; what the import wrote is taken back", err)}
		}
	}
	return err
}

func (r *Result) writeAll(w *undo, report func(done, total int)) error {
	if err := w.mkdirAll(filepath.Join(r.siteDir, "events")); err != nil {
		return err
	}
	if r.Config != nil {
		if err := w.writeFile(*r.Config); err != nil {
			return err
		}
	}
	if len(r.Copies) > 0 {
		if err := w.mkdirAll(filepath.Join(r.siteDir, mediaDir)); err != nil {
			return err
		}
	}
	for _, c := range r.Copies {
		data, err := os.ReadFile(c.From)
		if err != nil {
			return err
		}
		if err := w.writeFile(File{Path: c.To, Data: data}); err != nil {
			return err
		}
	}
	for i, f := range r.Events {
		if err := w.writeFile(f); err != nil {
			return err
		}
		progress(report, i+1, len(r.Events))
	}
	return nil
}

// undo records what an import wrote, to take it back: the folders and
// files it made, and the length config.toml had before it was appended
// to.
type undo struct {
	made     []string // folders and files, in the order made
	appended string   // the file appended to, or ""
	oldSize  int64
}

// mkdirAll makes the folder dir and its parents, recording those made.
func (w *undo) mkdirAll(dir string) error {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		missing = append(missing, d)
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
		w.made = append(w.made, missing[i])
	}
	return nil
}

// writeFile writes a new file, which must not exist, or appends to one.
func (w *undo) writeFile(f File) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if f.Append {
		flags = os.O_WRONLY | os.O_APPEND
	}
	out, err := os.OpenFile(f.Path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &content.UsageError{Msg: fmt.Sprintf("%s appeared while importing: it is left as it was; import again", f.Path)}
	}
	if err != nil {
		return err
	}
	if f.Append {
		info, err := out.Stat()
		if err != nil {
			out.Close()
			return err
		}
		w.appended, w.oldSize = f.Path, info.Size()
	} else {
		w.made = append(w.made, f.Path)
	}
	if _, err := out.Write(f.Data); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// takeBack removes what was made, last first, and cuts the appended file
// back to its old length. It goes on past a failure: it does what it can.
func (w *undo) takeBack() {
	for i := len(w.made) - 1; i >= 0; i-- {
		os.Remove(w.made[i])
	}
	if w.appended != "" {
		os.Truncate(w.appended, w.oldSize)
	}
}
