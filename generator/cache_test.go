//go:build unix

package generator_test

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// cachedBuild builds site into out with the build cache in cacheDir,
// checks that the output is byte for byte what a build without a cache
// writes into an empty folder, and returns the build's result.
func cachedBuild(t *testing.T, step string, opts generator.BuildOptions) *generator.BuildResult {
	t.Helper()
	result, err := generator.Build(opts)
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	fresh := opts
	fresh.OutDir, fresh.CacheDir = filepath.Join(t.TempDir(), "public"), ""
	if _, err := generator.Build(fresh); err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	got, want := testsite.ReadTree(t, opts.OutDir), testsite.ReadTree(t, fresh.OutDir)
	if !maps.EqualFunc(got, want, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Fatalf("%s: the output of a build with the cache differs from a fresh build:\n%s", step, treeDiff(got, want))
	}
	return result
}

// TestBuildCacheEqualsFreshBuild changes sites in steps, builds each step
// with the build cache over the output of the step before, and checks that
// every output is what a build without the cache writes, on a site with one
// page and on one with year pages. It checks that the cache is used: a
// build with nothing changed renders nothing, and one after an event edit
// keeps the pages far from it.
func TestBuildCacheEqualsFreshBuild(t *testing.T) {
	type step struct {
		sessionEdit
		drafts  bool
		baseURL string
		// keepsAll says that the build renders no file but the static
		// ones, which it reads again; keepsSome that it takes some from the
		// previous output; keepsNone that it takes none.
		keepsAll, keepsSome, keepsNone, keepsLists bool
	}
	steps := []step{
		{sessionEdit: sessionEdit{name: "nothing changed"}, keepsAll: true},
		{sessionEdit: sessionEdit{name: "retitle an event", write: map[string]string{"events/2002-e2.toml": editedEvent("Renamed", "2002")}}, keepsSome: true},
		{sessionEdit: sessionEdit{name: "move an event to another year", write: map[string]string{"events/2002-e2.toml": editedEvent("Moved", "2003-06")}}},
		{sessionEdit: sessionEdit{name: "add an event in a new year", write: map[string]string{"events/1999-new.toml": editedEvent("New", "1999-05")}}},
		{sessionEdit: sessionEdit{name: "add the latest event, which dates the calendar", write: map[string]string{"events/2010-last.toml": editedEvent("Last", "2010-01-02")}}},
		{sessionEdit: sessionEdit{name: "remove an event", remove: []string{"events/2001-e0.toml"}}},
		{sessionEdit: sessionEdit{name: "make an event a draft", write: map[string]string{"events/2003-e4.toml": editedEvent("Drafted", "2003-02") + "draft = true\n"}}},
		{sessionEdit: sessionEdit{name: "build with drafts"}, drafts: true, keepsNone: true},
		{sessionEdit: sessionEdit{name: "build without drafts again"}, keepsNone: true},
		{sessionEdit: sessionEdit{name: "rename an event's file", remove: []string{"events/2003-e5.toml"}, write: map[string]string{"events/2003-renamed.toml": editedEvent("Event 5", "2003-11")}}},
		{sessionEdit: sessionEdit{name: "override a base URL"}, baseURL: "https://example.com/other/", keepsNone: true},
		{sessionEdit: sessionEdit{name: "back to the config's base URL"}, keepsNone: true},
		{sessionEdit: sessionEdit{name: "nothing changed after options"}, keepsAll: true},
		{sessionEdit: sessionEdit{name: "change the config", write: map[string]string{"config.toml": "title = \"Paged again\"\nbaseURL = \"https://example.org/t/\"\nindexLimit = 3\n"}}, keepsNone: true},
		{sessionEdit: sessionEdit{name: "edit after the config", write: map[string]string{"events/2001-e1.toml": editedEvent("Edited", "2001-07")}}},
		{sessionEdit: sessionEdit{name: "add a layout of the site's own", write: map[string]string{"layouts/event.html": `{{define "main"}}<main>{{.Event.Title}} of {{len .Site.Events}}</main>{{end}}`}}, keepsLists: true},
		{sessionEdit: sessionEdit{name: "change the site's layout", write: map[string]string{"layouts/event.html": `{{define "main"}}<main>{{.Event.Title}} among {{len .Site.Events}}</main>{{end}}`}}, keepsLists: true},
		{sessionEdit: sessionEdit{name: "edit under a layout that shows the whole site", write: map[string]string{"events/2001-e1.toml": editedEvent("Edited again", "2001-07")}}},
		{sessionEdit: sessionEdit{name: "add a static file", write: map[string]string{"static/CNAME": "example.org\n"}}},
		{sessionEdit: sessionEdit{name: "change a static file", write: map[string]string{"static/CNAME": "example.com\n"}}, keepsAll: true},
		{sessionEdit: sessionEdit{name: "nothing changed again"}, keepsAll: true},
		{sessionEdit: sessionEdit{name: "add eras", write: map[string]string{
			"config.toml":        erasConfig("2021-06"),
			"events/2021-a.toml": editedEvent("Before the era", "2021-03"),
			"events/2022-b.toml": editedEvent("In the era", "2022-05"),
		}}, keepsNone: true},
		{sessionEdit: sessionEdit{name: "move an era's start", write: map[string]string{"config.toml": erasConfig("2021-02")}}, keepsNone: true},
		{sessionEdit: sessionEdit{name: "back to the era's first start", write: map[string]string{"config.toml": erasConfig("2021-06")}}, keepsNone: true},
		// The era's divider moves from the page of 2022 to that of 2021,
		// though neither the events of 2022 nor the years beside it change.
		{sessionEdit: sessionEdit{name: "move an event across an era's start", write: map[string]string{"events/2021-a.toml": editedEvent("Now in the era", "2021-09")}}, keepsSome: true},
	}
	for _, limit := range []int{3, 200} {
		t.Run(map[int]string{3: "year pages", 200: "one page"}[limit], func(t *testing.T) {
			site := testsite.Paged(t, limit)
			opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: t.TempDir()}
			cachedBuild(t, "first build", opts)
			for _, s := range steps {
				applyEdit(t, site, s.sessionEdit)
				opts.Drafts, opts.BaseURL = s.drafts, s.baseURL
				result := cachedBuild(t, s.name, opts)
				statics := 0
				if _, err := os.Stat(filepath.Join(site, "static", "CNAME")); err == nil {
					statics = 1 // read and compared again by every build
				}
				switch {
				case s.keepsAll && result.Kept+statics != result.Files:
					t.Errorf("%s: the build took %d of %d files from the previous output, want all but %d static", s.name, result.Kept, result.Files, statics)
				case s.keepsSome && (result.Kept == 0 || result.Kept+statics == result.Files):
					t.Errorf("%s: the build took %d of %d files from the previous output, want some", s.name, result.Kept, result.Files)
				case s.keepsNone && result.Kept != 0:
					t.Errorf("%s: the build took %d files from the previous output, want none", s.name, result.Kept)
				case s.keepsLists && result.Kept != 6:
					// The files that list every event do not show the layouts.
					t.Errorf("%s: the build took %d files from the previous output, want the 5 lists (feed, two data files, calendar, sitemap) and the search index", s.name, result.Kept)
				}
			}
		})
	}
}

