package importer_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/natomongolia/timeline/generator/importer"
)

// importSlide imports a TimelineJS JSON file of one event with the given
// headline, text and group, in a dry run unless write is set, and returns
// the result and the site folder.
func importSlide(tb testing.TB, headline, text, group string, write bool) (*importer.Result, string) {
	tb.Helper()
	doc := map[string]any{"events": []any{map[string]any{
		"start_date": map[string]any{"year": 2005},
		"text":       map[string]string{"headline": headline, "text": text},
		"group":      group,
		"media":      map[string]string{"url": "https://example.org/a.jpg", "caption": headline, "credit": text},
	}}}
	data, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	path := filepath.Join(dir, "t.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	site := filepath.Join(dir, "site")
	res, err := importer.Import(importer.Options{File: path, SiteDir: site, DryRun: !write})
	if err != nil {
		tb.Fatal(err)
	}
	return res, site
}

// checkDecodes decodes the event file of res and compares every string
// with the event read.
func checkDecodes(tb testing.TB, res *importer.Result) {
	tb.Helper()
	if len(res.Events) != 1 {
		tb.Fatalf("got %d event files, want 1", len(res.Events))
	}
	got, want := decodeEvent(tb, res.Events[0].Path, res.Events[0].Data), res.Site.Events[0]
	if got.Title != want.Title || got.Summary != want.Summary {
		tb.Errorf("got title %q summary %q, want %q %q", got.Title, got.Summary, want.Title, want.Summary)
	}
	if want.Body != "" && got.Body != want.Body+"\n" {
		tb.Errorf("got body %q, want %q", got.Body, want.Body+"\n")
	}
	if len(got.Media) != 1 || got.Media[0].Caption != want.Media[0].Caption || got.Media[0].Credit != want.Media[0].Credit {
		tb.Errorf("got media %+v, want %+v", got.Media, want.Media)
	}
}

// TestTOMLStrings writes values that a careless TOML writer breaks,
// decodes them back, and checks the site with the generator's loader.
func TestTOMLStrings(t *testing.T) {
	for _, tc := range []struct{ name, headline, text string }{
		{"quotes and backslashes", `Say "hi" \ there \"`, `<p>C:\path\ and \"quoted\"</p>`},
		{"three quotes in the body", `"""`, `<p>before """ after """" and """"""</p>`},
		{"three apostrophes in the body", `'''`, `<p>it''' s ''''</p>`},
		{"both kinds", `x`, `<p>''' and """ and \</p>`},
		{"a body ending in quotes", `x`, `<p>ends with ""</p>`},
		{"a backslash at a line's end", `x`, "<pre>line one \\\nline two\\</pre>"},
		{"control characters", "bell\a tab\t nul\x00 del\x7f", "<p>bell\a esc\x1b del\x7f</p>"},
		{"carriage returns", "one\rtwo", "<pre>a\r\nb\rc</pre>"},
		{"unicode", "Ürümqi — 北京 🎉", "<p>Ürümqi — 北京 🎉 \u2028 \ufeff</p>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, site := importSlide(t, tc.headline, tc.text, tc.headline, true)
			checkDecodes(t, res)
			checkSite(t, site)
		})
	}
}

// FuzzTOMLStrings checks that whatever the headline and text, the event
// file decodes to what was read. Seeds are in testdata/fuzz.
func FuzzTOMLStrings(f *testing.F) {
	f.Add(`a "b" \c`, `<p>"""'''\</p>`)
	f.Fuzz(func(t *testing.T, headline, text string) {
		res, _ := importSlide(t, headline, text, "", false)
		checkDecodes(t, res)
	})
}
