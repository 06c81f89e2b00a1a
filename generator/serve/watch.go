package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/natomongolia/timeline/generator/content"
)

// sourceDirs are the folders of a site whose changes make a rebuild, with
// every subfolder; config.toml is the one file outside them.
var sourceDirs = []string{"events", "layouts", "static", "i18n"}

// watcher tells when a site's sources change: config.toml and everything
// under events/, layouts/ and static/, including files and folders added
// later and those folders themselves when they appear or go; and the media
// files the events of the last good build show, wherever in the site they
// are. Its methods are called from one goroutine at a time.
type watcher struct {
	siteDir string
	fs      *fsnotify.Watcher
	// media holds the media files watched, by absolute path; mediaDirs
	// the folders watched for them.
	media, mediaDirs map[string]bool
}

func newWatcher(siteDir string) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("cannot watch the site for changes: %w", err)
	}
	w := &watcher{siteDir: siteDir, fs: fw, media: map[string]bool{}, mediaDirs: map[string]bool{}}
	// The site folder itself, for config.toml and for source folders made
	// or removed while serving.
	if err := fw.Add(siteDir); err != nil {
		fw.Close()
		return nil, fmt.Errorf("cannot watch %s: %w", siteDir, err)
	}
	for _, dir := range sourceDirs {
		if err := w.addTree(filepath.Join(siteDir, dir)); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

// addTree watches dir and every folder under it. A missing dir is no error:
// the watch on the site folder sees it appear.
func (w *watcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		if d.IsDir() {
			if err := w.fs.Add(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("cannot watch %s: %w", path, err)
			}
		}
		return nil
	})
}

// watchMedia watches the site's media files, by slash-separated path
// from the site folder, from now on: those a build found (and those still
// watched from before, whose files may come back).
func (w *watcher) watchMedia(paths []string) error {
	for _, p := range paths {
		abs := filepath.Join(w.siteDir, filepath.FromSlash(p))
		w.media[abs] = true
		dir := filepath.Dir(abs)
		if w.mediaDirs[dir] {
			continue
		}
		if err := w.fs.Add(dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("cannot watch %s: %w", dir, err)
		}
		w.mediaDirs[dir] = true
	}
	return nil
}

// isSource reports whether a changed path is one of the site's sources.
func (w *watcher) isSource(path string) bool {
	if !content.IsSourceChange(w.siteDir, path) {
		return false // an editor's file: no rebuild, no reload
	}
	if w.media[path] {
		return true
	}
	if w.mediaDirs[filepath.Dir(path)] && !w.inSourceDir(path) {
		return false // another file beside the media
	}
	if filepath.Dir(path) != w.siteDir {
		return true // inside a source folder: only those are watched
	}
	name := filepath.Base(path)
	if name == "config.toml" {
		return true
	}
	for _, dir := range sourceDirs {
		if name == dir {
			return true
		}
	}
	return false
}

// run calls rebuild once the sources have been quiet for delay after a
// change, with the paths that changed, until ctx is done. The paths are nil
// when a change may have been missed. It reports watch errors through logf.
func (w *watcher) run(ctx context.Context, delay time.Duration, rebuild func(changed []string), logf func(string, ...any)) {
	timer := time.NewTimer(delay)
	timer.Stop()
	changed := map[string]bool{}
	missed := false
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			// A change of mode alone (touch, a virus scanner) changes no content.
			if ev.Op == fsnotify.Chmod || !w.isSource(ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					if err := w.addTree(ev.Name); err != nil {
						logf("%v", err)
					}
					missed = true // files may have come with the folder
				}
			}
			changed[ev.Name] = true
			timer.Reset(delay)
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			// Events may have been lost (a queue overflow): rebuild to be sure.
			logf("watching the site: %v", err)
			missed = true
			timer.Reset(delay)
		case <-timer.C:
			paths := slices.Sorted(maps.Keys(changed))
			if missed || len(paths) == 0 {
				paths = nil
			}
			clear(changed)
			missed = false
			rebuild(paths)
		}
	}
}

// inSourceDir reports whether path lies in one of the source folders, or
// is config.toml.
func (w *watcher) inSourceDir(path string) bool {
	rel, err := filepath.Rel(w.siteDir, path)
	if err != nil {
		return false
	}
	top, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return top == content.ConfigFile || slices.Contains(sourceDirs, top)
}

func (w *watcher) close() error { return w.fs.Close() }
