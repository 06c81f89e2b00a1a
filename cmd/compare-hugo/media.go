//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// mediaPhotosEnv, when set to DIR, makes compare-hugo -media N write the N
// photographs into DIR, then exit: in a child process, so that the memory
// it takes does not count as a build's (Linux carries the peak memory of a
// process over exec into the program it runs).
const mediaPhotosEnv = "COMPARE_HUGO_MEDIA_PHOTOS"

// runMedia compares two sites that show n photographs of 4000×3000 pixels
// (12 megapixels, JPEG quality 90), each resized to media.DefaultWidths at
// JPEG quality 80 with a Catmull-Rom filter: a timeline site of n events
// with one photograph each, built by the timeline binary, and a Hugo site
// whose home page resizes the same files. Both are measured on a first
// build (no output, image caches empty) and on two rebuilds with nothing
// changed (their image caches and outputs kept), runs times each,
// alternating.
func runMedia(n, runs int, timelineBin string) error {
	if dir := os.Getenv(mediaPhotosEnv); dir != "" {
		_, err := mediatest.WritePhotos(dir, n, 4000, 3000)
		return err
	}
	hugo, err := hugoPath()
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "compare-hugo-media-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if timelineBin, err = timelineBinary(work, timelineBin); err != nil {
		return err
	}
	hugoSite := filepath.Join(work, "hugo")
	photos := filepath.Join(hugoSite, "assets", "photos")
	if err := os.MkdirAll(photos, 0o755); err != nil {
		return err
	}
	if _, err := measure([]string{mediaPhotosEnv + "=" + photos}, self, "-media", fmt.Sprint(n)); err != nil {
		return fmt.Errorf("writing the photos: %w", err)
	}
	hugoCache := filepath.Join(work, "hugo-cache")
	if err := writeHugoMediaSite(hugoSite, hugoCache); err != nil {
		return err
	}
	site := filepath.Join(work, "site")
	if err := writeTimelineMediaSite(site, photos, n); err != nil {
		return err
	}
	version, _ := exec.Command(hugo, "version").Output()
	fmt.Printf("media: %d photos of 4000×3000, JPEG quality 90, to widths %v at quality %d, Catmull-Rom; %d CPUs; %s",
		n, media.DefaultWidths, media.DefaultQuality, runtime.GOMAXPROCS(0), version)

	ourOut, ourCache := filepath.Join(work, "out-timeline"), filepath.Join(work, "timeline-cache")
	buildOurs := func() (measurement, error) {
		return measure([]string{"TIMELINE_CACHE=" + ourCache}, timelineBin, "build", "-site", site, "-out", ourOut)
	}
	buildHugo := func() (measurement, error) {
		return measure(nil, hugo, "--quiet", "--source", hugoSite)
	}
	var ours, theirs, oursAgain, theirsAgain, oursLater, theirsLater []measurement
	for range runs {
		// A first build: no output and no image cache.
		for _, dir := range []string{ourOut, ourCache, filepath.Join(hugoSite, "public"), filepath.Join(hugoSite, "resources"), hugoCache} {
			if err := os.RemoveAll(dir); err != nil {
				return err
			}
		}
		o, err := buildOurs()
		if err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		h, err := buildHugo()
		if err != nil {
			return fmt.Errorf("hugo: %w", err)
		}
		// A rebuild, nothing changed.
		o2, err := buildOurs()
		if err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		h2, err := buildHugo()
		if err != nil {
			return fmt.Errorf("hugo: %w", err)
		}
		// A rebuild later: the photographs were written just before the
		// first build, too close to it for their stamps to vouch for them
		// then, so the first rebuild reads some again; this one does not.
		o3, err := buildOurs()
		if err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		h3, err := buildHugo()
		if err != nil {
			return fmt.Errorf("hugo: %w", err)
		}
		ours, theirs = append(ours, o), append(theirs, h)
		oursAgain, theirsAgain = append(oursAgain, o2), append(theirsAgain, h2)
		oursLater, theirsLater = append(oursLater, o3), append(theirsLater, h3)
	}
	for dir, want := range map[string]string{filepath.Join(hugoSite, "public", "photos"): "*.jpg", filepath.Join(ourOut, "media"): "*.jpg"} {
		variants, err := filepath.Glob(filepath.Join(dir, want))
		if err != nil || len(variants) != n*len(media.DefaultWidths) {
			return fmt.Errorf("%s holds %d images, want %d", dir, len(variants), n*len(media.DefaultWidths))
		}
	}
	fmt.Printf("\n%d runs each, medians:\n", runs)
	fmt.Printf("%-24s %12s %15s\n", "", "wall", "peak RSS")
	for _, row := range []struct {
		name string
		ms   []measurement
	}{{"timeline first build", ours}, {"hugo first build", theirs}, {"timeline rebuild", oursAgain}, {"hugo rebuild", theirsAgain},
		{"timeline second rebuild", oursLater}, {"hugo second rebuild", theirsLater}} {
		m := median(row.ms)
		fmt.Printf("%-24s %12s %12d MB\n", row.name, m.wall.Round(time.Millisecond), m.maxKB/1024)
	}
	o, h := median(ours), median(theirs)
	fmt.Printf("first build: timeline/hugo %.2f×\n", o.wall.Seconds()/h.wall.Seconds())
	for _, r := range []struct {
		name     string
		ours, hu []measurement
	}{{"rebuild", oursAgain, theirsAgain}, {"second rebuild", oursLater, theirsLater}} {
		o2, h2 := median(r.ours), median(r.hu)
		fmt.Printf("%s: timeline/hugo's first build %.1f%%, timeline/hugo's %s %.2f×\n", r.name, 100*o2.wall.Seconds()/h.wall.Seconds(), r.name, o2.wall.Seconds()/h2.wall.Seconds())
	}
	return nil
}

