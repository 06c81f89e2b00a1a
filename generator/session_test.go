package generator_test

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/media/mediatest"
	"github.com/natomongolia/timeline/generator/output"
)

// sessionEdit is one change to a site's files: the files to write, and
// those to remove, by slash-separated path.
type sessionEdit struct {
	name   string
	write  map[string]string
	remove []string
}

func editedEvent(title, date string) string {
	return fmt.Sprintf("title = %q\ndate = %q\nsummary = \"Summary of %s.\"\nbody = \"Body of %s.\"\n", title, date, title, title)
}

// TestSessionUpdateEqualsFullBuild edits sites in steps and checks after
// each that the session's incremental update gives every file byte for
// byte as a whole new build does, on a site with one page and on one with
// year pages.
func TestSessionUpdateEqualsFullBuild(t *testing.T) {
	edits := []sessionEdit{
		{name: "retitle an event", write: map[string]string{"events/2002-e2.toml": editedEvent("Renamed", "2002")}},
		{name: "move an event to another year", write: map[string]string{"events/2002-e2.toml": editedEvent("Moved", "2003-06")}},
		{name: "add an event in a new year", write: map[string]string{"events/1999-new.toml": editedEvent("New", "1999-05")}},
		{name: "add an event in a year", write: map[string]string{"events/2001-more.toml": editedEvent("More", "2001-09-09")}},
		{name: "remove an event", remove: []string{"events/2001-e0.toml"}},
		{name: "make an event a draft", write: map[string]string{"events/2003-e4.toml": editedEvent("Drafted", "2003-02") + "draft = true\n"}},
		{name: "rename an event's file", remove: []string{"events/2003-e5.toml"}, write: map[string]string{"events/2003-renamed.toml": editedEvent("Event 5", "2003-11")}},
		{name: "change the config", write: map[string]string{"config.toml": "title = \"Paged again\"\nbaseURL = \"https://example.org/t/\"\nindexLimit = 3\n"}},
		{name: "edit after the config", write: map[string]string{"events/2001-e1.toml": editedEvent("Edited", "2001-07")}},
		{name: "add a layout", write: map[string]string{"layouts/event.html": `{{define "main"}}<main>{{.Event.Title}}: {{.Event.HTML}}</main>{{end}}`}},
		{name: "add a static file", write: map[string]string{"static/CNAME": "example.org\n"}},
		{name: "edit after the layout", write: map[string]string{"events/2001-e1.toml": editedEvent("Edited again", "2001-07")}},
		{name: "remove the layout", remove: []string{"layouts/event.html"}},
		{name: "add eras", write: map[string]string{
			"config.toml":        erasConfig("2021-06"),
			"events/2021-a.toml": editedEvent("Before the era", "2021-03"),
			"events/2022-b.toml": editedEvent("In the era", "2022-05"),
		}},
		{name: "move an era's start", write: map[string]string{"config.toml": erasConfig("2021-02")}},
		{name: "back to the era's first start", write: map[string]string{"config.toml": erasConfig("2021-06")}},
		{name: "move an event across an era's start", write: map[string]string{"events/2021-a.toml": editedEvent("Now in the era", "2021-09")}},
	}
	for _, limit := range []int{3, 200} {
		t.Run(fmt.Sprintf("indexLimit=%d", limit), func(t *testing.T) {
			site := testsite.Paged(t, limit)
			session := generator.NewSession(site, generator.SessionOptions{})
			previous, err := session.Build()
			if err != nil {
				t.Fatal(err)
			}
			for i, edit := range edits {
				got := updateEqualsBuild(t, session, site, edit)
				if i == 0 {
					// Far from the edit, pages are the very bytes of the
					// build before, not rendered again.
					for _, name := range []string{"events/2003-e5.html", "404.html"} {
						if &got[name][0][0] != &previous[name][0][0] {
							t.Errorf("%s: %s was rendered again; want it kept", edit.name, name)
						}
					}
					// In the feeds, only the edited event's part is new
					// (separators aside).
					for _, name := range []string{"feed.xml", "timeline.json", "timeline.ics"} {
						kept := map[*byte]bool{}
						for _, piece := range previous[name] {
							kept[&piece[0]] = true
						}
						renewed := 0
						for _, piece := range got[name][1 : len(got[name])-1] {
							if !kept[&piece[0]] && string(piece) != "," {
								renewed++
							}
						}
						if renewed != 1 {
							t.Errorf("%s: %d parts of %s were rendered again, want the edited event's alone", edit.name, renewed, name)
						}
					}
				}
			}
		})
	}
}

// TestSessionUpdateCrossesIndexLimit checks an update that takes a site
// over its index limit, which moves every event's place to a year page.
func TestSessionUpdateCrossesIndexLimit(t *testing.T) {
	site := testsite.Paged(t, 6)
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	edit := sessionEdit{name: "seventh event", write: map[string]string{"events/2004-e6.toml": editedEvent("Seventh", "2004")}}
	got := updateEqualsBuild(t, session, site, edit)
	if got["years/2004.html"] == nil {
		t.Error("no year pages after crossing the index limit")
	}
}

