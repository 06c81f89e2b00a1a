package render

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/output"
)

// staticOutputs reads the files of the site's static/ folder, to be copied
// as they are, passing over editors' files. A static file may not take the
// name of a generated one, nor a name that another output has in another
// case (macOS and Windows would keep only one of them), nor the name of a
// Windows device.
func staticOutputs(siteDir string, generated []Output) ([]Output, error) {
	root := filepath.Join(siteDir, content.StaticDir)
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	taken := map[string]string{output.Marker: output.Marker} // by name in lower case
	for _, o := range generated {
		taken[strings.ToLower(o.Name)] = o.Name
	}
	var outs []Output
	var errs content.ContentErrors
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if content.IsEditorFile(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		name := filepath.ToSlash(rel)
		if msg := staticNameProblem(name, taken); msg != "" {
			errs = append(errs, &content.Error{Path: fsutil.DisplayPath(path), Msg: msg})
			return nil
		}
		taken[strings.ToLower(name)] = name
		data, err := fsutil.ReadInside(siteDir, path)
		if err != nil {
			errs = append(errs, &content.Error{Path: fsutil.DisplayPath(path), Msg: err.Error()})
			return nil
		}
		outs = append(outs, Output{Name: name, AsIs: true, render: func() (output.Pieces, error) { return output.Pieces{data}, nil }})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return outs, nil
}

// staticNameProblem says what is wrong with the output name of a static
// file, given the names taken so far by their lower case, or "".
func staticNameProblem(name string, taken map[string]string) string {
	for _, segment := range strings.Split(name, "/") {
		if content.IsDeviceName(segment) {
			return fmt.Sprintf("%q names a device on Windows, where no file may be called so: rename it", segment)
		}
	}
	other, ok := taken[strings.ToLower(name)]
	switch {
	case !ok:
		return ""
	case other == name:
		return fmt.Sprintf("static file would replace the generated %s: rename or remove it", name)
	}
	return fmt.Sprintf("%s and %s differ only in case: on macOS and Windows one would replace the other; rename this one", name, other)
}