// erasConfig is the config of the paged site with year pages and an era
// that begins at start.
func erasConfig(start string) string {
	return "title = \"Paged with eras\"\nbaseURL = \"https://example.org/t/\"\nindexLimit = 3\n\n[[eras]]\nlabel = \"An era\"\ndate = \"" + start + "/2030\"\n"
}

// TestBuildCacheRestoresFilesChangedByHand builds a site with the build
// cache, changes files of the output by hand, and builds again with
// nothing else changed: the build renders again every file it cannot
// trust (one changed in place at the same size right after the build, one
// whose permissions changed, one linked from elsewhere, one removed),
// and leaves the file linked from elsewhere as it was. The build after
// that renders nothing.
func TestBuildCacheRestoresFilesChangedByHand(t *testing.T) {
	site := testsite.Paged(t, 200)
	out := filepath.Join(t.TempDir(), "public")
	opts := generator.BuildOptions{SiteDir: site, OutDir: out, CacheDir: t.TempDir()}
	first := cachedBuild(t, "first build", opts)
	path := func(name string) string { return filepath.Join(out, filepath.FromSlash(name)) }

	tamper(t, path("events/2002-e2.html"))
	if err := os.Chmod(path("404.html"), 0o600); err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(t.TempDir(), "index.html")
	if err := os.Link(path("index.html"), elsewhere); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(elsewhere, []byte("changed through a link from elsewhere"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path("events/2001-e0.html")); err != nil {
		t.Fatal(err)
	}

	again := cachedBuild(t, "build after changes by hand", opts)
	if want := first.Files - 4; again.Kept != want {
		t.Errorf("the build took %d files from the previous output, want %d: all but the 4 changed by hand", again.Kept, want)
	}
	if got, err := os.ReadFile(elsewhere); err != nil || string(got) != "changed through a link from elsewhere" {
		t.Errorf("the build changed a file linked from outside the output: %q, %v", got, err)
	}
	// The cache now knows the files written again.
	if third := cachedBuild(t, "third build", opts); third.Kept != third.Files {
		t.Errorf("the build after that took %d of %d files from the previous output, want all", third.Kept, third.Files)
	}
}

// TestBuildCacheStartsOverWhenItCannotTrustItself checks that a build
// takes nothing from a cache file that is damaged or that another build of
// the program wrote, and still writes what a fresh build writes.
func TestBuildCacheStartsOverWhenItCannotTrustItself(t *testing.T) {
	for _, damage := range []string{"flip a byte", "cut short", "empty", "another binary"} {
		t.Run(damage, func(t *testing.T) {
			site := testsite.Paged(t, 3)
			cacheDir := t.TempDir()
			opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: cacheDir}
			cachedBuild(t, "first build", opts)
			caches, err := filepath.Glob(filepath.Join(cacheDir, "*.cache"))
			if err != nil || len(caches) != 1 {
				t.Fatalf("cache files after a build: %v, %v; want one", caches, err)
			}
			data, err := os.ReadFile(caches[0])
			if err != nil {
				t.Fatal(err)
			}
			switch damage {
			case "flip a byte":
				data[len(data)/2] ^= 0x10
			case "cut short":
				data = data[:len(data)-1]
			case "empty":
				data = nil
			case "another binary":
				defer generator.SetExecutableDigest([32]byte{'o', 't', 'h', 'e', 'r'})()
			}
			if err := os.WriteFile(caches[0], data, 0o600); err != nil {
				t.Fatal(err)
			}
			applyEdit(t, site, sessionEdit{write: map[string]string{"events/2002-e2.toml": editedEvent("Renamed", "2002")}})
			if result := cachedBuild(t, "build after "+damage, opts); result.Kept != 0 {
				t.Errorf("the build took %d files from the previous output, want none", result.Kept)
			}
		})
	}
}

