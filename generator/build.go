package generator

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/exeid"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/publish"
	"github.com/natomongolia/timeline/generator/render"
	"github.com/natomongolia/timeline/generator/render/layout"
	"github.com/natomongolia/timeline/generator/store"
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
	// whose fingerprints did not (see store.Disk and store.DefaultDir).
	CacheDir string
	// MediaProgress, when set, is called after each media file processed,
	// with the number done and the number to do.
	MediaProgress func(done, total int)
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
	// OutOfCalendar counts the events the calendar cannot carry: before
	// year 1 or after 9999.
	OutOfCalendar int
	// Warnings are the site's problems that did not stop the build.
	Warnings content.Warnings
	// MediaProcessed counts the media files processed: those the build
	// cache did not hold.
	MediaProcessed int
}

// String is the one-line summary the command prints after a build, such as
// "7 events, 11 files, 4 ms → public/". It says what was left out, and
// why: drafts, and the files that need a base URL at a host's root.
func (r *BuildResult) String() string {
	s := fmt.Sprintf("%d events, %d files, %d ms → %s%c", r.Events, r.Files, r.Duration.Milliseconds(), fsutil.DisplayPath(r.OutDir), filepath.Separator)
	if r.MediaProcessed > 0 {
		s += fmt.Sprintf("; %d media file%s processed", r.MediaProcessed, plural(r.MediaProcessed))
	}
	if r.Drafts > 0 {
		s += fmt.Sprintf("; %d draft%s left out (build with -drafts to include them)", r.Drafts, plural(r.Drafts))
	}
	if r.OutOfCalendar > 0 {
		s += fmt.Sprintf("; %d event%s before year 1 or after 9999 left out of timeline.ics, which cannot carry them", r.OutOfCalendar, plural(r.OutOfCalendar))
	}
	switch {
	case r.BaseURL == "":
		s += "; no baseURL: sitemap.xml and robots.txt skipped"
	case !content.AtHostRoot(r.BaseURL):
		s += "; robots.txt skipped: crawlers read it only at the root of a host (copy its Sitemap: line into " + content.HostRoot(r.BaseURL) + "robots.txt)"
	}
	return s
}

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Build loads, validates and renders the site and replaces the output
// folder with the result. On content errors (content.ContentErrors) or a
// refused output folder (content.UsageError) it writes nothing and the old
// output stays as it was; a failure to write is a content.WriteError.
func Build(opts BuildOptions) (*BuildResult, error) {
	began := time.Now()
	siteDir, outDir, err := resolveDirs(opts.SiteDir, opts.OutDir)
	if err != nil {
		return nil, err
	}
	if err := publish.CheckOutDir(siteDir, outDir); err != nil {
		return nil, err
	}
	if err := publish.Restore(outDir); err != nil {
		return nil, &content.WriteError{Err: err}
	}
	popts := options{Drafts: opts.Drafts, BaseURL: opts.BaseURL, MediaProgress: opts.MediaProgress}
	var disk *store.Disk
	var st incremental
	var pubOpts publish.Options
	if opts.CacheDir != "" {
		if binary, err := executableDigest(); err == nil {
			disk = store.OpenDisk(opts.CacheDir, siteDir, outDir, binary)
			st, pubOpts.StampTime = disk, disk.StampTime()
		}
	}
	// A site with errors, or with layouts that do not parse, writes
	// nothing: not even the output folder.
	b, err := prepare(siteDir, popts, st, nil)
	if err != nil {
		return nil, err
	}
	// Each file goes to disk as soon as it is rendered: the build never
	// holds the whole site in memory.
	published, err := publish.Publish(outDir, pubOpts, func(w *publish.Tree) error {
		return b.emit(treeDestination{w})
	})
	if err != nil {
		return nil, err
	}
	if disk != nil && sameKey(b, popts) {
		// The output is published: a cache that cannot be written only
		// makes the next build slower.
		_ = disk.Save(&store.Build{Key: b.key, Began: began, Loaded: b.loaded, Outputs: b.fingerprints(), Stamps: published.Stamps})
	}
	site := b.loaded.Site
	return &BuildResult{
		Events: len(site.Events), Files: len(b.outputs), Kept: b.kept, Duration: time.Since(began), OutDir: outDir,
		BaseURL: site.Config.BaseURL, Drafts: site.Drafts, Warnings: site.Warnings,
		OutOfCalendar: render.LeftOutOfCalendar(site.Events), MediaProcessed: b.loaded.Media.Processed,
	}, nil
}

