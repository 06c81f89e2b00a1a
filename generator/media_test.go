//go:build unix

package generator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// TestBuildCacheKeepsProcessedMedia builds the gallery fixture with the
// build cache in steps: each build gives what a build without the cache
// gives, and only a media file whose bytes are new is processed again:
// not after an event edit, not after a file is touched, not for the same
// files in another site folder.
func TestBuildCacheKeepsProcessedMedia(t *testing.T) {
	site := testsite.Gallery(t)
	cacheDir := t.TempDir()
	opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: cacheDir}
	photo := filepath.Join(site, filepath.FromSlash(testsite.GalleryPhoto))
	steps := []struct {
		name      string
		change    func()
		processed int
	}{
		{"first build", func() {}, 10},
		{"nothing changed", func() {}, 0},
		{"edit an event", func() {
			writeFile(t, filepath.Join(site, "events", "1899-customs-house.toml"), editedEvent("Customs", "1899-04"))
		}, 0},
		{"touch a photograph", func() {
			later := time.Now().Add(time.Minute)
			if err := os.Chtimes(photo, later, later); err != nil {
				t.Fatal(err)
			}
		}, 0},
		{"replace a photograph", func() {
			writeFile(t, photo, string(mediatest.JPEG(mediatest.Photo(800, 600, 7), 85)))
		}, 1},
		{"show the same file from a second event", func() {
			writeFile(t, filepath.Join(site, "events", "1899-customs-house.toml"), editedEvent("Customs", "1899-04")+
				"\n[[media]]\nsrc = \"media/harbour.jpg\"\nalt = \"The bay\"\n")
		}, 0},
		{"remove the media of an event", func() {
			writeFile(t, filepath.Join(site, "events", "1931-documentary.toml"), editedEvent("Documentary", "1931"))
		}, 0},
	}
	for _, s := range steps {
		s.change()
		result := cachedBuild(t, s.name, opts)
		if result.MediaProcessed != s.processed {
			t.Errorf("%s: %d media files processed, want %d", s.name, result.MediaProcessed, s.processed)
		}
	}
	names, err := os.ReadDir(filepath.Join(opts.OutDir, "media"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if strings.HasPrefix(n.Name(), "documentary-still-") {
			t.Errorf("media/%s is left in the output after its event stopped showing it", n.Name())
		}
	}

	// The same files in another site folder are processed already.
	other := testsite.Gallery(t)
	result := testsite.MustBuild(t, generator.BuildOptions{SiteDir: other, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: cacheDir})
	if result.MediaProcessed != 0 {
		t.Errorf("another site with the same media: %d files processed, want 0", result.MediaProcessed)
	}
	if strings.Contains(result.String(), "media file") {
		t.Errorf("summary %q tells of media processing that did not happen", result.String())
	}
}

// TestBuildCacheSurvivesDamagedMedia removes and damages the processed
// media in the cache folder: the next build makes them again, and its
// output is what a build without the cache gives.
func TestBuildCacheSurvivesDamagedMedia(t *testing.T) {
	site := testsite.Gallery(t)
	cacheDir := t.TempDir()
	opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: cacheDir}
	cachedBuild(t, "first build", opts)
	entries, err := os.ReadDir(filepath.Join(cacheDir, "media"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("no processed media in the cache folder: %v", err)
	}
	for i, e := range entries {
		dir := filepath.Join(cacheDir, "media", e.Name())
		switch i % 2 {
		case 0:
			os.RemoveAll(dir)
		case 1:
			os.WriteFile(filepath.Join(dir, "meta.json"), []byte("{not json"), 0o644)
		}
	}
	// A new output folder: nothing can be linked from the last output.
	opts.OutDir = filepath.Join(t.TempDir(), "public")
	result := cachedBuild(t, "after the damage", opts)
	if result.MediaProcessed == 0 {
		t.Errorf("no media processed after the cache lost them")
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
