package render_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestInlineCodeIsMinified renders the fixture site and checks that every
// style sheet and script a page inlines is already minified: the page
// minifier passes inline code through, so the renderer must minify it.
func TestInlineCodeIsMinified(t *testing.T) {
	site, err := testsite.Load("testdata/site", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := testsite.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, m := range inlineCode.FindAllStringSubmatch(string(data), -1) {
			ext := map[string]string{"style": ".css", "script": ".js"}[m[1]]
			// Minifying twice may rename variables or join statements
			// differently, but code that was never minified shrinks by far
			// more than 2%.
			if again, _ := minify.File("inline"+ext, []byte(m[2])); len(again) < len(m[2])*98/100 {
				t.Errorf("%s: inline <%s> is not minified (%d bytes, %d when minified): %.80q", name, m[1], len(m[2]), len(again), m[2])
			}
			checked++
		}
	}
	if checked < 4 {
		t.Fatalf("checked %d inline blocks; want the style and script of every page", checked)
	}
}

// TestPagesAreMinified checks that the pages a build writes are minified:
// they come from minified layouts, so minifying them again can only drop
// the quotes around attributes whose values the templates insert, and
// entities html/template writes. A page that was never minified shrinks by
// far more than 1%.
func TestPagesAreMinified(t *testing.T) {
	site, err := testsite.Load("testdata/site", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := testsite.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		if again, _ := minify.File(name, data); len(again) < len(data)*99/100 {
			t.Errorf("%s is not minified: %d bytes, %d when minified again", name, len(data), len(again))
		}
		checked++
	}
	if checked < 5 {
		t.Fatalf("checked %d pages; want every page", checked)
	}
}
