package render_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/layouts"
)

// The embed protocol, as README.md documents it.
const (
	msgHeight        = "timeline:height"
	msgScroll        = "timeline:scroll"
	msgRequestHeight = "timeline:request-height"
)

// inlineScript returns the contents of the script elements of doc.
func inlineScript(doc []byte) string {
	var b strings.Builder
	for _, m := range regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllSubmatch(doc, -1) {
		b.Write(m[1])
	}
	return b.String()
}

func TestEmbedPage(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			doc := outputFile(t, s.files, "embed.html")
			page := string(doc)
			for _, chrome := range []string{`class=site-header`, `class=site-footer`, `class=skip`, `class=embed-code`} {
				if strings.Contains(page, chrome) {
					t.Errorf("embed.html has %s, want no page chrome", chrome)
				}
			}
			ids := map[string]bool{}
			for _, tag := range startTags(doc, "article") {
				ids[tag.Attrs["id"]] = true
			}
			for _, e := range s.site.Events {
				if !ids[e.ID] {
					t.Errorf("no element with id %q: embed.html#%s would not open at the event", e.ID, e.ID)
				}
			}
			pageLinks := 0
			for _, a := range startTags(doc, "a") {
				href := a.Attrs["href"]
				switch {
				case strings.HasPrefix(href, "#"):
					if target, ok := a.Attrs["target"]; ok {
						t.Errorf("<a href=%q target=%q>: an in-frame link must not leave the frame", href, target)
					}
				default:
					if a.Attrs["target"] != "_top" {
						t.Errorf("<a href=%q> has target %q, want _top", href, a.Attrs["target"])
					}
					if strings.HasPrefix(href, "events/") {
						pageLinks++
					}
				}
			}
			if pageLinks != len(s.site.Events) {
				t.Errorf("links to event pages: got %d, want %d", pageLinks, len(s.site.Events))
			}
			filters := map[string]bool{}
			for _, button := range startTags(doc, "button") {
				filters[button.Attrs["data-filter"]] = true
			}
			for _, e := range s.site.Events {
				if e.Category != "" && !filters[e.Category] {
					t.Errorf("no filter button for category %q", e.Category)
				}
			}

			script := inlineScript(doc)
			for _, want := range []string{msgHeight, msgScroll, msgRequestHeight, "ResizeObserver", "postMessage", "category", "resize"} {
				if !strings.Contains(script, want) {
					t.Errorf("the embed's script has no %q", want)
				}
			}
			if !regexp.MustCompile(`window\.parent\s*===?\s*window`).MatchString(script) {
				t.Errorf("the embed's script does not check window.parent === window (unframed: send nothing)")
			}
		})
	}
}

func TestEmbedScript(t *testing.T) {
	_, files := hostileSite(t, "")
	script := string(outputFile(t, files, "embed.js"))
	for _, want := range []string{msgHeight, msgScroll, msgRequestHeight, "data-timeline-embed", "embed\\.html", "contentWindow", ".source", "style.height"} {
		if !strings.Contains(script, want) {
			t.Errorf("embed.js has no %q", want)
		}
	}
	if strings.Contains(script, ".origin") {
		t.Errorf("embed.js reads event.origin: it must work across origins and trust event.source")
	}
	// The minifier renames variables: the source must compare the
	// message's window with the iframe's.
	source, err := layouts.FS.ReadFile("embed.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"frames[i].contentWindow === source", "frameOf(event.source)", `typeof value === "number" && isFinite(value)`} {
		if !strings.Contains(string(source), want) {
			t.Errorf("layouts/embed.js has no %q", want)
		}
	}
}

// snippetPattern finds the embed code on the index.
var snippetPattern = regexp.MustCompile(`(?s)<code id="?embed-snippet"?>(.*?)</code>`)

func TestEmbedSnippet(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			m := snippetPattern.FindSubmatch(outputFile(t, s.files, "index.html"))
			if m == nil {
				t.Fatalf("no embed snippet on the index")
			}
			code := []byte(html.UnescapeString(string(m[1])))
			frames := startTags(code, "iframe")
			if len(frames) != 1 {
				t.Fatalf("iframes in the snippet: got %d, want 1 in %s", len(frames), code)
			}
			frame := frames[0].Attrs
			base := s.site.Config.BaseURL
			if got, want := frame["src"], base+"embed.html"; got != want {
				t.Errorf("iframe src: got %q, want %q", got, want)
			}
			if got, want := frame["title"], s.site.Config.Title; got != want {
				t.Errorf("iframe title: got %q, want %q", got, want)
			}
			if _, ok := frame["data-timeline-embed"]; !ok {
				t.Errorf("iframe has no data-timeline-embed attribute")
			}
			scripts := startTags(code, "script")
			if len(scripts) != 1 || scripts[0].Attrs["src"] != base+"embed.js" {
				t.Errorf("scripts in the snippet: got %v, want one with src %q", scripts, base+"embed.js")
			}
		})
	}
}
