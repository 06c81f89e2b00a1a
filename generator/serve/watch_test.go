package serve

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestEditorFilesMakeNoRebuild writes the files editors leave beside the
// sources (lock files, swap files, backups, vim's probe) and checks that
// the watcher asks for no rebuild for them, then that it does for a real
// edit, naming only that file.
func TestEditorFilesMakeNoRebuild(t *testing.T) {
	site := t.TempDir()
	for _, dir := range []string{"events", "layouts", "static"} {
		if err := os.Mkdir(filepath.Join(site, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	w, err := newWatcher(site)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	rebuilds := make(chan []string, 10)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.run(ctx, 10*time.Millisecond, func(changed []string) { rebuilds <- changed }, t.Logf)

	for _, name := range []string{
		"events/.x.toml.swp", "events/x.toml~", "events/#x.toml#", "events/4913", "events/.hidden.toml",
		"layouts/.index.html.swx", "static/.DS_Store", ".config.toml.swp",
	} {
		if err := os.WriteFile(filepath.Join(site, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("user@host.1:2", filepath.Join(site, "events", ".#x.toml")); err != nil {
		t.Fatal(err)
	}
	select {
	case changed := <-rebuilds:
		t.Fatalf("editors' files made a rebuild for %v", changed)
	case <-time.After(300 * time.Millisecond):
	}
	edit := filepath.Join(site, "events", "x.toml")
	if err := os.WriteFile(edit, []byte("title = 1"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case changed := <-rebuilds:
		if !slices.Equal(changed, []string{edit}) {
			t.Errorf("rebuild for %v, want for %s alone", changed, edit)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no rebuild after an edit of events/x.toml")
	}
}

// TestMediaFilesMakeARebuild watches the media files a build found: a
// change to one makes a rebuild naming it; a change to another file beside
// them makes none.
func TestMediaFilesMakeARebuild(t *testing.T) {
	site := t.TempDir()
	photos := filepath.Join(site, "photos")
	if err := os.Mkdir(photos, 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := newWatcher(site)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	if err := w.watchMedia([]string{"photos/a.jpg"}); err != nil {
		t.Fatal(err)
	}
	rebuilds := make(chan []string, 10)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.run(ctx, 10*time.Millisecond, func(changed []string) { rebuilds <- changed }, t.Logf)

	if err := os.WriteFile(filepath.Join(photos, "notes.psd"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case changed := <-rebuilds:
		t.Fatalf("a file beside the media made a rebuild for %v", changed)
	case <-time.After(300 * time.Millisecond):
	}
	photo := filepath.Join(photos, "a.jpg")
	if err := os.WriteFile(photo, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	select {
	case changed := <-rebuilds:
		if !slices.Equal(changed, []string{photo}) {
			t.Errorf("rebuild for %v, want for %s alone", changed, photo)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no rebuild after a media file changed")
	}
}
