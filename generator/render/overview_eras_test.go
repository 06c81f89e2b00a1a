package render_test

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/render"
)

// fixtureIn copies the fixture site name into a temporary folder with its
// config.toml's language set to lang, and renders it in the words and the
// direction of that language.
func fixtureIn(tb testing.TB, name, lang string) (*content.Site, map[string][]byte) {
	tb.Helper()
	dir := filepath.Join(tb.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(testsite.Fixture(name))); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "config.toml")
	cfg, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	cfg = []byte(strings.Replace(string(cfg), `language    = "en"`, `language    = "`+lang+`"`, 1))
	if err := os.WriteFile(path, cfg, 0o644); err != nil {
		tb.Fatal(err)
	}
	res, err := load.Site(dir, load.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	outs, err := render.Plan(res.Site, render.Options{Messages: res.Messages})
	if err != nil {
		tb.Fatal(err)
	}
	files := map[string][]byte{}
	var mu sync.Mutex
	if err := render.Run(outs, func(name string, data output.Pieces) error {
		mu.Lock()
		defer mu.Unlock()
		files[name] = data.Bytes()
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return res.Site, files
}

// number reads an attribute of n as a number.
func number(tb testing.TB, n *html.Node, key string) float64 {
	tb.Helper()
	f, err := strconv.ParseFloat(attr(n, key), 64)
	if err != nil {
		tb.Fatalf("<%s %s=%q>: %v", n.Data, key, attr(n, key), err)
	}
	return f
}

// drawnLabel is an era's label as the overview draws it, with the room
// it takes at most.
type drawnLabel struct {
	text        string
	y, from, to float64
}

// labelRoom estimates the room an era's label takes, as the overview
// allows for it: 8 units a character, 12 for one of East Asia.
func labelRoom(s string) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			w += 12
		} else {
			w += 8
		}
	}
	return w
}

// TestOverviewEras checks the eras on the overview of the eras fixture,
// from left to right and from right to left: every era the axis reaches
// is a band from its first day to its last on the scale of the marks, cut
// to the axis (an era still running reaches its end), named with its
// dates for assistive technology, drawn before the marks; and no two
// labels meet.
func TestOverviewEras(t *testing.T) {
	for _, lang := range []string{"en", "he"} {
		t.Run(lang, func(t *testing.T) {
			site, files := fixtureIn(t, "eras", lang)
			doc := parseHTML(t, files["index.html"])
			svgs := elements(doc, func(n *html.Node) bool { return n.Data == "svg" && hasClass(n, "overview-svg") })
			if len(svgs) != 1 {
				t.Fatalf("%d overviews, want 1", len(svgs))
			}
			svg := svgs[0]
			// The scale, as the script that draws the present day reads
			// it: days and where they lie at the two ends of the axis.
			var scale [6]float64
			for i, f := range strings.Fields(attr(svg, "data-today")) {
				scale[i], _ = strconv.ParseFloat(f, 64)
			}
			xOf := func(day int64) float64 {
				return scale[2] + (scale[3]-scale[2])*(float64(day)-scale[0])/(scale[1]-scale[0])
			}
			lo, hi := min(scale[2], scale[3]), max(scale[2], scale[3])
			if rtl := lang == "he"; rtl != (scale[2] > scale[3]) {
				t.Errorf("the axis runs from %g to %g; want it mirrored only right to left", scale[2], scale[3])
			}

			bands := elements(svg, func(n *html.Node) bool { return hasClass(n, "era") })
			if len(bands) != len(site.Config.Eras) {
				t.Fatalf("%d eras drawn, want %d", len(bands), len(site.Config.Eras))
			}
			var labels []drawnLabel
			for i, g := range bands {
				era := site.Config.Eras[i]
				name := era.Label + ", "
				if attr(g, "role") != "img" || !strings.HasPrefix(attr(g, "aria-label"), name) || len(attr(g, "aria-label")) <= len(name) {
					t.Errorf("era %d: role %q, aria-label %q; want an image named %q and its dates", i, attr(g, "role"), attr(g, "aria-label"), era.Label)
				}
				rect := elements(g, func(n *html.Node) bool { return hasClass(n, "era-band") })[0]
				x, w := number(t, rect, "x"), number(t, rect, "width")
				a, b := xOf(era.Date.First().Number()), hi
				if !era.Ongoing {
					b = xOf(era.End.Last().Next().Number())
				}
				wantFrom, wantTo := max(min(a, b), lo), min(max(a, b), hi)
				if era.Ongoing {
					wantFrom, wantTo = min(a, hi), hi
					if lang == "he" {
						wantFrom, wantTo = lo, max(a, lo)
					}
				}
				if math.Abs(x-wantFrom) > 0.2 || math.Abs(x+w-wantTo) > 0.2 && wantTo-wantFrom > 2 {
					t.Errorf("%s: band from %.1f to %.1f, want %.1f to %.1f", era.Label, x, x+w, wantFrom, wantTo)
				}
				for _, label := range elements(g, func(n *html.Node) bool { return n.Data == "text" }) {
					s, x := text(label), number(t, label, "x")
					from, to := x, x+labelRoom(s)
					if hasClass(label, "end") {
						from, to = x-labelRoom(s), x
					}
					labels = append(labels, drawnLabel{s, number(t, label, "y"), from, to})
				}
			}
			if len(labels) != len(bands) {
				t.Errorf("%d labels for %d eras, want one each", len(labels), len(bands))
			}
			for i, l := range labels {
				if l.from < 0 || l.to > 960 {
					t.Errorf("label %q runs out of the drawing (%.1f to %.1f)", l.text, l.from, l.to)
				}
				for _, m := range labels[i+1:] {
					if math.Abs(l.y-m.y) < 14 && l.from < m.to && m.from < l.to {
						t.Errorf("labels %q (%.1f to %.1f) and %q (%.1f to %.1f) overlap at y %g and %g", l.text, l.from, l.to, m.text, m.from, m.to, l.y, m.y)
					}
				}
			}
			// Behind the marks: the eras come before the first mark.
			var order []string
			for c := range svg.ChildNodes() {
				if hasClass(c, "eras") || hasClass(c, "item") {
					order = append(order, strings.Fields(attr(c, "class"))[0])
				}
			}
			if i := slices.Index(order, "eras"); i != 0 {
				t.Errorf("the overview draws %v; want the eras first, behind the marks", order[:min(len(order), 3)])
			}
		})
	}
}
