package importer_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/importer"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// fixtures are the files of testdata, each written from the columns of
// its format's template or documentation, with its quirks.
var fixtures = []string{"template.csv", "old-template.csv", "timelinesetter.csv", "timelinejs.json"}

// eventFile is an event file as the tests decode it.
type eventFile struct {
	Title    string `toml:"title"`
	Date     string `toml:"date"`
	End      string `toml:"end"`
	Ongoing  bool   `toml:"ongoing"`
	Display  string `toml:"display"`
	Summary  string `toml:"summary"`
	Category string `toml:"category"`
	Body     string `toml:"body"`
	Sources  []struct {
		Title string `toml:"title"`
		URL   string `toml:"url"`
	} `toml:"sources"`
	Media []struct {
		Src     string `toml:"src"`
		Alt     string `toml:"alt"`
		Caption string `toml:"caption"`
		Credit  string `toml:"credit"`
		Link    string `toml:"link"`
	} `toml:"media"`
}

// decodeEvent decodes an event file strictly: every key must be one the
// tests know.
func decodeEvent(tb testing.TB, path string, data []byte) eventFile {
	tb.Helper()
	var e eventFile
	md, err := toml.Decode(string(data), &e)
	if err != nil {
		tb.Fatalf("%s does not decode: %v\n%s", path, err, data)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		tb.Fatalf("%s has unknown keys %v", path, undecoded)
	}
	return e
}

// checkSite checks the site in dir as "timeline check" does (the real
// loader, media decoded, every output rendered), failing the test with
// its errors, and returns the site loaded.
func checkSite(tb testing.TB, dir string) *content.Site {
	tb.Helper()
	site, err := generator.Check(dir)
	if err != nil {
		tb.Fatalf("the imported site does not pass check:\n%v", err)
	}
	return site
}

// dryRun imports file without writing, into a site folder that does not
// exist, and returns the messages, the files and the summary as the
// command prints them.
func dryRun(tb testing.TB, file string) (*importer.Result, string) {
	tb.Helper()
	res, err := importer.Import(importer.Options{File: file, SiteDir: filepath.Join("testdata", "no-site"), DryRun: true})
	if err != nil {
		tb.Fatalf("import %s: %v", file, err)
	}
	var out bytes.Buffer
	for _, m := range res.Messages {
		out.WriteString(m.String() + "\n")
	}
	if err := res.WriteDryRun(&out); err != nil {
		tb.Fatal(err)
	}
	out.WriteString(strings.Join(res.Summary(), "\n") + "\n")
	return res, out.String()
}

// TestFixtures compares what each fixture imports to, messages included,
// with its golden file (go test -update rewrites them).
func TestFixtures(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			_, got := dryRun(t, filepath.Join("testdata", name))
			golden := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("import %s differs from %s (go test -update rewrites it):\n%s", name, golden, firstDifference(got, string(want)))
			}
			if _, err := os.Stat(filepath.Join("testdata", "no-site")); err == nil {
				t.Error("a dry run wrote the site folder")
			}
		})
	}
}

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + gl + "\n want " + wl
		}
	}
	return ""
}

// TestFilesDecode imports every fixture into a folder, checks the site
// with the generator's own loader, and decodes every file written with
// BurntSushi/toml: each value is the one read, and the site loads every
// event with its title, summary, dates and category.
func TestFilesDecode(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			res, err := importer.Import(importer.Options{File: filepath.Join("testdata", name), SiteDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Events) != len(res.Site.Events) {
				t.Fatalf("got %d event files, want %d", len(res.Events), len(res.Site.Events))
			}
			loaded := map[string]*content.Event{}
			for _, e := range checkSite(t, dir).Events {
				loaded[e.ID] = e
			}
			if len(loaded) != len(res.Events) {
				t.Errorf("check loads %d events, want %d", len(loaded), len(res.Events))
			}
			for i, f := range res.Events {
				data, err := os.ReadFile(f.Path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(data, f.Data) {
					t.Errorf("%s holds other bytes than the import planned", f.Path)
				}
				got, want := decodeEvent(t, f.Path, data), res.Site.Events[i]
				if got.Title != want.Title || got.Summary != want.Summary || got.Display != want.Display || got.Date != want.Date.EDTF() {
					t.Errorf("%s: got %q %q %q %q, want %q %q %q %q", f.Path, got.Title, got.Summary, got.Display, got.Date, want.Title, want.Summary, want.Display, want.Date.EDTF())
				}
				if wantBody := want.Body + "\n"; want.Body != "" && got.Body != wantBody {
					t.Errorf("%s: body got %q, want %q", f.Path, got.Body, wantBody)
				}
				e := loaded[strings.TrimSuffix(filepath.Base(f.Path), ".toml")]
				switch {
				case e == nil:
					t.Errorf("%s is not among the events check loads", f.Path)
				case e.Title != got.Title || e.Summary != got.Summary || e.Date.String() != got.Date || e.End.String() != got.End || e.Category != got.Category || len(e.Media) != len(got.Media):
					t.Errorf("%s loads as %q %q %s–%s %q with %d media, want %q %q %s–%s %q with %d",
						f.Path, e.Title, e.Summary, e.Date, e.End, e.Category, len(e.Media), got.Title, got.Summary, got.Date, got.End, got.Category, len(got.Media))
				}
			}
			var cfg struct {
				Title      string
				Categories []struct{ ID, Label string }
			}
			if _, err := toml.DecodeFile(filepath.Join(dir, "config.toml"), &cfg); err != nil || cfg.Title == "" {
				t.Errorf("config.toml: %v, title %q", err, cfg.Title)
			}
		})
	}
}