// TestSessionUpdateKeepsErrors checks that an event file with an error
// fails the update, keeps failing later updates of other files (an event,
// a layout) until it is fixed, and that the fixed site then equals a whole
// new build.
func TestSessionUpdateKeepsErrors(t *testing.T) {
	site := testsite.Paged(t, 200)
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	broken := sessionEdit{write: map[string]string{"events/2002-e2.toml": "title = \"Broken\"\ndate = \"2002-13\"\n"}}
	_, err := session.Update(applyEdit(t, site, broken))
	var errs content.ContentErrors
	if !errors.As(err, &errs) || !strings.Contains(err.Error(), filepath.Join("events", "2002-e2.toml")+":2:") {
		t.Fatalf("update with a bad date: got %v, want a content error at events/2002-e2.toml:2", err)
	}
	other := sessionEdit{write: map[string]string{"events/2001-e0.toml": editedEvent("Other", "2001-03")}}
	if _, err := session.Update(applyEdit(t, site, other)); err == nil || !strings.Contains(err.Error(), "2002-e2.toml") {
		t.Fatalf("update of another file while 2002-e2.toml is broken: got %v, want its error again", err)
	}
	layout := sessionEdit{write: map[string]string{"layouts/404.html": `{{define "main"}}<p>Lost</p>{{end}}`}}
	if _, err := session.Update(applyEdit(t, site, layout)); err == nil || !strings.Contains(err.Error(), "2002-e2.toml") {
		t.Fatalf("update of a layout while 2002-e2.toml is broken: got %v, want its error again", err)
	}
	fixed := sessionEdit{name: "fixed", write: map[string]string{"events/2002-e2.toml": editedEvent("Fixed", "2002-12")}}
	updateEqualsBuild(t, session, site, fixed)
}

// updateEqualsBuild makes edit to the site, updates the session, checks
// that every file equals a whole new build's, and returns the files.
func updateEqualsBuild(t *testing.T, session *generator.Session, site string, edit sessionEdit) map[string]output.Pieces {
	t.Helper()
	got, err := session.Update(applyEdit(t, site, edit))
	if err != nil {
		t.Fatalf("%s: %v", edit.name, err)
	}
	_, want := testsite.MustRender(t, site, load.Options{})
	equalFiles(t, edit.name, got, want)
	return got
}

