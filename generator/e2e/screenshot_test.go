package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots writes full-page PNGs of every page of every site at
// phone and desktop widths, light and dark, into the folder named by
// TIMELINE_SCREENSHOTS, for people to look at.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("TIMELINE_SCREENSHOTS")
	if dir == "" {
		t.Skip("set TIMELINE_SCREENSHOTS to a folder to write screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	forEachPage(t, func(t *testing.T, s *testSite, page string) {
		for _, width := range []int64{320, 1280} {
			for _, scheme := range []string{"light", "dark"} {
				ctx := openPage(t, s, page, width, 900, scheme)
				png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatalf("screenshot of %s: %v", page, err)
				}
				name := s.name + "-" + strings.NewReplacer("/", "-", ".html", "").Replace(page) + "-" + itoa(int(width)) + "-" + scheme + ".png"
				if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
					t.Fatal(err)
				}
				if len(png) < 8 || string(png[1:4]) != "PNG" {
					t.Errorf("%s is not a PNG", name)
				}
			}
		}
	})
}
