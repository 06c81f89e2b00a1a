package importer_test

import (
	"encoding/json"
	"html/template"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/importer"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"golang.org/x/net/html"
)

// trip is a round trip: a site built, its timelinejs.json imported into an
// empty folder, and that folder built.
type trip struct {
	res                *importer.Result
	original, imported *content.Site
	// before and after are the output folders of the two builds.
	before, after string
	// dir is the imported site's folder.
	dir string
}

// roundTrip builds the site in siteDir into a temporary folder, imports
// its timelinejs.json into an empty folder and builds that.
func roundTrip(tb testing.TB, siteDir string) trip {
	tb.Helper()
	tmp := tb.TempDir()
	tr := trip{before: filepath.Join(tmp, "before"), after: filepath.Join(tmp, "after"), dir: filepath.Join(tmp, "imported")}
	if _, err := generator.Build(generator.BuildOptions{SiteDir: siteDir, OutDir: tr.before}); err != nil {
		tb.Fatalf("build %s: %v", siteDir, err)
	}
	var err error
	if tr.res, err = importer.Import(importer.Options{File: filepath.Join(tr.before, "timelinejs.json"), SiteDir: tr.dir}); err != nil {
		tb.Fatal(err)
	}
	if _, err := generator.Build(generator.BuildOptions{SiteDir: tr.dir, OutDir: tr.after}); err != nil {
		tb.Fatalf("the imported site does not build:\n%v", err)
	}
	if tr.original, err = testsite.Load(siteDir, load.Options{}); err != nil {
		tb.Fatal(err)
	}
	if tr.imported, err = testsite.Load(tr.dir, load.Options{}); err != nil {
		tb.Fatal(err)
	}
	return tr
}

// TestRoundTrip imports the default site's TimelineJS export into an
// empty folder, builds it, and compares it with the default site. The
// ids (TimelineJS's unique_id), titles, dates, ends, ongoing, display
// dates, category labels, the site's title and description, and every
// body's HTML match, white space aside; the summary is the start of the
// body; the export of the imported site is the export it came from. A
// round trip cannot keep tags, places and sources (TimelineJS has no
// field for them), the summaries (TimelineJS has none), the category ids
// (TimelineJS has only labels: ids become their slugs) or line breaks
// inside paragraphs.
func TestRoundTrip(t *testing.T) {
	tr := roundTrip(t, testsite.RepoRoot())
	if len(tr.res.Messages) > 0 || tr.res.Site.Skipped > 0 {
		t.Errorf("the export imports with messages: %v", tr.res.Messages)
	}
	original, imported := tr.original, tr.imported
	if got, want := imported.Config.Title, original.Config.Title; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if got, want := imported.Config.Description, original.Config.Description; got != want {
		t.Errorf("description: got %q, want %q", got, want)
	}
	var gotLabels, wantLabels []string
	for _, c := range imported.Config.Categories {
		gotLabels = append(gotLabels, c.Label)
		if c.ID != slugOf(c.Label) {
			t.Errorf("category %q: got id %q, want the slug of its label", c.Label, c.ID)
		}
	}
	for _, c := range original.Config.Categories {
		wantLabels = append(wantLabels, c.Label)
	}
	if !reflect.DeepEqual(gotLabels, wantLabels) {
		t.Errorf("categories: got %q, want %q", gotLabels, wantLabels)
	}
	if len(imported.Events) != len(original.Events) {
		t.Fatalf("got %d events, want %d", len(imported.Events), len(original.Events))
	}
	for i, want := range original.Events {
		got := imported.Events[i]
		if got.ID != want.ID || got.Title != want.Title || got.Date != want.Date || got.End != want.End || got.Ongoing != want.Ongoing || got.Display != want.Display {
			t.Errorf("event %d: got %s %q %s–%s ongoing %v display %q, want %s %q %s–%s ongoing %v display %q",
				i, got.ID, got.Title, got.Date, got.End, got.Ongoing, got.Display, want.ID, want.Title, want.Date, want.End, want.Ongoing, want.Display)
		}
		if g, w := imported.Config.CategoryLabel(got.Category), original.Config.CategoryLabel(want.Category); g != w {
			t.Errorf("%s: category got %q, want %q", want.ID, g, w)
		}
		if g, w := spaced(string(got.HTML)), spaced(string(want.HTML)); g != w {
			t.Errorf("%s: body got\n  %s\nwant\n  %s", want.ID, g, w)
		}
		if !strings.HasPrefix(textOf(t, got.HTML), got.Summary) || got.Summary == "" {
			t.Errorf("%s: summary %q is not the start of the body", want.ID, got.Summary)
		}
		// What TimelineJS has no field for: the default site has each
		// on every event, and the import none.
		if len(want.Tags) == 0 || len(want.Sources) == 0 || len(got.Tags) > 0 || got.Place != "" || len(got.Sources) > 0 {
			t.Errorf("%s: tags %q place %q sources %v, from %q %q %v: want none from some", want.ID, got.Tags, got.Place, got.Sources, want.Tags, want.Place, want.Sources)
		}
	}
	before, after := readExport(t, tr.before), readExport(t, tr.after)
	if !reflect.DeepEqual(after, before) {
		t.Errorf("the imported site's timelinejs.json differs from the one it came from, white space aside:\n got %v\nwant %v", after, before)
	}
}