// applyEdit changes the site's files and returns the paths it changed.
func applyEdit(tb testing.TB, site string, edit sessionEdit) []string {
	tb.Helper()
	testsite.Write(tb, site, edit.write)
	var paths []string
	for name := range edit.write {
		paths = append(paths, filepath.Join(site, filepath.FromSlash(name)))
	}
	for _, name := range edit.remove {
		path := filepath.Join(site, filepath.FromSlash(name))
		if err := os.Remove(path); err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

// equalFiles reports every file that differs between got and want.
func equalFiles(tb testing.TB, step string, got map[string]output.Pieces, want map[string][]byte) {
	tb.Helper()
	var names []string
	for name := range want {
		names = append(names, name)
	}
	for name := range got {
		if want[name] == nil {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		switch {
		case got[name] == nil:
			tb.Errorf("%s: %s is missing", step, name)
		case want[name] == nil:
			tb.Errorf("%s: %s should be gone", step, name)
		case string(got[name].Bytes()) != string(want[name]):
			tb.Errorf("%s: %s differs from a whole build", step, name)
		}
	}
}

// TestSessionUpdateWithLayoutsThatShowTheWholeSite checks updates on sites
// whose own layouts show more than a page's events: every event's title
// (.Site), or the site-wide count of an event's category. Each page of such
// a layout changes with any event, and the update must still equal a whole
// build.
func TestSessionUpdateWithLayoutsThatShowTheWholeSite(t *testing.T) {
	const allTitles = `{{define "main"}}<main>{{range .Site.Events}}{{.Title}}; {{end}}</main>{{end}}`
	layouts := map[string]map[string]string{
		"event page reads .Site": {"layouts/event.html": allTitles},
		"event page reads its category's count": {
			"layouts/event.html": `{{define "main"}}<main>{{.Event.Title}}{{with .Category}}: {{.Count}} in {{.Label}}{{end}}</main>{{end}}`,
		},
		"event page reads $.Site": {
			"layouts/event.html": `{{define "main"}}<main>{{with .Event}}{{.Title}} among {{range $.Site.Events}}{{.Title}}; {{end}}{{end}}</main>{{end}}`,
		},
		"year page reads .Site": {"layouts/year.html": allTitles},
		"404 page reads .Site":  {"layouts/404.html": allTitles},
	}
	event := func(title, date, category string) string {
		return editedEvent(title, date) + fmt.Sprintf("category = %q\n", category)
	}
	edits := []sessionEdit{
		{name: "retitle an event", write: map[string]string{"events/e1.toml": event("Renamed", "2001-07", "operations")}},
		{name: "change an event's category", write: map[string]string{"events/e2.toml": event("Event 2", "2002", "operations")}},
		{name: "add an event", write: map[string]string{"events/e9.toml": event("Added", "2003-04", "dialogue")}},
	}
	for name, files := range layouts {
		t.Run(name, func(t *testing.T) {
			files := maps.Clone(files)
			files["config.toml"] = "indexLimit = 2\n" + testsite.Config
			for i, date := range []string{"2001-03", "2001-07", "2002", "2003-01"} {
				files[fmt.Sprintf("events/e%d.toml", i)] = event(fmt.Sprintf("Event %d", i), date, []string{"operations", "dialogue"}[i%2])
			}
			site := testsite.New(t, files)
			session := generator.NewSession(site, generator.SessionOptions{})
			if _, err := session.Build(); err != nil {
				t.Fatal(err)
			}
			for _, edit := range edits {
				updateEqualsBuild(t, session, site, edit)
			}
		})
	}
}

// TestSessionUpdateOfLayoutsKeepsEvents checks that an edit of layouts or
// static files alone decodes no event again: the session's events are the
// very ones of the build before. (TestSessionUpdateEqualsFullBuild checks
// the files.)
func TestSessionUpdateOfLayoutsKeepsEvents(t *testing.T) {
	site := testsite.Paged(t, 3)
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(session.Site().Events)
	for _, edit := range []sessionEdit{
		{name: "layout", write: map[string]string{"layouts/year.html": `{{define "main"}}<main>{{.Year}}</main>{{end}}`}},
		{name: "static file", write: map[string]string{"static/img/logo.txt": "logo"}},
		{name: "both", write: map[string]string{"layouts/404.html": `{{define "main"}}<p>Lost</p>{{end}}`, "static/CNAME": "example.org"}},
	} {
		updateEqualsBuild(t, session, site, edit)
		if !slices.Equal(session.Site().Events, before) {
			t.Errorf("%s: the session decoded its events again after an edit of layouts or static files alone", edit.name)
		}
	}
	// An edit of the config with a layout loads everything again.
	updateEqualsBuild(t, session, site, sessionEdit{name: "config and layout", write: map[string]string{
		"config.toml":      "title = \"Paged again\"\nindexLimit = 3\n",
		"layouts/404.html": `{{define "main"}}<p>Lost again</p>{{end}}`,
	}})
	if slices.Equal(session.Site().Events, before) {
		t.Error("after an edit of the config, the session kept the events it had decoded under the old one")
	}
}

// TestSessionUpdateAfterAFailedBuild checks that after a whole build
// failed (a broken config.toml), an update of an event file does not
// start from the last good build as if nothing else had changed: it
// builds the whole site again, and fails until the config is fixed.
func TestSessionUpdateAfterAFailedBuild(t *testing.T) {
	site := testsite.Paged(t, 3)
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	broken := sessionEdit{write: map[string]string{"config.toml": "title = \"Broken\"\nindexLimit = \"three\"\n"}}
	if _, err := session.Update(applyEdit(t, site, broken)); err == nil {
		t.Fatal("update with a broken config.toml: got no error")
	}
	for _, edit := range []sessionEdit{
		{write: map[string]string{"events/2002-e2.toml": editedEvent("Renamed", "2002")}},
		{write: map[string]string{"layouts/404.html": `{{define "main"}}<p>Lost</p>{{end}}`}},
	} {
		if _, err := session.Update(applyEdit(t, site, edit)); err == nil || !strings.Contains(err.Error(), "config.toml") {
			t.Fatalf("update of %v while config.toml is broken: got %v, want its error again", slices.Collect(maps.Keys(edit.write)), err)
		}
	}
	updateEqualsBuild(t, session, site, sessionEdit{name: "config fixed", write: map[string]string{"config.toml": "title = \"Fixed\"\nindexLimit = 3\n"}})
}

// TestSessionUpdateOfMedia replaces a photograph of the gallery fixture and
// updates the session with its path alone: the pages and data that show it
// are what a whole new build gives.
func TestSessionUpdateOfMedia(t *testing.T) {
	site := testsite.Gallery(t)
	s := generator.NewSession(site, generator.SessionOptions{})
	if _, err := s.Build(); err != nil {
		t.Fatal(err)
	}
	photo := filepath.Join(site, filepath.FromSlash(testsite.GalleryPhoto))
	if err := os.WriteFile(photo, mediatest.JPEG(mediatest.Photo(640, 480, 9), 80), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := s.Update([]string{photo})
	if err != nil {
		t.Fatal(err)
	}
	_, want := testsite.MustRender(t, site, load.Options{})
	equalFiles(t, "after a photograph changed", got, want)
	if page := string(got["events/1880-harbour.html"].Bytes()); !strings.Contains(page, `width="640" height="480"`) {
		t.Errorf("the event page does not show the new photograph's size")
	}
}
