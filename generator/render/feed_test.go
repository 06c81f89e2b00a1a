package render_test

import (
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The parts of an Atom document the tests read back, by RFC 4287 name.
type atomDoc struct {
	XMLName  xml.Name     `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string       `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	ID       string       `xml:"http://www.w3.org/2005/Atom id"`
	Title    atomTextEl   `xml:"http://www.w3.org/2005/Atom title"`
	Subtitle atomTextEl   `xml:"http://www.w3.org/2005/Atom subtitle"`
	Updated  string       `xml:"http://www.w3.org/2005/Atom updated"`
	Links    []atomLinkEl `xml:"http://www.w3.org/2005/Atom link"`
	Authors  []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Entries []atomEntryEl `xml:"http://www.w3.org/2005/Atom entry"`
}

type atomTextEl struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomLinkEl struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

type atomEntryEl struct {
	ID       string       `xml:"http://www.w3.org/2005/Atom id"`
	Title    atomTextEl   `xml:"http://www.w3.org/2005/Atom title"`
	Updated  string       `xml:"http://www.w3.org/2005/Atom updated"`
	Links    []atomLinkEl `xml:"http://www.w3.org/2005/Atom link"`
	Category []struct {
		Term  string `xml:"term,attr"`
		Label string `xml:"label,attr"`
	} `xml:"http://www.w3.org/2005/Atom category"`
	Summary atomTextEl `xml:"http://www.w3.org/2005/Atom summary"`
	Content atomTextEl `xml:"http://www.w3.org/2005/Atom content"`
}

var uuidURN = regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// parseAtom parses feed.xml strictly.
func parseAtom(tb testing.TB, data []byte) atomDoc {
	tb.Helper()
	var doc atomDoc
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		tb.Fatalf("feed.xml does not parse as XML: %v", err)
	}
	return doc
}

// atomHref returns the href of the link with the given rel, or "".
func atomHref(links []atomLinkEl, rel string) string {
	for _, l := range links {
		if l.Rel == rel {
			return l.Href
		}
	}
	return ""
}

// checkAtomDate checks an Atom date construct (RFC 3339) and returns it.
func checkAtomDate(tb testing.TB, what, value string) time.Time {
	tb.Helper()
	d, err := time.Parse(time.RFC3339, value)
	if err != nil {
		tb.Errorf("%s %q is not an RFC 3339 date: %v", what, value, err)
	}
	return d
}

func TestFeedParsesAsAtom(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			cfg := s.site.Config
			doc := parseAtom(t, outputFile(t, s.files, "feed.xml"))
			if !uuidURN.MatchString(doc.ID) {
				t.Errorf("feed id: got %q, want a urn:uuid", doc.ID)
			}
			if doc.Lang != cfg.Language {
				t.Errorf("xml:lang: got %q, want %q", doc.Lang, cfg.Language)
			}
			if doc.Title.Text != cfg.Title || doc.Title.Type != "text" {
				t.Errorf("title: got %q (%s), want %q (text)", doc.Title.Text, doc.Title.Type, cfg.Title)
			}
			if doc.Subtitle.Text != cfg.Description {
				t.Errorf("subtitle: got %q, want %q", doc.Subtitle.Text, cfg.Description)
			}
			checkAtomDate(t, "feed updated", doc.Updated)
			if len(doc.Authors) == 0 || doc.Authors[0].Name == "" {
				t.Errorf("feed author: got %v, want a name (RFC 4287 needs one)", doc.Authors)
			}
			wantHome := "index.html"
			if cfg.BaseURL != "" {
				wantHome = cfg.BaseURL
			}
			if got := atomHref(doc.Links, "alternate"); got != wantHome {
				t.Errorf("alternate link: got %q, want %q", got, wantHome)
			}
			wantSelf := cfg.BaseURL + "feed.xml"
			if got := atomHref(doc.Links, "self"); got != wantSelf {
				t.Errorf("self link: got %q, want %q", got, wantSelf)
			}
			if len(doc.Entries) != len(s.site.Events) {
				t.Fatalf("entries: got %d, want %d, one per event", len(doc.Entries), len(s.site.Events))
			}
			seen := map[string]bool{}
			for i, e := range s.site.Events {
				entry := doc.Entries[i]
				if !uuidURN.MatchString(entry.ID) || seen[entry.ID] || entry.ID == doc.ID {
					t.Errorf("%s: id %q is not a urn:uuid of its own", e.ID, entry.ID)
				}
				seen[entry.ID] = true
				if entry.Title.Text != e.Title {
					t.Errorf("%s: title: got %q, want %q", e.ID, entry.Title.Text, e.Title)
				}
				if got, want := checkAtomDate(t, e.ID+" updated", entry.Updated).Format("2006-01-02"), e.Date.First().String(); got != want {
					t.Errorf("%s: updated: got %s, want %s, the first day of its date", e.ID, got, want)
				}
				wantHref := cfg.BaseURL + "events/" + e.ID + ".html"
				if got := atomHref(entry.Links, "alternate"); got != wantHref {
					t.Errorf("%s: alternate link: got %q, want %q", e.ID, got, wantHref)
				}
				if entry.Content.Type != "html" || entry.Content.Text != string(e.HTML) {
					t.Errorf("%s: content: got %q (%s), want the rendered body %q (html)", e.ID, entry.Content.Text, entry.Content.Type, e.HTML)
				}
				if !strings.HasSuffix(entry.Summary.Text, e.Summary) {
					t.Errorf("%s: summary: got %q, want it to end in %q", e.ID, entry.Summary.Text, e.Summary)
				}
				if label := cfg.CategoryLabel(e.Category); label != "" {
					if len(entry.Category) != 1 || entry.Category[0].Term != e.Category || entry.Category[0].Label != label {
						t.Errorf("%s: category: got %+v, want term %q label %q", e.ID, entry.Category, e.Category, label)
					}
				} else if len(entry.Category) != 0 {
					t.Errorf("%s: category: got %+v, want none", e.ID, entry.Category)
				}
			}
		})
	}
}