// TestBuildCacheRevalidatesEventsAfterConfigChange checks that an event
// file the cache holds is checked again against a changed config.toml:
// once its category is gone from the config, the build fails.
func TestBuildCacheRevalidatesEventsAfterConfigChange(t *testing.T) {
	site := testsite.New(t, map[string]string{
		"events/a.toml": testsite.EventTOML("Categorised", "date = \"2005\"\ncategory = \"dialogue\""),
		"events/b.toml": testsite.EventTOML("Plain", `date = "2006"`),
	})
	opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: t.TempDir()}
	cachedBuild(t, "first build", opts)
	config, err := os.ReadFile(filepath.Join(site, "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	without, ok := strings.CutSuffix(string(config), "[[categories]]\nid    = \"dialogue\"\nlabel = \"Political dialogue\"\n")
	if !ok {
		t.Fatalf("the test config does not end with the dialogue category:\n%s", config)
	}
	testsite.Write(t, site, map[string]string{"config.toml": without})
	_, err = generator.Build(opts)
	if err == nil || !strings.Contains(err.Error(), `unknown category "dialogue"`) {
		t.Fatalf("build after the category was removed: got %v, want an unknown category error", err)
	}
}

// TestBuildCacheTrustsNoFileItDidNotWrite checks that a file the build
// finds unchanged and links from an output that a build without the cache
// wrote just before is not trusted next time on its stamp alone: written
// so recently, it may change again within the same tick of the file
// system's clock. The test makes that happen by setting the modification
// time back after changing the file.
func TestBuildCacheTrustsNoFileItDidNotWrite(t *testing.T) {
	site := testsite.Paged(t, 200)
	opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public")}
	cachedBuild(t, "build without the cache", opts)
	opts.CacheDir = t.TempDir()
	cachedBuild(t, "first build with the cache", opts)
	page := filepath.Join(opts.OutDir, "events", "2002-e2.html")
	info, err := os.Stat(page)
	if err != nil {
		t.Fatal(err)
	}
	tamper(t, page)
	if err := os.Chtimes(page, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	cachedBuild(t, "build after a change within the same tick", opts)
}

// TestBuildCacheTakesListPartsOnlyFromTrustedFiles changes the files that
// list every event by hand, in place and at the same size, and then edits
// an event: the build, which takes the unchanged events' parts of those
// files from the previous output, must not take them from files changed
// since the last build.
func TestBuildCacheTakesListPartsOnlyFromTrustedFiles(t *testing.T) {
	site := testsite.Paged(t, 200)
	out := filepath.Join(t.TempDir(), "public")
	opts := generator.BuildOptions{SiteDir: site, OutDir: out, CacheDir: t.TempDir()}
	cachedBuild(t, "first build", opts)
	for _, name := range []string{"feed.xml", "timeline.json", "timelinejs.json", "timeline.ics", "sitemap.xml"} {
		path := filepath.Join(out, name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// The sitemap has the event's id, the others its title too.
		at := strings.Index(string(data), "2003-e4")
		if at < 0 {
			t.Fatalf("%s does not name the event 2003-e4", name)
		}
		data[at+len("2003-e")] = '9'
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	applyEdit(t, site, sessionEdit{write: map[string]string{"events/2002-e2.toml": editedEvent("Renamed", "2002")}})
	cachedBuild(t, "build after the lists were changed by hand", opts)
}

// TestBuildCacheRemovesStaleCaches checks that a build that writes its
// cache removes the cache files no build used for 30 days, and temporary
// files a killed build left over an hour ago, and nothing else.
func TestBuildCacheRemovesStaleCaches(t *testing.T) {
	cacheDir := t.TempDir()
	now := time.Now()
	files := map[string]time.Duration{
		"0123456789abcdef0123456789abcdef.cache": 31 * 24 * time.Hour, // stale
		"fedcba9876543210fedcba9876543210.cache": 29 * 24 * time.Hour,
		".tmp-123":                               2 * time.Hour, // stale
		".tmp-456":                               10 * time.Minute,
		"notes.txt":                              365 * 24 * time.Hour,
	}
	for name, age := range files {
		path := filepath.Join(cacheDir, name)
		if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	site := testsite.Paged(t, 200)
	cachedBuild(t, "build", generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: cacheDir})
	for name := range files {
		_, err := os.Stat(filepath.Join(cacheDir, name))
		if stale := name == ".tmp-123" || strings.HasPrefix(name, "0123"); stale != os.IsNotExist(err) {
			t.Errorf("%s: stale %v, but after the build: %v", name, stale, err)
		}
	}
}

// randomEvent returns an event file with random values drawn from rng:
// dates from 2000 to 2004 at every precision, some with an end or
// ongoing, any category or none, sometimes a draft.
func randomEvent(rng *rand.Rand, title string) string {
	year := 2000 + rng.IntN(5)
	date := []string{
		fmt.Sprintf("%d", year),
		fmt.Sprintf("%d-%02d", year, 1+rng.IntN(12)),
		fmt.Sprintf("%d-%02d-%02d", year, 1+rng.IntN(12), 1+rng.IntN(28)),
	}[rng.IntN(3)]
	var b strings.Builder
	fmt.Fprintf(&b, "title = %q\ndate = %q\nsummary = \"Summary of %s.\"\nbody = \"Body of %s, %d.\"\n", title, date, title, title, rng.IntN(100))
	switch rng.IntN(4) {
	case 0:
		fmt.Fprintf(&b, "end = \"%d\"\n", year+1+rng.IntN(3))
	case 1:
		b.WriteString("ongoing = true\n")
	}
	if c := rng.IntN(3); c > 0 {
		fmt.Fprintf(&b, "category = %q\n", []string{"", "operations", "dialogue"}[c])
	}
	if rng.IntN(6) == 0 {
		b.WriteString("draft = true\n")
	}
	if rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "tags = [%q]\nplace = %q\n", fmt.Sprintf("tag%d", rng.IntN(3)), fmt.Sprintf("Place %d", rng.IntN(3)))
	}
	return b.String()
}

// TestIncrementalBuildsOfRandomEdits makes a long series of random edits
// to a site (events added, removed, redated, recategorised, drafted),
// and checks after each that both incremental ways of building, a build
// with the build cache and a serve session's update, give byte for byte
// what a whole new build gives. The site crosses its index limit both
// ways, so the year pages come and go.
func TestIncrementalBuildsOfRandomEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	files := map[string]string{"config.toml": "indexLimit = 6\n" + testsite.Config}
	for i := range 6 {
		files[fmt.Sprintf("events/e%d.toml", i)] = randomEvent(rng, fmt.Sprintf("Event %d", i))
	}
	site := testsite.New(t, files)
	opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: t.TempDir()}
	cachedBuild(t, "first build", opts)
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	ids := []string{"e0", "e1", "e2", "e3", "e4", "e5"}
	next, kept := 6, 0
	for step := range 60 {
		var edit sessionEdit
		switch op := rng.IntN(5); {
		case op == 0 || len(ids) < 3:
			id := fmt.Sprintf("e%d", next)
			next++
			ids = append(ids, id)
			edit = sessionEdit{name: "add " + id, write: map[string]string{"events/" + id + ".toml": randomEvent(rng, "Added "+id)}}
		case op == 1 && len(ids) > 3:
			i := rng.IntN(len(ids))
			edit = sessionEdit{name: "remove " + ids[i], remove: []string{"events/" + ids[i] + ".toml"}}
			ids = append(ids[:i], ids[i+1:]...)
		default:
			// Edit one event, or two at once.
			edit = sessionEdit{name: "edit", write: map[string]string{}}
			for range 1 + rng.IntN(2) {
				id := ids[rng.IntN(len(ids))]
				edit.name += " " + id
				edit.write["events/"+id+".toml"] = randomEvent(rng, fmt.Sprintf("Edited %s at step %d", id, step))
			}
		}
		edit.name = fmt.Sprintf("step %d: %s", step, edit.name)
		paths := applyEdit(t, site, edit)
		kept += cachedBuild(t, edit.name, opts).Kept
		got, err := session.Update(paths)
		if err != nil {
			t.Fatalf("%s: %v", edit.name, err)
		}
		_, want := testsite.MustRender(t, site, load.Options{})
		equalFiles(t, edit.name+" (serve)", got, want)
		if t.Failed() {
			t.FailNow()
		}
	}
	if kept == 0 {
		t.Error("no build took a file from the previous output: the cache was not used")
	}
}
