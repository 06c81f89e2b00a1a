//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// The comparison runs compare-hugo again for the work it does not measure
// itself, so that its own memory does not count as a child's: Linux
// carries the peak memory of a process over exec into the program it
// runs, so a child of a large process reports at least that process's
// peak.
const (
	// mediaPhotosEnv, when set to DIR, makes compare-hugo -media N write
	// the N photographs into DIR, then exit.
	mediaPhotosEnv = "COMPARE_HUGO_MEDIA_PHOTOS"
	// mediaWorkerEnv, when set to "SRC:DST", makes compare-hugo -media
	// the timeline side of the comparison: it processes every .jpg in
	// SRC and writes the variants into DST, then exits.
	mediaWorkerEnv = "COMPARE_HUGO_MEDIA_WORKER"
)

// runMedia compares resizing photographs with package media and with
// Hugo: n photographs of 4000×3000 pixels (JPEG quality 90) resized to
// media.DefaultWidths at JPEG quality 80 with a Catmull-Rom filter, in
// Hugo's first build (its image cache empty) and in a process that calls
// media.ProcessImage on the same files, one per CPU, and writes the
// variants. The two alternate, runs times each.
func runMedia(n, runs int) error {
	if dir := os.Getenv(mediaPhotosEnv); dir != "" {
		_, err := mediatest.WritePhotos(dir, n, 4000, 3000)
		return err
	}
	if job := os.Getenv(mediaWorkerEnv); job != "" {
		src, dst, _ := strings.Cut(job, ":")
		return processPhotos(src, dst)
	}
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		return fmt.Errorf("hugo is not installed: go install github.com/gohugoio/hugo@v0.165.0, with $(go env GOPATH)/bin on the PATH")
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
	site := filepath.Join(work, "hugo")
	photos := filepath.Join(site, "assets", "photos")
	if err := os.MkdirAll(photos, 0o755); err != nil {
		return err
	}
	if _, err := measure([]string{mediaPhotosEnv + "=" + photos}, self, "-media", fmt.Sprint(n)); err != nil {
		return fmt.Errorf("writing the photos: %w", err)
	}
	if err := writeHugoMediaSite(site, filepath.Join(work, "hugo-cache")); err != nil {
		return err
	}
	version, _ := exec.Command(hugo, "version").Output()
	fmt.Printf("media: %d photos of 4000×3000, JPEG quality 90, to widths %v at quality %d, Catmull-Rom; %d CPUs; %s",
		n, media.DefaultWidths, media.DefaultQuality, runtime.GOMAXPROCS(0), version)

	ourOut := filepath.Join(work, "out-timeline")
	worker := []string{mediaWorkerEnv + "=" + photos + ":" + ourOut}
	var ours, theirs []measurement
	for range runs {
		// A first build: no output and no image cache.
		for _, dir := range []string{ourOut, filepath.Join(site, "public"), filepath.Join(site, "resources"), filepath.Join(work, "hugo-cache")} {
			if err := os.RemoveAll(dir); err != nil {
				return err
			}
		}
		o, err := measure(worker, self, "-media", fmt.Sprint(n))
		if err != nil {
			return fmt.Errorf("media: %w", err)
		}
		h, err := measure(nil, hugo, "--quiet", "--source", site)
		if err != nil {
			return fmt.Errorf("hugo: %w", err)
		}
		ours, theirs = append(ours, o), append(theirs, h)
	}
	variants, err := filepath.Glob(filepath.Join(site, "public", "photos", "*.jpg"))
	if err != nil || len(variants) != n*len(media.DefaultWidths) {
		return fmt.Errorf("hugo wrote %d images, want %d", len(variants), n*len(media.DefaultWidths))
	}
	o, h := median(ours), median(theirs)
	fmt.Printf("\nfirst build, %d runs each:\n", runs)
	fmt.Printf("%-10s %12s %15s %12s\n", "", "median wall", "median peak RSS", "per photo")
	perPhoto := func(m measurement) time.Duration { return (m.wall / time.Duration(n)).Round(time.Millisecond) }
	fmt.Printf("%-10s %12s %12d MB %12s\n", "media", o.wall.Round(time.Millisecond), o.maxKB/1024, perPhoto(o))
	fmt.Printf("%-10s %12s %12d MB %12s\n", "hugo", h.wall.Round(time.Millisecond), h.maxKB/1024, perPhoto(h))
	fmt.Printf("ratio      %11.2f× %14.2f×\n", o.wall.Seconds()/h.wall.Seconds(), float64(o.maxKB)/float64(h.maxKB))
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

// processPhotos processes every .jpg in src with media.ProcessImage, one
// per CPU, and writes the variants into dst.
func processPhotos(src, dst string) error {
	paths, err := filepath.Glob(filepath.Join(src, "*.jpg"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	next := make(chan string)
	errs := make(chan error, len(paths))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for path := range next {
				errs <- processPhoto(path, dst)
			}
		})
	}
	for _, p := range paths {
		next <- p
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// processPhoto writes the variants of the image at path into dst.
func processPhoto(path, dst string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	img, err := media.ProcessImage(filepath.Base(path), data, media.Options{})
	if err != nil {
		return err
	}
	for _, v := range img.Variants {
		if err := os.WriteFile(filepath.Join(dst, v.Name), v.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
