package render

import (
	"encoding/xml"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/output"
)

// sitemapURLSet is sitemap.xml in the Sitemaps 0.9 protocol, without the
// events' pages: eventList adds them.
type sitemapURLSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	XMLName xml.Name `xml:"url"`
	Loc     string   `xml:"loc"`
}

// sitemap renders sitemap.xml: the absolute URLs of the index, of every
// year page (on a site too large for one page), of the index of tags and
// every tag page (on a site whose events have tags) and of every event
// page, in each language of the site. Only a site with a base URL has
// one: a sitemap needs absolute URLs.
func (r *renderer) sitemap() (output.Pieces, error) {
	base := r.site.Config.BaseURL
	// The trees of the further languages have the same pages.
	folders := []string{""}
	for _, l := range r.languages[min(1, len(r.languages)):] {
		folders = append(folders, l.Folder)
	}
	var set sitemapURLSet
	for _, f := range folders {
		set.URLs = append(set.URLs, sitemapURL{Loc: base + f})
		if r.paged() {
			for _, y := range r.yearLinks(r.years()) {
				set.URLs = append(set.URLs, sitemapURL{Loc: base + f + y.URL})
			}
		}
		// Every tree names its tag pages alike.
		if r.hasTags() {
			set.URLs = append(set.URLs, sitemapURL{Loc: base + f + output.TagIndex})
			for _, t := range r.tags.Tags {
				set.URLs = append(set.URLs, sitemapURL{Loc: base + f + output.TagPage(t.Slug)})
			}
		}
	}
	head, tail, err := xmlShell(output.Sitemap, set, "</urlset>")
	if err != nil {
		return nil, err
	}
	parts := newXMLParts()
	return r.eventList(output.Sitemap, head, tail, "", "", func(i int, e *content.Event) ([]byte, error) {
		var part []byte
		for _, f := range folders {
			p, err := parts.marshal(sitemapURL{Loc: base + f + output.EventPage(e.ID)})
			if err != nil {
				return nil, err
			}
			part = append(part, p...)
		}
		return part, nil
	})
}

// robots renders robots.txt, which allows everything and names the
// sitemap. Crawlers read it only at the root of a host, so under a
// sub-path it is there for the host's owner to merge into theirs.
func (r *renderer) robots() []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + r.site.Config.BaseURL + "sitemap.xml\n")
}
