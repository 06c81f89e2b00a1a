//go:build unix

// Command compare-hugo builds the same synthetic corpus with timeline and
// with Hugo, in alternating runs, and prints the median wall time and peak
// memory of each and their ratios, for five kinds of build: into a new
// folder, and into one removed right before (timeline's build cache empty
// both times: on ext4 the second is slower for both tools, which skip the
// inodes being freed); over the output of the previous
// build, nothing changed, timeline without and with its build cache (Hugo
// writes over its files in place; timeline keeps its unchanged files); and
// after one event's title changed, timeline with its build cache. Hugo
// keeps no cache of rendered pages.
//
//	go run ./cmd/compare-hugo -events 10000 -runs 5
//	go run ./cmd/compare-hugo -events 7 -runs 21      # a site the size of the default one
//
// Hugo v0.165 is what the README's figures were measured against:
// go install github.com/gohugoio/hugo@v0.165.0 puts it in ~/go/bin.
// It needs hugo on the PATH (apt-get install hugo) and a Unix-like system,
// for sync(2) and the peak memory getrusage(2) reports. The Hugo site it writes
// is the closest equivalent of a timeline site: an index listing every event
// with its content, one page per event, an Atom feed and a JSON file, all
// minified.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/natomongolia/timeline/generator/corpus"
	"github.com/natomongolia/timeline/generator/load"
)

func main() {
	events := flag.Int("events", 10000, "number of events in the corpus")
	runs := flag.Int("runs", 5, "builds of each tool")
	timelineBin := flag.String("timeline", "", "the timeline binary to measure (default: build it from this module)")
	photos := flag.Int("media", 0, "compare sites of this many photos, resized, with Hugo instead (see media.go)")
	flag.Parse()
	var err error
	if *photos > 0 {
		err = runMedia(*photos, *runs, *timelineBin)
	} else {
		err = run(*events, *runs, *timelineBin)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare-hugo:", err)
		os.Exit(1)
	}
}

// measurement is one build: its wall time and the peak resident memory of
// the process.
type measurement struct {
	wall  time.Duration
	maxKB int64
}