// sameKey reports whether the site's config.toml and layouts are still
// what the build b read: when they changed while it ran, its outputs may
// be of either version, and the cache must not vouch for them.
func sameKey(b *built, opts options) bool {
	data, err := os.ReadFile(filepath.Join(b.loaded.Site.Dir, content.ConfigFile))
	if err != nil || sha256.Sum256(data) != b.loaded.Config {
		return false
	}
	layouts, err := layout.Digest(b.loaded.Site.Dir)
	return err == nil && layouts == b.layouts
}

// treeDestination writes a build into the tree that replaces the output
// folder.
type treeDestination struct{ tree *publish.Tree }

func (d treeDestination) Write(name string, data output.Pieces) error {
	return d.tree.Write(name, data)
}

func (d treeDestination) Keep(name string, prev store.Previous) (bool, error) {
	return d.tree.Keep(name, prev.Stamp)
}

// executableDigest identifies the running binary, which holds the default
// layouts and every rule of rendering: a build cache written by another
// binary is not used. It reads the Go build ID (exeid.Digest), not the
// whole binary. Tests replace it.
var executableDigest = sync.OnceValues(func() ([sha256.Size]byte, error) {
	path, err := os.Executable()
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	return exeid.Digest(path)
})

// CheckOptions say how to check a site.
type CheckOptions struct {
	// CacheDir, when set, is the folder of the build cache, whose
	// processed media a check takes and adds to (see BuildOptions).
	CacheDir string
	// MediaProgress, when set, is called after each media file processed.
	MediaProgress func(done, total int)
}

// Check loads and validates the site in siteDir, drafts included, and
// writes nothing. It renders the site as a build with and without drafts
// would, so it also finds the layout and static-file errors a build finds.
func Check(siteDir string) (*content.Site, error) {
	return CheckWith(siteDir, CheckOptions{})
}

// CheckWith is Check with options.
func CheckWith(siteDir string, opts CheckOptions) (*content.Site, error) {
	if siteDir == "" {
		siteDir = "."
	}
	discard := memoryDestination{}
	// The second run takes the first's events and media, processed.
	st, err := newMemory(siteDir, opts.CacheDir)
	if err != nil {
		return nil, err
	}
	b, err := run(siteDir, options{Drafts: true, MediaProgress: opts.MediaProgress}, st, nil, discard)
	if err != nil {
		return nil, err
	}
	if b.loaded.Site.Drafts = countDrafts(b.loaded); b.loaded.Site.Drafts > 0 {
		st.Commit(&store.Build{Key: b.key, Began: time.Now(), Loaded: b.loaded, Outputs: b.fingerprints()})
		if _, err := run(siteDir, options{}, st, nil, discard); err != nil {
			return nil, err
		}
	}
	return b.loaded.Site, nil
}

// newMemory returns a store in memory for builds of the site in siteDir,
// which takes processed media from the build cache in cacheDir, and puts
// them there, when cacheDir is set.
func newMemory(siteDir, cacheDir string) (*store.Memory, error) {
	st := store.NewMemory()
	if cacheDir == "" {
		return st, nil
	}
	binary, err := executableDigest()
	if err != nil {
		return st, nil // no cache: the build is slower, not wrong
	}
	abs, err := filepath.Abs(siteDir)
	if err != nil {
		return nil, err
	}
	st.KeepMediaIn(store.OpenDisk(cacheDir, abs, "", binary))
	return st, nil
}

// countDrafts returns the number of draft events among the files loaded.
func countDrafts(loaded *load.Result) int {
	n := 0
	for _, f := range loaded.Files {
		if f.Event.Draft {
			n++
		}
	}
	return n
}