// TestRoundTripFixtures round-trips the fixture sites of nine centuries
// in four scripts and of every form of EDTF: the imported site's
// timelinejs.json is byte for byte the one it came from (a date
// TimelineJS cannot carry, such as "1880~" or "201X", comes back as its
// first day's year, month or day with a display date that reads as the
// original did), and the drafts, which no export holds, are not there.
func TestRoundTripFixtures(t *testing.T) {
	for _, name := range []string{"centuries", "ages"} {
		t.Run(name, func(t *testing.T) {
			tr := roundTrip(t, testsite.Fixture(name))
			if len(tr.res.Messages) > 0 || tr.res.Site.Skipped > 0 {
				t.Errorf("the export imports with messages: %v", tr.res.Messages)
			}
			before, err := os.ReadFile(filepath.Join(tr.before, "timelinejs.json"))
			if err != nil {
				t.Fatal(err)
			}
			after, err := os.ReadFile(filepath.Join(tr.after, "timelinejs.json"))
			if err != nil {
				t.Fatal(err)
			}
			if string(after) != string(before) {
				t.Errorf("timelinejs.json changed in the round trip %s", testsite.FirstDifference(after, before))
			}
			published := 0
			for _, e := range tr.original.Events {
				if !e.Draft {
					published++
				}
			}
			if len(tr.imported.Events) != published {
				t.Errorf("got %d events, want the %d published", len(tr.imported.Events), published)
			}
		})
	}
}

// TestRoundTripMedia round-trips the media fixture: an event keeps its
// lead media (TimelineJS shows one per slide) with its alt text, caption,
// credit and link; a remote one keeps its URL, and a file of the export
// is copied into media/. The thumbnails are dropped, and the decorative
// picture, exported without alt text, takes the event's title with a
// message.
func TestRoundTripMedia(t *testing.T) {
	tr := roundTrip(t, testsite.Gallery(t))
	for _, m := range tr.res.Messages {
		if !strings.HasSuffix(m.Text, "dropped: the site makes its own thumbnails") && !strings.HasSuffix(m.Text, "empty: the image's alt text is the event's title; describe the image instead") {
			t.Errorf("unexpected message %s", m)
		}
	}
	for i, want := range tr.original.Events {
		got := tr.imported.Events[i]
		if len(want.Media) == 0 {
			if len(got.Media) > 0 {
				t.Errorf("%s: got media %+v, want none", want.ID, got.Media)
			}
			continue
		}
		if len(got.Media) != 1 {
			t.Errorf("%s: got %d media, want the lead one", want.ID, len(got.Media))
			continue
		}
		g, w := got.Media[0], want.Media[0]
		if w.Decorative {
			w.Alt = want.Title
		}
		if g.Alt != w.Alt || g.Caption != w.Caption || g.Credit != w.Credit || g.Link != w.Link || g.Remote != w.Remote || w.Remote && g.Src != w.Src {
			t.Errorf("%s: got media %q %q %q %q %q, want %q %q %q %q %q", want.ID, g.Src, g.Alt, g.Caption, g.Credit, g.Link, w.Src, w.Alt, w.Caption, w.Credit, w.Link)
		}
		if !g.Remote {
			if _, err := os.Stat(filepath.Join(tr.dir, filepath.FromSlash(g.Src))); err != nil || !strings.HasPrefix(g.Src, "media/") {
				t.Errorf("%s: media %s is not a file of the site's media/: %v", want.ID, g.Src, err)
			}
		}
	}
}

// readExport decodes the timelinejs.json of an output folder, with the
// white space of every string collapsed.
func readExport(tb testing.TB, outDir string) any {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(outDir, "timelinejs.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		tb.Fatal(err)
	}
	var collapse func(v any) any
	collapse = func(v any) any {
		switch v := v.(type) {
		case string:
			return spaced(v)
		case []any:
			for i := range v {
				v[i] = collapse(v[i])
			}
		case map[string]any:
			for k := range v {
				v[k] = collapse(v[k])
			}
		}
		return v
	}
	return collapse(doc)
}

// spaced returns s with each run of white space one space.
func spaced(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// slugOf is the slug "timeline new" makes, for the ASCII labels of the
// default site.
func slugOf(label string) string {
	return strings.Join(strings.Fields(strings.ToLower(label)), "-")
}

// textOf returns the text of rendered HTML, its white space collapsed.
func textOf(tb testing.TB, h template.HTML) string {
	tb.Helper()
	z := html.NewTokenizer(strings.NewReader(string(h)))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return spaced(b.String())
		case html.TextToken:
			b.Write(z.Text())
		default:
			b.WriteByte(' ')
		}
	}
}
