// Package generator compiles a timeline site (a config.toml, one TOML file
// per dated event, optional layouts and static files) into a minified,
// self-sufficient static website.
//
// The entry points are Load, which reads and validates a site, Render, which
// turns it into files in memory, and Build, which does both and publishes
// the files to an output folder as a whole.
package generator

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// BuildOptions say what to build and where.
type BuildOptions struct {
	// SiteDir is the site folder; empty means the working folder.
	SiteDir string
	// OutDir is the output folder; empty means SiteDir/public.
	OutDir string
	// Drafts includes draft events.
	Drafts bool
	// BaseURL, when set, overrides the baseURL of config.toml.
	BaseURL string
}

// BuildResult tells what a build wrote.
type BuildResult struct {
	Events   int
	Files    int
	Duration time.Duration
	OutDir   string
}

// String is the one-line summary the command prints after a build, such as
// "7 events, 11 files, 4 ms → public/".
func (r *BuildResult) String() string {
	return fmt.Sprintf("%d events, %d files, %d ms → %s%c", r.Events, r.Files, r.Duration.Milliseconds(), displayPath(r.OutDir), filepath.Separator)
}

// Build loads, validates and renders the site and replaces the output folder
// with the result. On content errors (ContentErrors) or a refused output
// folder (UsageError) it writes nothing and the old output stays as it was.
func Build(opts BuildOptions) (*BuildResult, error) {
	began := time.Now()
	siteDir, outDir, err := resolveDirs(opts.SiteDir, opts.OutDir)
	if err != nil {
		return nil, err
	}
	if err := checkOutDir(siteDir, outDir); err != nil {
		return nil, err
	}
	if err := restoreOutDir(outDir); err != nil {
		return nil, err
	}
	site, err := Load(siteDir, LoadOptions{Drafts: opts.Drafts, BaseURL: opts.BaseURL})
	if err != nil {
		return nil, err
	}
	files, err := Render(site)
	if err != nil {
		return nil, err
	}
	if err := publish(outDir, files); err != nil {
		return nil, err
	}
	return &BuildResult{Events: len(site.Events), Files: len(files), Duration: time.Since(began), OutDir: outDir}, nil
}

// Check loads and validates the site in siteDir, drafts included, and
// writes nothing.
func Check(siteDir string) (*Site, error) {
	if siteDir == "" {
		siteDir = "."
	}
	site, err := Load(siteDir, LoadOptions{Drafts: true})
	if err != nil {
		return nil, err
	}
	// Rendering finds layout errors too.
	if _, err := Render(site); err != nil {
		return nil, err
	}
	return site, nil
}

// Render returns every output file of a loaded site, minified, by
// slash-separated path relative to the output folder. The same site gives
// the same bytes.
func Render(site *Site) (map[string][]byte, error) {
	r, err := newRenderer(site)
	if err != nil {
		return nil, err
	}
	files, err := r.files()
	if err != nil {
		return nil, err
	}
	names := sortedNames(files)
	minified := make([][]byte, len(names))
	err = forEach(len(names), func(i int) error {
		data, err := minifyFile(names[i], files[names[i]])
		if err != nil {
			return fmt.Errorf("minify %s: %w", names[i], err)
		}
		minified[i] = data
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, name := range names {
		files[name] = minified[i]
	}
	if err := addStatic(site.Dir, files); err != nil {
		return nil, err
	}
	return files, nil
}

// addStatic adds the files of the site's static/ folder, as they are.
func addStatic(siteDir string, files map[string][]byte) error {
	root := filepath.Join(siteDir, "static")
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	var errs ContentErrors
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		name := filepath.ToSlash(rel)
		if _, clash := files[name]; clash || name == buildMarker {
			errs = append(errs, &Error{Path: displayPath(path), Msg: fmt.Sprintf("static file would replace the generated %s: rename or remove it", name)})
			return nil
		}
		data, err := readInside(siteDir, path)
		if err != nil {
			errs = append(errs, &Error{Path: displayPath(path), Msg: err.Error()})
			return nil
		}
		files[name] = data
		return nil
	})
	if err != nil {
		return err
	}
	if len(errs) > 0 {
		errs.sort()
		return errs
	}
	return nil
}

// resolveDirs returns the absolute site and output folders.
func resolveDirs(siteDir, outDir string) (string, string, error) {
	if siteDir == "" {
		siteDir = "."
	}
	site, err := filepath.Abs(siteDir)
	if err != nil {
		return "", "", err
	}
	if outDir == "" {
		return site, filepath.Join(site, "public"), nil
	}
	out, err := filepath.Abs(outDir)
	return site, out, err
}

// sortedNames returns the keys of files in order.
func sortedNames(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
