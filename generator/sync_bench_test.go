package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/natomongolia/timeline/generator/corpus"
)

// BenchmarkSyncTree measures what flushing a freshly built tree to disk
// costs before the swap (syncTree), at 1,000 and 10,000 events: each
// iteration writes the site's files anew, untimed, then times the flush.
func BenchmarkSyncTree(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			site := b.TempDir()
			if err := corpus.Write(site, corpus.Options{Events: n, Seed: 1}); err != nil {
				b.Fatal(err)
			}
			loaded, err := Load(site, LoadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			files, err := Render(loaded)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				dir := filepath.Join(b.TempDir(), "public")
				for name, data := range files {
					path := filepath.Join(dir, filepath.FromSlash(name))
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						b.Fatal(err)
					}
					if err := os.WriteFile(path, data, 0o644); err != nil {
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
