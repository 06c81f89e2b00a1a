package render

import (
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/output"
)

// idNamespace is the namespace of the name-based UUIDs (RFC 9562, version
// 5) that identify a site and its events in feed.xml and timeline.ics. It
// is fixed for good: changing it would change every published id.
var idNamespace = [16]byte{0x3c, 0x0f, 0x5a, 0x4e, 0x7d, 0x52, 0x4b, 0x1e, 0x9a, 0x61, 0x2e, 0x8d, 0x40, 0x7b, 0xc5, 0x13}

// nameUUID returns the version 5 UUID of name in idNamespace, in its
// textual form.
func nameUUID(name string) string {
	h := sha1.New()
	h.Write(idNamespace[:])
	h.Write([]byte(name))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// siteUUID identifies the site: the UUID of its title. It depends neither
// on the base URL nor on the build.
func (r *renderer) siteUUID() string { return nameUUID(r.site.Config.Title) }

// eventUUID identifies an event for feed readers and calendars: the UUID of
// the site's title and the event's id, so it stays the same from build to
// build, with or without a base URL, as long as the title and the event's
// file name do.
func (r *renderer) eventUUID(e *content.Event) string {
	return nameUUID(r.site.Config.Title + "/" + e.ID)
}

// eventUpdated is the deterministic date the feed gives an event: the first
// day of its date, so that readers list the entries in timeline order, and
// the nearest day Atom can carry (years 1 to 9999) for a date beyond them.
func eventUpdated(e *content.Event) time.Time { return dayTime(e.Date.First()) }

// dayTime returns the day d at midnight UTC, within the years 1 to 9999
// that RFC 3339 times can carry: 0001-01-01 for any day before, 9999-12-31
// for any day after.
func dayTime(d edtf.Day) time.Time {
	switch {
	case d.Year < 1:
		return time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
	case d.Year > 9999:
		return time.Date(9999, time.December, 31, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// siteUpdated is the deterministic date of the whole site: the latest of
// the source's updated date and the events' dates, or the Unix epoch for a
// site with neither. It never depends on the time of the build.
func (r *renderer) siteUpdated() time.Time {
	var latest time.Time
	found := false
	consider := func(t time.Time) {
		if !found || t.After(latest) {
			latest, found = t, true
		}
	}
	if d, err := edtf.ParseDate(r.site.Config.Source.Updated); err == nil {
		consider(dayTime(d.First()))
	}
	for _, e := range r.site.Events {
		consider(eventUpdated(e))
	}
	if !found {
		return time.Unix(0, 0).UTC()
	}
	return latest
}

// upperFirst returns s with its first letter in upper case: "Since March
// 2010" at the start of a sentence.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// siteURL returns the URL of a file of the site: absolute with a base URL,
// relative to the site root otherwise.
func (r *renderer) siteURL(path string) string {
	return r.site.Config.BaseURL + path
}

// atomFeed is feed.xml, an Atom 1.0 document (RFC 4287), without its
// entries: eventList adds them.
type atomFeed struct {
	XMLName   xml.Name   `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string     `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	ID        string     `xml:"id"`
	Title     atomText   `xml:"title"`
	Subtitle  *atomText  `xml:"subtitle,omitempty"`
	Updated   string     `xml:"updated"`
	Links     []atomLink `xml:"link"`
	Author    atomPerson `xml:"author"`
	Generator string     `xml:"generator"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	XMLName  xml.Name      `xml:"entry"`
	ID       string        `xml:"id"`
	Title    atomText      `xml:"title"`
	Updated  string        `xml:"updated"`
	Link     atomLink      `xml:"link"`
	Category *atomCategory `xml:"category,omitempty"`
	Summary  atomText      `xml:"summary"`
	Content  atomText      `xml:"content"`
}

// feed renders feed.xml: an Atom entry per event, in timeline order. Ids
// are urn:uuid URIs (see eventUUID); links are absolute with a base URL and
// relative to the feed otherwise, which sits at the site root.
func (r *renderer) feed() (output.Pieces, error) {
	cfg := &r.site.Config
	home := "index.html"
	if cfg.BaseURL != "" {
		home = cfg.BaseURL // the index's canonical URL
	}
	f := atomFeed{
		Lang:    cfg.Language,
		ID:      "urn:uuid:" + r.siteUUID(),
		Title:   atomText{Type: "text", Body: cfg.Title},
		Updated: r.siteUpdated().Format(time.RFC3339),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: r.siteURL(output.Feed)},
			{Rel: "alternate", Type: "text/html", Href: home},
		},
		Author:    atomPerson{Name: cfg.Title, URI: cfg.BaseURL},
		Generator: "timeline",
	}
	if cfg.Description != "" {
		f.Subtitle = &atomText{Type: "text", Body: cfg.Description}
	}
	head, tail, err := xmlShell(output.Feed, f, "</feed>")
	if err != nil {
		return nil, err
	}
	parts := newXMLParts()
	return r.eventList(output.Feed, head, tail, "", "", func(i int, e *content.Event) ([]byte, error) {
		entry := atomEntry{
			ID:      "urn:uuid:" + r.eventUUID(e),
			Title:   atomText{Type: "text", Body: e.Title},
			Updated: eventUpdated(e).Format(time.RFC3339),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: r.siteURL(output.EventPage(e.ID))},
			Summary: atomText{Type: "text", Body: upperFirst(r.view(i).Span) + ": " + e.Summary},
			Content: atomText{Type: "html", Body: feedMedia(r.view(i).Lead, r.rootBase) + string(e.HTML)},
		}
		if label := cfg.CategoryLabel(e.Category); label != "" {
			entry.Category = &atomCategory{Term: e.Category, Label: label}
		}
		return parts.marshal(entry)
	})
}
