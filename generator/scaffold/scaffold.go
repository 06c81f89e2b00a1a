// Package scaffold writes the starting files of a timeline site: a whole
// new site (NewSite, for "timeline init") and a new event file (NewEvent,
// for "timeline new"). The files come from templates embedded in the
// binary, and what they write passes "timeline check" as it is.
package scaffold

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/layouts"
)

// site holds the files of a new site, under site/.
//
//go:embed site
var site embed.FS

// SiteOptions say what NewSite writes besides the site itself.
type SiteOptions struct {
	// Layouts also copies the default layouts into the site's layouts/
	// folder, where they override the built-in ones and can be changed.
	Layouts bool
}

// NewSite writes a new site into dir, creating dir when needed: a
// config.toml and an events/ folder with one example event, and with
// opts.Layouts the default layouts. It refuses, with a content.UsageError,
// a dir that already holds a site (a config.toml or an events/ folder) or
// any of the files it would write, and then writes nothing. It returns the
// paths of the files it wrote, in order, each under dir.
func NewSite(dir string, opts SiteOptions) ([]string, error) {
	for _, name := range []string{"config.toml", "events"} {
		if exists(filepath.Join(dir, name)) {
			return nil, &content.UsageError{Msg: fmt.Sprintf("%s already holds a site (it has %s): choose another folder", dir, name)}
		}
	}
	files := map[string][]byte{}
	if err := collect(site, "site", "", files); err != nil {
		return nil, err
	}
	if opts.Layouts {
		if err := collect(layouts.FS, ".", "layouts", files); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if exists(path) {
			return nil, &content.UsageError{Msg: fmt.Sprintf("%s already exists: move it away, or leave out -layouts", path)}
		}
		names = append(names, name)
	}
	slices.Sort(names)
	var written []string
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, err
		}
		if err := writeNew(path, files[name]); err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}

// collect reads every file under root in fsys into files, by
// slash-separated name under prefix.
func collect(fsys fs.FS, root, prefix string, files map[string][]byte) error {
	return fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		rel := name
		if root != "." {
			rel = name[len(root)+1:]
		}
		if prefix != "" {
			rel = prefix + "/" + rel
		}
		files[rel] = data
		return nil
	})
}

// writeNew writes a file that must not exist yet.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &content.UsageError{Msg: fmt.Sprintf("%s already exists: it is left as it was", path)}
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