func run(events, runs int, timelineBin string) error {
	hugo, err := hugoPath()
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "compare-hugo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if timelineBin, err = timelineBinary(work, timelineBin); err != nil {
		return err
	}
	site := filepath.Join(work, "site")
	if err := corpus.Write(site, corpus.Options{Events: events, Seed: 1}); err != nil {
		return err
	}
	hugoSite := filepath.Join(work, "hugo")
	if err := writeHugoSite(site, hugoSite); err != nil {
		return err
	}
	version, _ := exec.Command(hugo, "version").Output()
	fmt.Printf("corpus: %d events; %s", events, version)

	ourOut, hugoOut := filepath.Join(work, "out-timeline"), filepath.Join(work, "out-hugo")
	cacheDir := filepath.Join(work, "cache")
	ids, err := eventIDs(site)
	if err != nil {
		return err
	}
	edits := 0
	for _, c := range buildCases {
		buildBoth := func(ourOut, hugoOut, cacheDir string) (ours, theirs measurement, err error) {
			env := "TIMELINE_CACHE=off"
			if c.cache {
				env = "TIMELINE_CACHE=" + cacheDir
			}
			if ours, err = measure([]string{env}, timelineBin, "build", "-site", site, "-out", ourOut); err != nil {
				return ours, theirs, fmt.Errorf("timeline: %w", err)
			}
			if theirs, err = measure(nil, hugo, "--quiet", "--minify", "--source", hugoSite, "--destination", hugoOut); err != nil {
				return ours, theirs, fmt.Errorf("hugo: %w", err)
			}
			return ours, theirs, nil
		}
		if !c.fresh {
			// The case starts from the output (and cache) of a build
			// like its own, which is not measured.
			if _, _, err := buildBoth(ourOut, hugoOut, cacheDir); err != nil {
				return err
			}
		}
		var ours, theirs []measurement
		var spent []string
		for i := range runs {
			out, theirOut, cache := ourOut, hugoOut, cacheDir
			switch {
			case c.fresh && c.justEmptied:
				// Removing the old outputs is not part of either build,
				// but leaves the file system busy freeing their inodes.
				for _, dir := range []string{ourOut, hugoOut, cacheDir} {
					if err := os.RemoveAll(dir); err != nil {
						return err
					}
				}
			case c.fresh:
				// New folders, on a file system where nothing was just
				// deleted: the old ones go after the case.
				suffix := fmt.Sprintf("-%s-%d", c.key, i)
				out, theirOut, cache = ourOut+suffix, hugoOut+suffix, cacheDir+suffix
				spent = append(spent, out, theirOut, cache)
			}
			if c.edit {
				id := ids[edits*len(ids)/runs%len(ids)]
				edits++
				if err := retitle(filepath.Join(site, "events", id+".toml"), edits); err != nil {
					return err
				}
				if err := retitle(filepath.Join(hugoSite, "content", "events", id+".md"), edits); err != nil {
					return err
				}
			}
			o, h, err := buildBoth(out, theirOut, cache)
			if err != nil {
				return err
			}
			ours, theirs = append(ours, o), append(theirs, h)
		}
		for _, dir := range spent {
			if err := os.RemoveAll(dir); err != nil {
				return err
			}
		}
		o, h := median(ours), median(theirs)
		fmt.Printf("\n%s:\n", c.name)
		fmt.Printf("%-10s %12s %14s\n", "", "median wall", "median peak RSS")
		fmt.Printf("%-10s %12s %11d MB\n", "timeline", o.wall.Round(time.Millisecond), o.maxKB/1024)
		fmt.Printf("%-10s %12s %11d MB\n", "hugo", h.wall.Round(time.Millisecond), h.maxKB/1024)
		fmt.Printf("ratio      %11.2f× %13.2f×\n", o.wall.Seconds()/h.wall.Seconds(), float64(o.maxKB)/float64(h.maxKB))
	}
	return nil
}

// buildCase is a kind of build both tools make in turn.
type buildCase struct {
	name string
	// key names the case's folders.
	key string
	// fresh builds each time into a new output folder, with a new build
	// cache, or with justEmptied into the same ones removed right before,
	// which leaves the file system freeing their inodes; cache lets
	// timeline keep its build cache (as the command does unless
	// TIMELINE_CACHE=off); edit changes the title of one event before
	// each build.
	fresh, justEmptied, cache, edit bool
}

var buildCases = []buildCase{
	{name: "first build: into a new folder, timeline with an empty build cache", key: "new", fresh: true, cache: true},
	{name: "first build: into a folder removed right before, timeline with an empty build cache", key: "emptied", fresh: true, justEmptied: true, cache: true},
	{name: "rebuild with nothing changed, over the previous output, timeline without a build cache"},
	{name: "rebuild with nothing changed, over the previous output, timeline with its build cache", cache: true},
	{name: "rebuild after one event's title changed, timeline with its build cache", cache: true, edit: true},
}

// eventIDs returns the ids of the events of the site in dir.
func eventIDs(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "events", "*.toml"))
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(names))
	for i, name := range names {
		ids[i] = strings.TrimSuffix(filepath.Base(name), ".toml")
	}
	return ids, nil
}

// retitle puts "Edit n: " before the title of the event file at path, in
// TOML front matter or a TOML event file alike.
func retitle(path string, n int) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	edited := strings.Replace(string(data), `title = "`, fmt.Sprintf(`title = "Edit %d: `, n), 1)
	if edited == string(data) {
		return fmt.Errorf("%s has no title to edit", path)
	}
	return os.WriteFile(path, []byte(edited), 0o644)
}

// measure runs a command, with env added to its environment, and returns
// its wall time and peak memory. It first writes back every file the builds
// before it left in memory, so that no build pays for the writes of
// another.
func measure(env []string, name string, args ...string) (measurement, error) {
	syscall.Sync()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	began := time.Now()
	if err := cmd.Run(); err != nil {
		return measurement{}, err
	}
	m := measurement{wall: time.Since(began)}
	if usage, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.maxKB = usage.Maxrss
	}
	return m, nil
}

