package render_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// The exports as other programs read them: typed structs decoded with
// encoding/json and encoding/xml, and the calendar with emersion/go-ical,
// whose encoder checks each component as RFC 5545 wants it.

type jsonExport struct {
	Title  string `json:"title"`
	Events []struct {
		ID      string `json:"id"`
		Date    string `json:"date"`
		End     string `json:"end"`
		Ongoing bool   `json:"ongoing"`
		URL     string `json:"url"`
	} `json:"events"`
}

type tljsDate struct {
	Year  int `json:"year"`
	Month int `json:"month"`
	Day   int `json:"day"`
}

type tljsExport struct {
	Title struct {
		Text struct{ Headline string } `json:"text"`
	} `json:"title"`
	Events []struct {
		StartDate *tljsDate `json:"start_date"`
		EndDate   *tljsDate `json:"end_date"`
		UniqueID  string    `json:"unique_id"`
	} `json:"events"`
}

type atomExport struct {
	Updated string `xml:"updated"`
	Entries []struct {
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
	} `xml:"entry"`
}

type sitemapExport struct {
	URLs []struct {
		Loc string `xml:"loc"`
	} `xml:"url"`
}

// wideSite spans the whole range of years a date may have, with the
// years whose JSON once came out in exponent form (2000, 3000).
var wideSite = map[string]string{
	"config.toml": `title = "From the first year to the last"
baseURL = "https://example.org/wide/"
[[categories]]
id = "ops"
label = "Operations"
`,
	"events/first.toml":      testsite.EventTOML("The first day", `date = "0001-01-01"`),
	"events/millennium.toml": testsite.EventTOML("A millennium", `date = "2000"`+"\n"+`end = "3000"`),
	"events/leap.toml":       testsite.EventTOML("A leap day", `date = 2000-02-29`),
	"events/last.toml":       testsite.EventTOML("The last month", `date = "9999-12"`),
	"events/to-the-end.toml": testsite.EventTOML("To the end", `date = "9998"`+"\n"+`end = "9999-12"`),
	"events/since.toml":      testsite.EventTOML("Since 2010", `date = "2010-03"`+"\n"+`ongoing = true`),
}

func TestExportsDecodeWithRealParsers(t *testing.T) {
	files := buildFiles(t, testsite.New(t, wideSite))

	var data jsonExport
	decodeJSON(t, files, "timeline.json", &data)
	if len(data.Events) != 6 {
		t.Fatalf("timeline.json: got %d events, want 6", len(data.Events))
	}
	var tljs tljsExport
	decodeJSON(t, files, "timelinejs.json", &tljs)
	years := map[string][2]int{}
	for _, e := range tljs.Events {
		var end int
		if e.EndDate != nil {
			end = e.EndDate.Year
		}
		years[e.UniqueID] = [2]int{e.StartDate.Year, end}
	}
	for id, want := range map[string][2]int{"first": {1, 0}, "millennium": {2000, 3000}, "leap": {2000, 0}, "last": {9999, 0}, "to-the-end": {9998, 9999}} {
		if years[id] != want {
			t.Errorf("timelinejs.json %s: got years %v, want %v", id, years[id], want)
		}
	}

	var feed atomExport
	decodeXML(t, files, "feed.xml", &feed)
	for _, s := range append([]string{feed.Updated}, entryDates(feed)...) {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			t.Errorf("feed.xml: updated %q: %v", s, err)
		}
	}
	var sitemap sitemapExport
	decodeXML(t, files, "sitemap.xml", &sitemap)
	if len(sitemap.URLs) != 7 {
		t.Errorf("sitemap.xml: got %d URLs, want the index and 6 events", len(sitemap.URLs))
	}

	spans := calendarSpans(t, files["timeline.ics"])
	for id, want := range map[string][2]string{
		"The first day":  {"0001-01-01", "0001-01-02"},
		"A millennium":   {"2000-01-01", "3001-01-01"},
		"A leap day":     {"2000-02-29", "2000-03-01"},
		"The last month": {"9999-12-01", "10000-01-01"},
		"To the end":     {"9998-01-01", "10000-01-01"},
		"Since 2010":     {"2010-03-01", "2010-04-01"},
	} {
		if got := spans[id]; got != want {
			t.Errorf("timeline.ics %s: got %v, want %v", id, got, want)
		}
	}
}

