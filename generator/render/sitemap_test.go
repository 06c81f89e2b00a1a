package render_test

import (
	"encoding/xml"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator"
)

type sitemapDoc struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []struct {
		Loc string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
	} `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 url"`
}

func TestSitemap(t *testing.T) {
	for _, s := range testSites(t) {
		base := s.site.Config.BaseURL
		if base == "" {
			continue // TestPublishingOutputs checks that there is none
		}
		t.Run(s.name, func(t *testing.T) {
			var doc sitemapDoc
			dec := xml.NewDecoder(strings.NewReader(string(outputFile(t, s.files, "sitemap.xml"))))
			dec.Strict = true
			if err := dec.Decode(&doc); err != nil {
				t.Fatalf("sitemap.xml does not parse: %v", err)
			}
			var got []string
			for _, u := range doc.URLs {
				got = append(got, u.Loc)
				if parsed, err := url.Parse(u.Loc); err != nil || !parsed.IsAbs() || !strings.HasPrefix(u.Loc, base) {
					t.Errorf("loc %q: want an absolute URL under %s", u.Loc, base)
				}
			}
			want := []string{base}
			// The tag pages, in the order of the index of tags.
			if index, ok := s.files["tags/index.html"]; ok {
				want = append(want, base+"tags/index.html")
				for _, a := range startTags(index, "a") {
					if href := a.Attrs["href"]; strings.HasPrefix(href, "../tags/") {
						want = append(want, base+strings.TrimPrefix(href, "../"))
					}
				}
			}
			for name := range s.files {
				if strings.HasPrefix(name, "tags/") && !slices.Contains(want, base+name) {
					t.Errorf("%s: a page of a tag the index of tags does not link", name)
				}
			}
			for _, e := range s.site.Events {
				want = append(want, base+"events/"+e.ID+".html")
			}
			if !slices.Equal(got, want) {
				t.Errorf("locs:\ngot  %q\nwant %q", got, want)
			}
			if base != testRootURL {
				return // TestPublishingOutputs checks that there is no robots.txt
			}
			robots := string(outputFile(t, s.files, "robots.txt"))
			if wantLine := "Sitemap: " + base + "sitemap.xml\n"; !strings.Contains(robots, wantLine) {
				t.Errorf("robots.txt: got %q, want a line %q", robots, wantLine)
			}
			if !strings.HasPrefix(robots, "User-agent: *\n") {
				t.Errorf("robots.txt: got %q, want it to start with a User-agent line", robots)
			}
		})
	}
}

// metaContent returns the content of the meta tags of doc, by their
// property or name.
func metaContent(doc []byte) map[string]string {
	meta := map[string]string{}
	for _, tag := range startTags(doc, "meta") {
		key := tag.Attrs["property"]
		if key == "" {
			key = tag.Attrs["name"]
		}
		meta[key] = tag.Attrs["content"]
	}
	return meta
}

// canonicalHrefs returns the hrefs of the canonical links of doc.
func canonicalHrefs(doc []byte) []string {
	var hrefs []string
	for _, tag := range startTags(doc, "link") {
		if tag.Attrs["rel"] == "canonical" {
			hrefs = append(hrefs, tag.Attrs["href"])
		}
	}
	return hrefs
}

// TestSharingTags checks the canonical link and the Open Graph and Twitter
// card tags: on every page with a base URL (the embed has its canonical link
// only, the 404 page none), on no page without one.
func TestSharingTags(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			cfg := s.site.Config
			pages := map[string]struct {
				url, kind, title, description string
			}{
				"index.html": {cfg.BaseURL, "website", cfg.Title, cfg.Description},
			}
			for _, e := range s.site.Events {
				pages["events/"+e.ID+".html"] = struct{ url, kind, title, description string }{cfg.BaseURL + "events/" + e.ID + ".html", "article", e.Title, e.Summary}
			}
			for name, want := range pages {
				doc := outputFile(t, s.files, name)
				meta := metaContent(doc)
				if cfg.BaseURL == "" {
					for _, key := range []string{"og:url", "og:title", "og:type", "og:description", "twitter:card"} {
						if v, ok := meta[key]; ok {
							t.Errorf("%s: %s %q without a base URL, want none", name, key, v)
						}
					}
					if got := canonicalHrefs(doc); len(got) != 0 {
						t.Errorf("%s: canonical %q without a base URL, want none", name, got)
					}
					continue
				}
				if got := canonicalHrefs(doc); len(got) != 1 || got[0] != want.url {
					t.Errorf("%s: canonical: got %q, want [%q]", name, got, want.url)
				}
				for key, value := range map[string]string{
					"og:url": want.url, "og:type": want.kind, "og:title": want.title,
					"og:description": want.description, "twitter:card": "summary",
				} {
					if meta[key] != value {
						t.Errorf("%s: %s: got %q, want %q", name, key, meta[key], value)
					}
				}
			}
			embed := outputFile(t, s.files, "embed.html")
			wantCanonical := []string(nil)
			if cfg.BaseURL != "" {
				wantCanonical = []string{cfg.BaseURL}
			}
			if got := canonicalHrefs(embed); !slices.Equal(got, wantCanonical) {
				t.Errorf("embed.html: canonical: got %q, want %q (the index)", got, wantCanonical)
			}
			if got := metaContent(embed)["robots"]; got != "noindex" {
				t.Errorf("embed.html: robots: got %q, want noindex", got)
			}
			if got := canonicalHrefs(outputFile(t, s.files, "404.html")); len(got) != 0 {
				t.Errorf("404.html: canonical: got %q, want none", got)
			}
		})
	}
}

// TestLinksStayRelative checks that a base URL makes no internal link
// absolute: only the canonical link and the meta tags carry it.
func TestLinksStayRelative(t *testing.T) {
	_, files := hostileSite(t, testBaseURL)
	for _, name := range htmlOutputs(files) {
		if name == "404.html" {
			continue // a host serves it at any depth: its links are absolute by design
		}
		for _, tagName := range []string{"a", "link", "script", "iframe"} {
			for _, tag := range startTags(files[name], tagName) {
				for _, attr := range []string{"href", "src"} {
					v := tag.Attrs[attr]
					if tag.Attrs["rel"] == "canonical" || v == "" {
						continue
					}
					if strings.HasPrefix(v, testBaseURL) {
						t.Errorf("%s: <%s %s=%q>: want a relative link", name, tagName, attr, v)
					}
				}
			}
		}
	}
}

func TestBuildResultSummary(t *testing.T) {
	tests := []struct {
		name    string
		baseURL string
		drafts  int
		want    string
	}{
		{"at a host's root", testRootURL, 0, ""},
		{"under a sub-path", testBaseURL, 0, "; robots.txt skipped: crawlers read it only at the root of a host (copy its Sitemap: line into https://example.org/robots.txt)"},
		{"without", "", 0, "; no baseURL: sitemap.xml and robots.txt skipped"},
		{"one draft", testRootURL, 1, "; 1 draft left out (build with -drafts to include them)"},
		{"drafts", "", 3, "; 3 drafts left out (build with -drafts to include them); no baseURL: sitemap.xml and robots.txt skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			r := &generator.BuildResult{Events: 7, Files: 15, Duration: 4 * time.Millisecond, OutDir: out, BaseURL: tt.baseURL, Drafts: tt.drafts}
			want := "7 events, 15 files, 4 ms → " + out + string(filepath.Separator) + tt.want
			if got := r.String(); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}
