package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// parseHTML parses a page, failing the test if it cannot.
func parseHTML(tb testing.TB, page []byte) *html.Node {
	tb.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n is an element of the given class.
func hasClass(n *html.Node, class string) bool {
	return n.Type == html.ElementNode && strings.Contains(" "+attr(n, "class")+" ", " "+class+" ")
}

// elements returns the elements under n, in document order, for which match
// is true.
func elements(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && match(c) {
			found = append(found, c)
		}
	}
	return found
}

// text returns the text under n, its white space collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// listSequence returns what the list of events on a page holds, in
// document order: "era:<name>" for a divider, the id of each event.
func listSequence(tb testing.TB, page []byte) []string {
	tb.Helper()
	var seq []string
	for _, n := range elements(parseHTML(tb, page), func(n *html.Node) bool { return hasClass(n, "era-start") || hasClass(n, "event") }) {
		if hasClass(n, "era-start") {
			seq = append(seq, "era:"+text(elements(n, func(n *html.Node) bool { return hasClass(n, "era-name") })[0]))
		} else {
			seq = append(seq, attr(n, "id"))
		}
	}
	return seq
}

// checkListStructure checks that the dividers keep the list of years a
// list: ol.years holds years only, each ol.events events only, and each
// divider is a heading in a year, after its heading.
func checkListStructure(tb testing.TB, name string, page []byte) {
	tb.Helper()
	doc := parseHTML(tb, page)
	for _, ol := range elements(doc, func(n *html.Node) bool { return n.Data == "ol" && (hasClass(n, "years") || hasClass(n, "events")) }) {
		item := map[bool]string{true: "year", false: "entry"}[hasClass(ol, "years")]
		for c := range ol.ChildNodes() {
			if c.Type == html.ElementNode && !(c.Data == "li" && hasClass(c, item)) {
				tb.Errorf("%s: ol.%s holds <%s class=%q>, want only li.%s", name, attr(ol, "class"), c.Data, attr(c, "class"), item)
			}
		}
	}
	for _, h := range elements(doc, func(n *html.Node) bool { return hasClass(n, "era-start") }) {
		if h.Data != "h3" || !hasClass(h.Parent, "year") {
			tb.Errorf("%s: an era's divider is <%s> in <%s class=%q>, want an h3 in li.year", name, h.Data, h.Parent.Data, attr(h.Parent, "class"))
		}
	}
}

// TestEraDividers checks where the eras of the eras fixture begin in the
// list: each divider right before the first event that begins on or after
// the era's first day (an era on the day of an event goes first), within
// the list of years, on the index and in the embed.
func TestEraDividers(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Fixture("eras"), load.Options{})
	want := "era:Archaic Greece olympics era:Classical antiquity marathon caesar era:Roman Empire vesuvius " +
		"era:Middle Ages charlemagne hastings printing era:Early modern period principia bastille " +
		"era:Cold War rome era:Space Age sputnik moon era:Information Age wall"
	for _, name := range []string{"index.html", "embed.html"} {
		if got := strings.Join(listSequence(t, files[name]), " "); got != want {
			t.Errorf("%s: the list holds\n%s\nwant\n%s", name, got, want)
		}
		checkListStructure(t, name, files[name])
	}
	// An era's divider names it with its dates, in <time> where HTML can
	// carry them.
	if page := string(files["index.html"]); !strings.Contains(page, `<span class=era-name>Cold War</span> <span class=era-when><time datetime="1947">1947</time> – <time datetime="1991">1991</time></span>`) {
		t.Errorf("index.html: no divider for the Cold War with its dates in <time>")
	}
}

// TestEraDividersOnYearPages checks a site with year pages: a divider goes
// on the page of the year of the event it stands before, also for an era
// that begins in a year without events (before the next event, in a later
// year); two eras that begin before the
// same event stand in the order of their dates; an era beginning between
// two events of a year splits the year's list; and eras that begin after
// every event close the last year's page.
func TestEraDividersOnYearPages(t *testing.T) {
	files := map[string]string{"config.toml": `title = "Paged eras"
indexLimit = 2

[[eras]]
label = "Gap"
date  = "2002/2003"

[[eras]]
label = "Same day"
date  = "2004-05-01/2004-06"

[[eras]]
label = "Same day, later"
date  = "2004-05-01/2009"

[[eras]]
label = "Mid-year"
date  = "2004-07/2004-08"

[[eras]]
label = "After all"
date  = "2030/2040"
`}
	for _, date := range []string{"2001-06", "2004-02", "2004-05-01", "2004-09"} {
		files["events/e"+date+".toml"] = testsite.EventTOML("Event "+date, `date = "`+date+`"`)
	}
	site, err := testsite.Load(testsite.New(t, files), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := testsite.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string]string{
		"years/2001.html": "e2001-06",
		"years/2004.html": "era:Gap e2004-02 era:Same day era:Same day, later e2004-05-01 era:Mid-year e2004-09 era:After all",
	} {
		if got := strings.Join(listSequence(t, outputFile(t, out, page)), " "); got != want {
			t.Errorf("%s: the list holds\n%s\nwant\n%s", page, got, want)
		}
		checkListStructure(t, page, out[page])
	}
	// The index of a paged site lists years, and its overview draws the
	// eras its axis reaches: all but the one after every event.
	if n := strings.Count(string(out["index.html"]), `class="era"`); n != 4 {
		t.Errorf("index.html: %d eras on the overview, want 4", n)
	}
}

