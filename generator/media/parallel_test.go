package media_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// TestDeterministic processes the same files one at a time on one CPU,
// then all at once on four, and wants the same bytes every time.
func TestDeterministic(t *testing.T) {
	inputs := []struct {
		name string
		data []byte
	}{
		{"phone.jpg", mediatest.WithJPEGMetadata(mediatest.JPEG(mediatest.Photo(900, 600, 4), 90), 6)},
		{"drawing.png", encodePNG(t, quadrants(700, 300))},
		{"photo.png", encodePNG(t, mediatest.Photo(700, 500, 5))},
		{"loop.gif", animatedGIF(t)},
		{"photo.webp", readTestdata(t, "photo.webp")},
		{"hostile.svg", []byte(hostileSVG)},
	}
	opts := media.Options{Widths: []int{100, 320, 640}}
	run := func() [][]media.Variant {
		out := make([][]media.Variant, len(inputs))
		var wg sync.WaitGroup
		for i, in := range inputs {
			wg.Go(func() { out[i] = process(t, in.name, in.data, opts).Variants })
		}
		wg.Wait()
		return out
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	first := run()
	runtime.GOMAXPROCS(4)
	for range 2 {
		for i, variants := range run() {
			if len(variants) != len(first[i]) {
				t.Fatalf("%s: got %d variants, then %d", inputs[i].name, len(first[i]), len(variants))
			}
			for j, v := range variants {
				if v.Name != first[i][j].Name || !bytes.Equal(v.Data, first[i][j].Data) {
					t.Errorf("%s: variant %d differs between runs: %s then %s", inputs[i].name, j, first[i][j].Name, v.Name)
				}
			}
		}
	}
}

var (
	photosOnce sync.Once
	photos     []string
	photosErr  error
)

// benchmarkPhotos returns the paths of 50 twelve-megapixel photographs,
// written once per run of the test binary into a temporary folder.
func benchmarkPhotos(b *testing.B) []string {
	b.Helper()
	photosOnce.Do(func() {
		dir, err := os.MkdirTemp("", "media-bench-")
		if err != nil {
			photosErr = err
			return
		}
		photos, photosErr = mediatest.WritePhotos(dir, 50, 4000, 3000)
	})
	if photosErr != nil {
		b.Fatal(photosErr)
	}
	return photos
}

func TestMain(m *testing.M) {
	code := m.Run()
	if len(photos) > 0 {
		os.RemoveAll(filepath.Dir(photos[0]))
	}
	os.Exit(code)
}

// BenchmarkProcessPhotos reads 50 photographs of 4000×3000 pixels (JPEG
// quality 90) and processes them to the default widths, one per CPU, as a
// build does.
func BenchmarkProcessPhotos(b *testing.B) {
	paths := benchmarkPhotos(b)
	b.ReportAllocs()
	for b.Loop() {
		next := make(chan string)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for path := range next {
					data, err := os.ReadFile(path)
					if err != nil {
						b.Error(err)
						continue
					}
					if _, err := media.ProcessImage(filepath.Base(path), data, media.Options{}); err != nil {
						b.Error(err)
					}
				}
			})
		}
		for _, p := range paths {
			next <- p
		}
		close(next)
		wg.Wait()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(len(paths)), "ms/photo")
}
