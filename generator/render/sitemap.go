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
// year page (on a site too large for one page) and of every event page. Only a site with a base URL has one: a sitemap needs
// absolute URLs.
func (r *renderer) sitemap() (output.Pieces, error) {
	base := r.site.Config.BaseURL
	set := sitemapURLSet{URLs: []sitemapURL{{Loc: base}}}
	if r.paged() {
		for _, y := range r.yearLinks(r.years()) {
			set.URLs = append(set.URLs, sitemapURL{Loc: base + y.URL})
		}
	}
	head, tail, err := xmlShell(output.Sitemap, set, "</urlset>")
	if err != nil {
		return nil, err
	}
	parts := newXMLParts()
	return r.eventList(output.Sitemap, head, tail, "", "", func(i int, e *content.Event) ([]byte, error) {
		return parts.marshal(sitemapURL{Loc: base + output.EventPage(e.ID)})
	})
}

// robots renders robots.txt, which allows everything and names the
// sitemap. Crawlers read it only at the root of a host, so under a
// sub-path it is there for the host's owner to merge into theirs.
func (r *renderer) robots() []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + r.site.Config.BaseURL + "sitemap.xml\n")
}
