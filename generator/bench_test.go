package generator

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/natomongolia/timeline/generator/corpus"
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
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		site := benchCorpus(b, n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "public")
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Build(BuildOptions{SiteDir: site, OutDir: out}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
		})
	}
}

// BenchmarkStage measures each stage of a build of 1,000 and 10,000
// events on its own: load (read, decode, validate, Markdown), render
// (templates), minify, and write (publish the tree).
func BenchmarkStage(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		site := benchCorpus(b, n)
		loaded, err := Load(site, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		r, err := newRenderer(loaded)
		if err != nil {
			b.Fatal(err)
		}
		rendered, err := r.files(false)
		if err != nil {
			b.Fatal(err)
		}
		minified, err := Render(loaded)
		if err != nil {
			b.Fatal(err)
		}
		stages := []struct {
			name string
			run  func() error
		}{
			{"load", func() error { _, err := Load(site, LoadOptions{}); return err }},
			{"render", func() error { _, err := r.files(false); return err }},
			{"minify", func() error {
				outs := make([]output, 0, len(rendered))
				for name, data := range rendered {
					outs = append(outs, output{name: name, render: func() ([]byte, error) { return data, nil }})
				}
				return render(outs, true, func(string, []byte) error { return nil })
			}},
			{"write", func() error {
				return publish(filepath.Join(site, "..", fmt.Sprintf("out-%d", n)), func(dir string) error {
					w := newTreeWriter(dir)
					for name, data := range minified {
						if err := w.write(name, data); err != nil {
							return err
						}
					}
					return nil
				})
			}},
		}
		for _, stage := range stages {
			b.Run(fmt.Sprintf("%s/events=%d", stage.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := stage.run(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			})
		}
	}
}
