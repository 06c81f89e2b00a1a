package e2e_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// defaultSiteDir is the repository's top folder: the default site.
var defaultSiteDir = testsite.RepoRoot()

const staleHint = "public/ is stale: run go run ./cmd/timeline"

// TestPublicIsFresh checks that the committed public/ is byte-for-byte what
// a build of the repository's own site produces, with no extra or missing
// files.
func TestPublicIsFresh(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	testsite.MustBuild(t, generator.BuildOptions{SiteDir: defaultSiteDir, OutDir: out})
	fresh := testsite.ReadTree(t, out)
	committed := testsite.ReadTree(t, filepath.Join(defaultSiteDir, "public"))
	for _, name := range testsite.SortedKeys(fresh) {
		want, ok := committed[name]
		switch {
		case !ok:
			t.Errorf("public/%s is missing: %s", name, staleHint)
		case !bytes.Equal(want, fresh[name]):
			t.Errorf("public/%s differs from a fresh build: %s\n%s", name, staleHint, testsite.FirstDifference(want, fresh[name]))
		}
	}
	for _, name := range testsite.SortedKeys(committed) {
		if _, ok := fresh[name]; !ok {
			t.Errorf("public/%s is not in a fresh build: %s", name, staleHint)
		}
	}
}

const natoSourceURL = "https://www.nato.int/cps/en/natohq/topics_85297.htm"

// TestDefaultSiteContent checks the seven events of the default site: their
// dates as the source gives them, and the source cited on each.
func TestDefaultSiteContent(t *testing.T) {
	site, err := testsite.Load(defaultSiteDir, load.Options{Drafts: true})
	if err != nil {
		t.Fatalf("Load of the default site: %v", err)
	}
	type span struct {
		date, end string
		ongoing   bool
	}
	want := []span{
		{"2005-12", "2007-03", false}, // KFOR
		{"2010-03", "", true},         // ISAF, ongoing when the source was written
		{"2010-11", "", false},        // Lisbon Summit
		{"2011-05", "", false},        // Appathurai delegation
		{"2011-09", "", false},        // Bornemann delegation
		{"2012-03", "", false},        // IPCP
		{"2014-08", "", false},        // Five Hills
	}
	if len(site.Events) != len(want) {
		t.Fatalf("got %d events, want %d", len(site.Events), len(want))
	}
	for i, e := range site.Events {
		got := span{e.Date.String(), e.End.String(), e.Ongoing}
		if got != want[i] {
			t.Errorf("event %d (%s): got %+v, want %+v", i, e.ID, got, want[i])
		}
		if e.Draft {
			t.Errorf("%s: is a draft, want every event published", e.ID)
		}
		if !strings.HasPrefix(e.ID, e.Date.String()+"-") {
			t.Errorf("%s: want the id to start with its date %s", e.ID, e.Date)
		}
		cited := false
		for _, s := range e.Sources {
			if s.URL == natoSourceURL && s.Title != "" {
				cited = true
			}
		}
		if !cited {
			t.Errorf("%s: got sources %+v, want one citing %s", e.ID, e.Sources, natoSourceURL)
		}
		if e.Category == "" || site.Config.CategoryLabel(e.Category) == "" {
			t.Errorf("%s: got category %q, want one declared in config.toml", e.ID, e.Category)
		}
	}
	if site.Config.Source.URL != natoSourceURL || site.Config.Source.Updated != "2017-03-21" {
		t.Errorf("config source: got %+v, want %s updated 2017-03-21", site.Config.Source, natoSourceURL)
	}
	if !strings.Contains(site.Config.Description, "partners across the globe") {
		t.Errorf("config description: got %q, want it to call the partnership \"partners across the globe\"", site.Config.Description)
	}
	if len(site.Events) > 1 {
		if first := site.Events[0]; !strings.Contains(first.Title+first.Summary, "Kosovo") {
			t.Errorf("first event: got %q, want the Kosovo Force deployment", first.Title)
		}
		if last := site.Events[len(site.Events)-1]; !strings.Contains(last.Title+last.Summary, "Five Hills") {
			t.Errorf("last event: got %q, want the Five Hills training centre", last.Title)
		}
	}
}
