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
	"slices"
	"strings"
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
	// CacheDir, when set, is the folder of the build cache: with it a build
	// takes from the last build of the same site into the same output
	// folder the events whose files did not change, and the output files
	// they do not touch (see DefaultCacheDir).
	CacheDir string
}

// BuildResult tells what a build wrote.
type BuildResult struct {
	Events int
	Files  int
	// Kept is the number of files the build cache let the build take from
	// the previous output without rendering them.
	Kept     int
	Duration time.Duration
	OutDir   string
	// BaseURL is the base URL the site was built with, or empty.
	BaseURL string
	// Drafts counts the draft events left out.
	Drafts int
	// Warnings are the site's problems that did not stop the build.
	Warnings Warnings
}

// String is the one-line summary the command prints after a build, such as
// "7 events, 11 files, 4 ms → public/". Without a base URL it says which
// outputs were left out for want of one.
func (r *BuildResult) String() string {
	s := fmt.Sprintf("%d events, %d files, %d ms → %s%c", r.Events, r.Files, r.Duration.Milliseconds(), displayPath(r.OutDir), filepath.Separator)
	if r.Drafts > 0 {
		s += fmt.Sprintf("; %d draft%s left out (build with -drafts to include them)", r.Drafts, plural(r.Drafts))
	}
	switch {
	case r.BaseURL == "":
		s += "; no baseURL: sitemap.xml and robots.txt skipped"
	case !atHostRoot(r.BaseURL):
		s += "; robots.txt skipped: crawlers read it only at the root of a host (copy its Sitemap: line into " + hostRoot(r.BaseURL) + "robots.txt)"
	}
	return s
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
		return nil, &WriteError{Err: err}
	}
	loadOpts := LoadOptions{Drafts: opts.Drafts, BaseURL: opts.BaseURL}
	cache := openBuildCache(opts.CacheDir, siteDir, outDir, loadOpts)
	site, files, err := load(siteDir, loadOpts, cache)
	if err != nil {
		return nil, err
	}
	r, err := newRenderer(site, nil)
	if err != nil {
		return nil, err
	}
	outs, err := siteOutputs(r)
	if err != nil {
		return nil, err
	}
	keep, err := cache.keep(r, files, outs)
	if err != nil {
		return nil, err
	}
	r.lists = cache.listParts(outDir, files, keep != nil)
	var stamps map[string]fileStamp
	var kept int
	// Each file goes to disk as soon as it is rendered: the build never
	// holds the whole site in memory.
	err = publish(outDir, func(w *treeWriter) error {
		if cache != nil {
			w.stamps, w.stampTime = map[string]fileStamp{}, cache.stampTime
			stamps = w.stamps
		}
		rest, err := keepUnchanged(w, outs, keep)
		if err != nil {
			return err
		}
		kept = len(outs) - len(rest)
		return render(rest, w.write)
	})
	if err != nil {
		return nil, err
	}
	// The output is published: a cache that cannot be written only makes
	// the next build slower.
	_ = cache.save(site, files, stamps, r.lists, loadOpts)
	return &BuildResult{
		Events: len(site.Events), Files: len(outs), Kept: kept, Duration: time.Since(began), OutDir: outDir,
		BaseURL: site.Config.BaseURL, Drafts: site.Drafts, Warnings: site.Warnings,
	}, nil
}

// Check loads and validates the site in siteDir, drafts included, and
// writes nothing. It renders the site as a build with and without drafts
// would, so it also finds the layout and static-file errors a build finds.
func Check(siteDir string) (*Site, error) {
	if siteDir == "" {
		siteDir = "."
	}
	site, err := Load(siteDir, LoadOptions{Drafts: true})
	if err != nil {
		return nil, err
	}
	if err := renderNowhere(site); err != nil {
		return nil, err
	}
	published := *site
	published.Events = slices.DeleteFunc(slices.Clone(site.Events), func(e *Event) bool { return e.Draft })
	if len(published.Events) < len(site.Events) {
		if err := renderNowhere(&published); err != nil {
			return nil, err
		}
	}
	return site, nil
}

