package importer_test

import (
	"html/template"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/importer"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"golang.org/x/net/html"
)

// repoRoot is this repository's own site, whose public/timelinejs.json
// is its TimelineJS export.
var repoRoot = filepath.Join("..", "..")

// TestRoundTrip imports the default site's TimelineJS export into an
// empty folder, builds it, and compares it with the default site: the
// ids (TimelineJS's unique_id), titles, dates, ongoing (from the "since"
// display date), category labels, the site's title and description, and
// the text of every body match. A round trip cannot keep the summary
// (TimelineJS has none; it becomes the body's first sentence), tags,
// place, sources, drafts (not exported), the category ids (TimelineJS
// has only labels: ids become their slugs) or the body's line breaks
// inside paragraphs.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	res, err := importer.Import(importer.Options{File: filepath.Join(repoRoot, "public", "timelinejs.json"), SiteDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Messages) > 0 || res.Site.Skipped > 0 {
		t.Errorf("the export imports with messages: %v", res.Messages)
	}
	if _, err := generator.Build(generator.BuildOptions{SiteDir: dir}); err != nil {
		t.Fatalf("the imported site does not build:\n%v", err)
	}
	original, err := testsite.Load(repoRoot, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	imported, err := testsite.Load(dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := imported.Config.Title, original.Config.Title; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if got, want := imported.Config.Description, original.Config.Description; got != want {
		t.Errorf("description: got %q, want %q", got, want)
	}
	if len(imported.Events) != len(original.Events) {
		t.Fatalf("got %d events, want %d", len(imported.Events), len(original.Events))
	}
	for i, want := range original.Events {
		got := imported.Events[i]
		if got.ID != want.ID || got.Title != want.Title || got.Date != want.Date || got.End != want.End || got.Ongoing != want.Ongoing {
			t.Errorf("event %d: got %s %q %s–%s ongoing %v, want %s %q %s–%s ongoing %v",
				i, got.ID, got.Title, got.Date, got.End, got.Ongoing, want.ID, want.Title, want.Date, want.End, want.Ongoing)
		}
		if g, w := imported.Config.CategoryLabel(got.Category), original.Config.CategoryLabel(want.Category); g != w {
			t.Errorf("%s: category got %q, want %q", want.ID, g, w)
		}
		if g, w := textOf(t, got.HTML), textOf(t, want.HTML); g != w {
			t.Errorf("%s: body text got\n  %q\nwant\n  %q", want.ID, g, w)
		}
		if !strings.HasPrefix(textOf(t, got.HTML), got.Summary) {
			t.Errorf("%s: summary %q is not the start of the body", want.ID, got.Summary)
		}
	}
}

// textOf returns the text of rendered HTML, its white space collapsed.
func textOf(tb testing.TB, h template.HTML) string {
	tb.Helper()
	z := html.NewTokenizer(strings.NewReader(string(h)))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			b.Write(z.Text())
		default:
			b.WriteByte(' ')
		}
	}
}