// TestFeedIDsStable checks that ids depend neither on the base URL nor on
// the build.
func TestFeedIDsStable(t *testing.T) {
	dir := writeTestSite(t, hostileConfig, hostileEvents)
	ids := func(base string) []string {
		_, files := renderTestSite(t, dir, base)
		doc := parseAtom(t, outputFile(t, files, "feed.xml"))
		list := []string{doc.ID}
		for _, e := range doc.Entries {
			list = append(list, e.ID)
		}
		return list
	}
	without, with, again := ids(""), ids(testBaseURL), ids("")
	for i := range without {
		if without[i] != with[i] || without[i] != again[i] {
			t.Errorf("id %d: got %q without a base URL, %q with one and %q on a second build, want one id", i, without[i], with[i], again[i])
		}
	}
}

// TestFeedUpdated checks that the feed's updated date is the latest of the
// source's updated date and the events' dates, never the build time.
func TestFeedUpdated(t *testing.T) {
	event := func(date string) string {
		return "title = \"E\"\ndate = \"" + date + "\"\nsummary = \"S.\"\n"
	}
	tests := []struct {
		name    string
		updated string // source.updated
		events  map[string]string
		want    string
	}{
		{"source later", "2017-03-21", map[string]string{"a": event("2014-08")}, "2017-03-21T00:00:00Z"},
		{"event later", "2001", map[string]string{"a": event("2014-08-05"), "b": event("1999")}, "2014-08-05T00:00:00Z"},
		{"no source date", "", map[string]string{"a": event("2003-04")}, "2003-04-01T00:00:00Z"},
		{"before 1970", "1950-06", map[string]string{"a": event("1848")}, "1950-06-01T00:00:00Z"},
		{"nothing dated", "", nil, "1970-01-01T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			config := "title = \"T\"\n"
			if tt.updated != "" {
				config += "[source]\ntitle = \"S\"\nupdated = \"" + tt.updated + "\"\n"
			}
			_, files := renderTestSite(t, writeTestSite(t, config, tt.events), "")
			if got := parseAtom(t, outputFile(t, files, "feed.xml")).Updated; got != tt.want {
				t.Errorf("feed updated: got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestFeedAdvertised checks that every page links the feed, relative to
// the page.
func TestFeedAdvertised(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			for _, name := range htmlOutputs(s.files) {
				want := "feed.xml"
				switch {
				case name == "404.html" && s.site.Config.BaseURL != "":
					want = s.site.Config.BaseURL + "feed.xml" // served at any depth
				case strings.Contains(name, "/"): // events/, years/, tags/
					want = "../feed.xml"
				}
				var hrefs []string
				for _, tag := range startTags(s.files[name], "link") {
					if tag.Attrs["rel"] == "alternate" && tag.Attrs["type"] == "application/atom+xml" {
						hrefs = append(hrefs, tag.Attrs["href"])
					}
				}
				if len(hrefs) != 1 || hrefs[0] != want {
					t.Errorf("%s: Atom links: got %q, want [%q]", name, hrefs, want)
				}
			}
		})
	}
}