// writeTimelineMediaSite writes a timeline site of n events, each showing
// one of the photographs in photos (linked, not copied).
func writeTimelineMediaSite(site, photos string, n int) error {
	for _, dir := range []string{"events", "media"} {
		if err := os.MkdirAll(filepath.Join(site, dir), 0o755); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(site, "config.toml"), []byte("title = \"Photographs\"\n"), 0o644); err != nil {
		return err
	}
	for i := range n {
		name := fmt.Sprintf("photo-%02d.jpg", i)
		if err := os.Link(filepath.Join(photos, name), filepath.Join(site, "media", name)); err != nil {
			return err
		}
		event := fmt.Sprintf("title = \"Photograph %d\"\ndate = \"%d\"\nsummary = \"A photograph.\"\n\n[[media]]\nsrc = \"media/%s\"\nalt = \"Photograph %d\"\n", i, 1900+i, name, i)
		if err := os.WriteFile(filepath.Join(site, "events", fmt.Sprintf("photo-%02d.toml", i)), []byte(event), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeHugoMediaSite writes a Hugo site whose home page resizes every
// photo in assets/photos to the same widths, quality and filter.
func writeHugoMediaSite(site, cacheDir string) error {
	var widths []string
	for _, w := range media.DefaultWidths {
		widths = append(widths, fmt.Sprint(w))
	}
	files := map[string]string{
		"hugo.toml": fmt.Sprintf("baseURL = \"https://example.org/\"\ndisableKinds = [\"taxonomy\", \"term\", \"section\", \"sitemap\", \"robotsTXT\", \"404\", \"rss\"]\ncacheDir = %q\n", cacheDir),
		"layouts/home.html": `{{ range resources.Match "photos/*.jpg" }}{{ $img := . }}{{ range slice ` + strings.Join(widths, " ") +
			` }}<img src="{{ ($img.Resize (printf "%dx q` + fmt.Sprint(media.DefaultQuality) + ` CatmullRom" .)).RelPermalink }}">{{ end }}{{ end }}`,
	}
	for name, text := range files {
		path := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
