package serve_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/corpus"
)

// BenchmarkEditReachesPage measures, with serve running on a site of 1,000
// and 10,000 events, the time from saving an edit of one event to having
// its page, rendered again, in hand: the watcher's wait for more changes,
// the rebuild, the reload message and the request for the page. It reports
// the median as median-ms.
func BenchmarkEditReachesPage(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		dir := filepath.Join(b.TempDir(), "site")
		if err := corpus.Write(dir, corpus.Options{Events: n, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		entries, err := os.ReadDir(filepath.Join(dir, "events"))
		if err != nil {
			b.Fatal(err)
		}
		name := entries[len(entries)/2].Name()
		path := filepath.Join(dir, "events", name)
		original, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		page := "events/" + strings.TrimSuffix(name, ".toml") + ".html"
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			s := start(b, dir)
			ids := reloads(b, s)
			var took []time.Duration
			for b.Loop() {
				title := fmt.Sprintf("Edit %d", len(took))
				began := time.Now()
				writeFile(b, path, strings.Replace(string(original), "title = \"", "title = \""+title+": ", 1))
				nextReload(b, ids, began)
				if _, body := get(b, s.URL()+page); !strings.Contains(body, title) {
					b.Fatalf("%s after the edit lacks %q", page, title)
				}
				took = append(took, time.Since(began))
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "median-ms")
		})
	}
}