func median(ms []measurement) measurement {
	walls := make([]time.Duration, len(ms))
	mems := make([]int64, len(ms))
	for i, m := range ms {
		walls[i], mems[i] = m.wall, m.maxKB
	}
	slices.Sort(walls)
	slices.Sort(mems)
	return measurement{wall: walls[len(walls)/2], maxKB: mems[len(mems)/2]}
}

// writeHugoSite writes the Hugo equivalent of the timeline site in src.
func writeHugoSite(src, dst string) error {
	loaded, err := load.Site(src, load.Options{})
	if err != nil {
		return err
	}
	site := loaded.Site
	files := map[string]string{
		"config.toml": `baseURL = "https://example.org/timeline/"
title = "Synthetic timeline"
disableKinds = ["taxonomy", "term", "section", "sitemap", "robotsTXT", "404"]
[outputs]
home = ["HTML", "JSON", "Atom"]
page = ["HTML"]
[mediaTypes."application/atom+xml"]
suffixes = ["xml"]
[outputFormats.Atom]
mediaType = "application/atom+xml"
baseName = "feed"
isPlainText = false
`,
		"layouts/_default/baseof.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>`,
		"layouts/index.html":           `{{ define "main" }}<h1>{{ .Site.Title }}</h1><ol>{{ range .Site.RegularPages.ByDate }}<li><article id="{{ .File.BaseFileName }}"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.summary }}</p>{{ .Content }}</article></li>{{ end }}</ol>{{ end }}`,
		"layouts/_default/single.html": `{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Params.summary }}</p>{{ .Content }}{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}`,
		"layouts/index.json":           `{"title":{{ .Site.Title | jsonify }},"events":[{{ range $i, $p := .Site.RegularPages.ByDate }}{{ if $i }},{{ end }}{"id":{{ $p.File.BaseFileName | jsonify }},"title":{{ $p.Title | jsonify }},"date":{{ $p.Date.Format "2006-01-02" | jsonify }},"summary":{{ $p.Params.summary | jsonify }},"html":{{ $p.Content | jsonify }},"url":{{ $p.RelPermalink | jsonify }}}{{ end }}]}`,
		"layouts/index.atom.xml":       `<feed xmlns="http://www.w3.org/2005/Atom"><title>{{ .Site.Title }}</title><id>{{ .Permalink }}</id><updated>2020-01-01T00:00:00Z</updated>{{ range .Site.RegularPages.ByDate }}<entry><title>{{ .Title }}</title><id>{{ .Permalink }}</id><link href="{{ .Permalink }}"/><updated>{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}</updated><summary>{{ .Params.summary }}</summary><content type="html">{{ .Content | html }}</content></entry>{{ end }}</feed>`,
	}
	for _, e := range site.Events {
		var b strings.Builder
		fmt.Fprintf(&b, "+++\ntitle = %q\ndate = %s\nsummary = %q\ncategories = [%q]\n+++\n%s", e.Title, e.Date.First(), e.Summary, e.Category, e.Body)
		files["content/events/"+e.ID+".md"] = b.String()
	}
	for name, text := range files {
		path := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// hugoPath finds Hugo: on the PATH, or where go install puts it.
func hugoPath() (string, error) {
	if p, err := exec.LookPath("hugo"); err == nil {
		return p, nil
	}
	if home, err := os.UserHomeDir(); err == nil {
		if p := filepath.Join(home, "go", "bin", "hugo"); exec.Command(p, "version").Run() == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("hugo is not installed: go install github.com/gohugoio/hugo@v0.165.0")
}

// timelineBinary returns given, or else a timeline binary built from this
// module into work.
func timelineBinary(work, given string) (string, error) {
	if given != "" {
		return given, nil
	}
	bin := filepath.Join(work, "timeline")
	build := exec.Command("go", "build", "-o", bin, "./cmd/timeline")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return "", fmt.Errorf("building timeline: %w", err)
	}
	return bin, nil
}
