package search_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/search"
)

// maxIndexPart is the limit of issue 19 on the index: at most a quarter
// of the events' text, both gzipped.
const maxIndexPart = 0.25

// TestIndexSizeAtScale builds the index of synthetic sites of 2,000 and
// 10,000 events: gzipped, it must be at most a quarter of the events'
// text gzipped. It logs the sizes.
func TestIndexSizeAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: it writes and loads 12,000 events")
	}
	for _, n := range []int{2000, 10000} {
		t.Run("events="+itoa(n), func(t *testing.T) {
			docs := corpusDocs(t, n)
			file, text := search.Build(docs), eventsText(docs)
			indexGz, textGz := gzipped(t, file), gzipped(t, text)
			t.Logf("index %d bytes, %d gzipped; events' text %d bytes, %d gzipped: the index is %.1f%% of it",
				len(file), indexGz, len(text), textGz, 100*float64(indexGz)/float64(textGz))
			if float64(indexGz) > maxIndexPart*float64(textGz) {
				t.Errorf("index %d bytes gzipped; want at most a quarter of the events' text, %d bytes gzipped", indexGz, textGz)
			}
		})
	}
}

// BenchmarkBuildIndex builds the index of a synthetic site of 10,000
// events. Besides the time, it reports the index's size gzipped
// (index-gzip-B), the events' text gzipped (text-gzip-B), and the first
// over the second (gzip-ratio; issue 19 wants at most 0.25).
func BenchmarkBuildIndex(b *testing.B) {
	docs := corpusDocs(b, 10000)
	var file []byte
	for b.Loop() {
		file = search.Build(docs)
	}
	indexGz, textGz := gzipped(b, file), gzipped(b, eventsText(docs))
	b.ReportMetric(float64(indexGz), "index-gzip-B")
	b.ReportMetric(float64(textGz), "text-gzip-B")
	b.ReportMetric(float64(indexGz)/float64(textGz), "gzip-ratio")
}