// TestEmptySiteExports checks that a site without events has valid
// exports, and no calendar: RFC 5545 wants at least one component in it.
func TestEmptySiteExports(t *testing.T) {
	files := buildFiles(t, testsite.New(t, map[string]string{"config.toml": `title = "Nothing yet"` + "\n" + `baseURL = "https://example.org/"`}))
	var data jsonExport
	decodeJSON(t, files, "timeline.json", &data)
	var tljs tljsExport
	decodeJSON(t, files, "timelinejs.json", &tljs)
	var feed atomExport
	decodeXML(t, files, "feed.xml", &feed)
	var sitemap sitemapExport
	decodeXML(t, files, "sitemap.xml", &sitemap)
	if len(data.Events)+len(tljs.Events)+len(feed.Entries) != 0 || len(sitemap.URLs) != 1 {
		t.Errorf("an empty site's exports list %d, %d and %d events and %d URLs, want none but the index", len(data.Events), len(tljs.Events), len(feed.Entries), len(sitemap.URLs))
	}
	if _, ok := files["timeline.ics"]; ok {
		t.Error("an empty site has a timeline.ics; want none: a calendar needs a component")
	}
	for name, content := range files {
		if strings.HasSuffix(name, ".html") && bytes.Contains(content, []byte("timeline.ics")) {
			t.Errorf("%s links timeline.ics, which an empty site does not have", name)
		}
	}
}

// buildFiles builds the site in dir and returns its files.
func buildFiles(tb testing.TB, dir string) map[string][]byte {
	tb.Helper()
	site, err := testsite.Load(dir, load.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	files, err := testsite.Render(site)
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

func decodeJSON(tb testing.TB, files map[string][]byte, name string, v any) {
	tb.Helper()
	if err := json.Unmarshal(files[name], v); err != nil {
		tb.Fatalf("%s does not decode into %T: %v", name, v, err)
	}
}

func decodeXML(tb testing.TB, files map[string][]byte, name string, v any) {
	tb.Helper()
	if err := xml.Unmarshal(files[name], v); err != nil {
		tb.Fatalf("%s does not decode: %v", name, err)
	}
}

func entryDates(feed atomExport) []string {
	var dates []string
	for _, e := range feed.Entries {
		dates = append(dates, e.Updated)
	}
	return dates
}

// calendarSpans decodes an iCalendar file with go-ical, checks it with
// go-ical's encoder, and returns each event's first day and the day after
// its last, by summary.
func calendarSpans(tb testing.TB, data []byte) map[string][2]string {
	tb.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		tb.Fatalf("timeline.ics does not decode: %v", err)
	}
	if err := ical.NewEncoder(io.Discard).Encode(cal); err != nil {
		tb.Fatalf("timeline.ics is not a valid calendar: %v", err)
	}
	spans := map[string][2]string{}
	for _, e := range cal.Events() {
		summary, _ := e.Props.Text(ical.PropSummary)
		start, err := e.DateTimeStart(time.UTC)
		if err != nil {
			tb.Errorf("%s: DTSTART: %v", summary, err)
		}
		end, err := e.DateTimeEnd(time.UTC)
		if err != nil {
			tb.Errorf("%s: DTEND or DURATION: %v", summary, err)
		}
		if !end.After(start) {
			tb.Errorf("%s: ends %v, not after its start %v", summary, end, start)
		}
		spans[summary] = [2]string{start.Format("2006-01-02"), end.Format("2006-01-02")}
	}
	return spans
}
