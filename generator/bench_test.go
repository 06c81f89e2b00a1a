package generator_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/corpus"
	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/natomongolia/timeline/generator/internal/parallel"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/publish"
	"github.com/natomongolia/timeline/layouts"
)

// benchCorpus writes a site of n synthetic events into a temporary folder
// of b and returns the folder.
func benchCorpus(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "site")
	if err := corpus.Write(dir, corpus.Options{Events: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkBuild measures a whole build, every output minified and
// written, at 100, 1,000 and 10,000 events, and reports the time per event.
// It builds:
//
//   - out=empty: into an empty folder, without a build cache (a first
//     build);
//   - out=previous: over the output of the same build, without a build
//     cache (unchanged files are kept, but everything is rendered);
//   - cache=cold: into an empty folder with an empty build cache (a first
//     build of the command, which keeps a cache by default);
//   - cache=warm: over the output of the same build, with its build cache
//     (nothing changed: nothing is decoded or rendered);
//   - cache=edit: the same after the title of one event changed (a
//     different event each time).
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		site := benchCorpus(b, n)
		ids := eventIDs(b, site)
		for _, kind := range []string{"out=empty", "out=previous", "cache=cold", "cache=warm", "cache=edit"} {
			b.Run(fmt.Sprintf("events=%d/%s", n, kind), func(b *testing.B) {
				opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(b.TempDir(), "public")}
				if strings.Contains(kind, "cache") {
					opts.CacheDir = b.TempDir()
				}
				build := func() {
					if _, err := generator.Build(opts); err != nil {
						b.Fatal(err)
					}
				}
				fresh := kind == "out=empty" || kind == "cache=cold"
				if !fresh {
					build()
				}
				b.ReportAllocs()
				edit := 0
				for b.Loop() {
					switch kind {
					case "out=empty", "cache=cold":
						b.StopTimer()
						for _, dir := range []string{opts.OutDir, opts.CacheDir} {
							if err := os.RemoveAll(dir); err != nil {
								b.Fatal(err)
							}
						}
						b.StartTimer()
					case "cache=edit":
						b.StopTimer()
						edit++
						retitle(b, filepath.Join(site, "events", ids[edit*997%len(ids)]+".toml"), edit)
						b.StartTimer()
					}
					build()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			})
		}
	}
}

// eventIDs returns the ids of the event files of the site in dir.
func eventIDs(b *testing.B, dir string) []string {
	names, err := filepath.Glob(filepath.Join(dir, "events", "*.toml"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no event files in %s (%v)", dir, err)
	}
	for i, name := range names {
		names[i] = strings.TrimSuffix(filepath.Base(name), ".toml")
	}
	return names
}

// titleLine is the title line of a corpus event file.
var titleLine = regexp.MustCompile(`(?m)^title = ".*"$`)

// retitle gives the event file at path the title "Edit n": a new title
// each time, never a longer one.
func retitle(b *testing.B, path string, n int) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	edited := titleLine.ReplaceAllString(string(data), fmt.Sprintf(`title = "Edit %d"`, n))
	if edited == string(data) {
		b.Fatalf("%s: no title line to edit", path)
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkStage measures each stage of a build of 1,000 and 10,000
// events on its own: load (read, decode, validate, Markdown), render
// (templates, and minifying what layouts do not: feeds and data), minify
// (the minifier's share of load and render: the layouts, every event's
// Markdown HTML, the feeds and data files), write (publish the tree into
// an empty folder) and rewrite (publish it over the same tree).
func BenchmarkStage(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		site := benchCorpus(b, n)
		loaded, err := testsite.Load(site, load.Options{})
		if err != nil {
			b.Fatal(err)
		}
		rendered, err := testsite.Render(loaded)
		if err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(site, "..", fmt.Sprintf("out-%d", n))
		stages := []struct {
			name string
			run  func(b *testing.B) error
		}{
			{"load", func(*testing.B) error { _, err := testsite.Load(site, load.Options{}); return err }},
			{"render", func(*testing.B) error { _, err := testsite.Render(loaded); return err }},
			{"minify", func(*testing.B) error { return minifyAll(loaded, rendered) }},
			{"write", func(b *testing.B) error { return writeTree(b, out, true, rendered) }},
			{"rewrite", func(b *testing.B) error { return writeTree(b, out, false, rendered) }},
		}
		for _, stage := range stages {
			b.Run(fmt.Sprintf("%s/events=%d", stage.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := stage.run(b); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			})
		}
	}
}

// writeTree publishes files to out, into an empty folder if fresh; it
// stops b's timer while it empties the folder.
func writeTree(b *testing.B, out string, fresh bool, files map[string][]byte) error {
	if fresh {
		b.StopTimer()
		if err := os.RemoveAll(out); err != nil {
			return err
		}
		b.StartTimer()
	}
	_, err := publish.Publish(out, publish.Options{}, func(w *publish.Tree) error {
		for name, data := range files {
			if err := w.Write(name, output.Pieces{data}); err != nil {
				return err
			}
		}
		return nil
	})
	return err
}

// minifyAll minifies what a build of the site minifies: its layouts, the
// Markdown HTML of its events, and its files other than pages.
func minifyAll(site *content.Site, files map[string][]byte) error {
	for _, name := range []string{"base.html", "partials.html", "event.html", "index.html", "year.html", "embed.html", "404.html"} {
		data, err := layouts.FS.ReadFile(name)
		if err != nil {
			return err
		}
		if _, err := minify.Template(data); err != nil {
			return err
		}
	}
	_ = parallel.ForEach(len(site.Events), func(i int) error {
		minify.HTML([]byte(site.Events[i].HTML))
		return nil
	})
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			if _, err := minify.File(name, data); err != nil {
				return err
			}
		}
	}
	return nil
}

// BenchmarkSessionUpdate measures what serve does after an edit of a site
// of 1,000 and 10,000 events: after an edit of one event (edit=event),
// decode that file and render again its page, its neighbours' and its
// year's, the index, the embed and the feeds; after an edit of a layout
// (edit=layout), render every file again from the events it holds.
func BenchmarkSessionUpdate(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		site := benchCorpus(b, n)
		for _, kind := range []string{"event", "layout"} {
			b.Run(fmt.Sprintf("events=%d/edit=%s", n, kind), func(b *testing.B) {
				session := generator.NewSession(site, generator.SessionOptions{})
				if _, err := session.Build(); err != nil {
					b.Fatal(err)
				}
				path := filepath.Join(site, "events", session.Site().Events[n/2].ID+".toml")
				if kind == "layout" {
					path = filepath.Join(site, "layouts", "404.html")
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						b.Fatal(err)
					}
				}
				edit := 0
				for b.Loop() {
					edit++
					if kind == "event" {
						retitle(b, path, edit)
					} else if err := os.WriteFile(path, fmt.Appendf(nil, `{{define "main"}}<p>Not found (%d)</p>{{end}}`, edit), 0o644); err != nil {
						b.Fatal(err)
					}
					if _, err := session.Update([]string{path}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
