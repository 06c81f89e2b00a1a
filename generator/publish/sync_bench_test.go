package publish

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSyncTree measures what flushing a freshly written tree to disk
// costs before the swap (syncTree), for the output of 1,000 and 10,000
// events: a 12 KB page per event and the files that list every event, at
// about 4 KB per event. Each iteration writes the tree anew, untimed, then
// times the flush.
func BenchmarkSyncTree(b *testing.B) {
	page := bytes.Repeat([]byte("<p>An event page of about twelve kilobytes.</p>\n"), 250)
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			list := bytes.Repeat([]byte("x"), 800*n)
			for range b.N {
				b.StopTimer()
				dir := filepath.Join(b.TempDir(), "public")
				if err := os.MkdirAll(filepath.Join(dir, "events"), 0o755); err != nil {
					b.Fatal(err)
				}
				for i := range n {
					if err := os.WriteFile(filepath.Join(dir, "events", fmt.Sprintf("e%d.html", i)), page, 0o644); err != nil {
						b.Fatal(err)
					}
				}
				for _, name := range []string{"feed.xml", "timeline.json", "timelinejs.json", "timeline.ics", "sitemap.xml"} {
					if err := os.WriteFile(filepath.Join(dir, name), list, 0o644); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if err := syncTree(dir); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