// keepUnchanged links into the tree of w the files of the previous output
// that keep names with their stamps, and returns the outputs among outs
// that it did not link, to be rendered.
func keepUnchanged(w *treeWriter, outs []output, keep map[string]fileStamp) ([]output, error) {
	if len(keep) == 0 {
		return outs, nil
	}
	kept := make([]bool, len(outs))
	err := forEach(len(outs), func(i int) error {
		stamp, ok := keep[outs[i].name]
		if !ok {
			return nil
		}
		var err error
		kept[i], err = w.keep(outs[i].name, stamp)
		return err
	})
	if err != nil {
		return nil, err
	}
	var rest []output
	for i, o := range outs {
		if !kept[i] {
			rest = append(rest, o)
		}
	}
	return rest, nil
}

// renderNowhere renders and minifies every file of the site and keeps
// none: it finds the errors that only rendering finds.
func renderNowhere(site *Site) error {
	r, err := newRenderer(site, nil)
	if err != nil {
		return err
	}
	outs, err := siteOutputs(r)
	if err != nil {
		return err
	}
	return render(outs, func(string, Pieces) error { return nil })
}

// Render returns every output file of a loaded site, minified, by
// slash-separated path relative to the output folder. The same site gives
// the same bytes.
func Render(site *Site) (map[string][]byte, error) {
	files, err := renderWith(site, nil)
	if err != nil {
		return nil, err
	}
	joined := make(map[string][]byte, len(files))
	for name, content := range files {
		joined[name] = content.Bytes()
	}
	return joined, nil
}

// renderWith renders every output file of a loaded site in pieces. In a
// session it keeps the layouts parsed and the events' parts of the files
// that list them in s, and takes them from there; s is nil outside one.
func renderWith(site *Site, s *Session) (map[string]Pieces, error) {
	r, err := s.newRenderer(site)
	if err != nil {
		return nil, err
	}
	outs, err := siteOutputs(r)
	if err != nil {
		return nil, err
	}
	return renderToMemory(outs)
}

// siteOutputs returns every file of r's site: the rendered ones and those
// of its static/ folder.
func siteOutputs(r *renderer) ([]output, error) {
	outs, err := r.outputs()
	if err != nil {
		return nil, err
	}
	static, err := staticOutputs(r.site.Dir, outs)
	if err != nil {
		return nil, err
	}
	return append(outs, static...), nil
}

// staticOutputs reads the files of the site's static/ folder, to be copied
// as they are, passing over editors' files. A static file may not take the
// name of a generated one, nor a name that another output has in another
// case (macOS and Windows would keep only one of them), nor the name of a
// Windows device.
func staticOutputs(siteDir string, generated []output) ([]output, error) {
	root := filepath.Join(siteDir, "static")
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	taken := map[string]string{buildMarker: buildMarker} // by name in lower case
	for _, o := range generated {
		taken[strings.ToLower(o.name)] = o.name
	}
	var outs []output
	var errs ContentErrors
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if IsEditorFile(d.Name()) {
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
			errs = append(errs, &Error{Path: displayPath(path), Msg: msg})
			return nil
		}
		taken[strings.ToLower(name)] = name
		data, err := readInside(siteDir, path)
		if err != nil {
			errs = append(errs, &Error{Path: displayPath(path), Msg: err.Error()})
			return nil
		}
		outs = append(outs, output{name: name, asIs: true, render: func() ([]byte, error) { return data, nil }})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		errs.sort()
		return nil, errs
	}
	return outs, nil
}

// staticNameProblem says what is wrong with the output name of a static
// file, given the names taken so far by their lower case, or "".
func staticNameProblem(name string, taken map[string]string) string {
	for _, segment := range strings.Split(name, "/") {
		if isDeviceName(segment) {
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

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