// TestErasData checks the eras in timeline.json, with their dates as an
// event's, and in timelinejs.json, as TimelineJS's eras with dates as its
// slides have them (years before 1 counted as historians do) and an end
// for the eras still running: where the latest event ends.
func TestErasData(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Fixture("eras"), load.Options{})
	var data struct {
		Eras []map[string]any `json:"eras"`
	}
	if err := json.Unmarshal(files["timeline.json"], &data); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range data.Eras {
		got = append(got, fmt.Sprint(e["label"], "|", e["date"], "|", e["end"], "|", e["ongoing"], "|", e["first"], "|", e["last"]))
	}
	want := []string{
		"Archaic Greece|-0799|-0479|false|-0799-01-01|-0479-12-31",
		"Classical antiquity|-0499~|0476|false|-0499-01-01|0476-12-31",
		"Roman Empire|-0026|1453|false|-0026-01-01|1453-12-31",
		"Middle Ages|0476|1492|false|0476-01-01|1492-12-31",
		"Early modern period|1492|1789|false|1492-01-01|1789-12-31",
		"Cold War|1947|1991|false|1947-01-01|1991-12-31",
		"Space Age|1957-10-04|<nil>|true|1957-10-04|1957-10-04",
		"Information Age|1970|<nil>|true|1970-01-01|1970-12-31",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline.json eras:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	var tljs struct {
		Eras []json.RawMessage `json:"eras"`
	}
	if err := json.Unmarshal(files["timelinejs.json"], &tljs); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, e := range tljs.Eras {
		got = append(got, string(e))
	}
	want = []string{
		`{"start_date":{"year":-800},"end_date":{"year":-480},"text":{"headline":"Archaic Greece"}}`,
		`{"start_date":{"year":-500},"end_date":{"year":476},"text":{"headline":"Classical antiquity"}}`,
		`{"start_date":{"year":-27},"end_date":{"year":1453},"text":{"headline":"Roman Empire"}}`,
		`{"start_date":{"year":476},"end_date":{"year":1492},"text":{"headline":"Middle Ages"}}`,
		`{"start_date":{"year":1492},"end_date":{"year":1789},"text":{"headline":"Early modern period"}}`,
		`{"start_date":{"year":1947},"end_date":{"year":1991},"text":{"headline":"Cold War"}}`,
		`{"start_date":{"year":1957,"month":10,"day":4},"end_date":{"year":1989,"month":11,"day":9},"text":{"headline":"Space Age"}}`,
		`{"start_date":{"year":1970},"end_date":{"year":1989,"month":11,"day":9},"text":{"headline":"Information Age"}}`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timelinejs.json eras:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNoEras checks that a site without eras shows none and carries
// neither their rules nor their field.
func TestNoEras(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Fixture("centuries"), load.Options{})
	for name, unwanted := range map[string]string{
		"index.html": "era-", "years/1898.html": "era-", "embed.html": `class="era`,
		"timeline.json": `"eras"`, "timelinejs.json": `"eras"`,
	} {
		if page := string(outputFile(t, files, name)); strings.Contains(page, unwanted) {
			i := strings.Index(page, unwanted)
			t.Errorf("%s: got %q (…%s…), want no eras", name, unwanted, page[max(i-40, 0):min(i+40, len(page))])
		}
	}
}

// TestHostileEraLabel checks that an era's label is text wherever it
// goes: escaped in the pages and the SVG, escaped HTML in TimelineJS's
// headline (which TimelineJS reads as HTML), and the very text in
// timeline.json.
func TestHostileEraLabel(t *testing.T) {
	const label = `<script>alert(1)</script> & "quotes"`
	dir := testsite.New(t, map[string]string{
		"config.toml":    "title = \"Hostile\"\n\n[[eras]]\nlabel = '" + label + "'\ndate = \"2000/2010\"\n",
		"events/e1.toml": testsite.EventTOML("One", `date = "2001"`),
		"events/e2.toml": testsite.EventTOML("Two", `date = "2009"`),
	})
	_, files := testsite.MustRender(t, dir, load.Options{})
	for _, name := range []string{"index.html", "embed.html"} {
		page := string(files[name])
		if strings.Contains(page, "<script>alert") {
			t.Errorf("%s: the era's label is markup, want it escaped", name)
		}
		if n := strings.Count(page, "&lt;script&gt;alert(1)&lt;/script&gt;"); n < 2 {
			t.Errorf("%s: the label shows escaped %d times, want on the overview and in the list", name, n)
		}
	}
	var data struct {
		Eras []struct{ Label string } `json:"eras"`
	}
	if err := json.Unmarshal(files["timeline.json"], &data); err != nil || len(data.Eras) != 1 || data.Eras[0].Label != label {
		t.Errorf("timeline.json: eras %+v, %v; want the label as written", data.Eras, err)
	}
	var tljs struct {
		Eras []struct {
			Text struct{ Headline string } `json:"text"`
		} `json:"eras"`
	}
	if err := json.Unmarshal(files["timelinejs.json"], &tljs); err != nil || len(tljs.Eras) != 1 || tljs.Eras[0].Text.Headline != "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quotes&#34;" {
		t.Errorf("timelinejs.json: eras %+v, %v; want the label escaped", tljs.Eras, err)
	}
}
