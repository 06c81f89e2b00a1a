package render_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestEDTFInEveryOutput renders the ages fixture (3000 BCE to 2024, every
// form of EDTF Level 1) and checks what each output does with the dates.
func TestEDTFInEveryOutput(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Fixture("ages"), load.Options{})

	var data struct {
		Events []struct {
			ID, Date, End, First, Last, Display string
			Ongoing, EndUnknown                 bool
		}
	}
	if err := json.Unmarshal(files["timeline.json"], &data); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, e := range data.Events {
		byID[e.ID] = i
	}
	for _, want := range []struct{ id, date, end, first, last string }{
		{"writing", "-2999~", "", "-2999-01-01", "-2999-12-31"},
		{"marathon", "-0489", "", "-0489-01-01", "-0489-12-31"},
		{"pyramid", "-2599~", "-2559~", "-2599-01-01", "-2559-12-31"},
		{"printing", "145X", "", "1450-01-01", "1459-12-31"},
		{"twentieth-century", "19XX", "", "1900-01-01", "1999-12-31"},
		{"spring", "2001-21", "", "2001-03-01", "2001-05-31"},
		{"cold-war", "1947", "1991", "1947-01-01", "1991-12-31"},
		{"day-unknown", "2010-06-XX", "", "2010-06-01", "2010-06-30"},
	} {
		e := data.Events[byID[want.id]]
		if e.Date != want.date || e.End != want.end || e.First != want.first || e.Last != want.last {
			t.Errorf("timeline.json %s: got %s/%s, %s to %s; want %s/%s, %s to %s", want.id, e.Date, e.End, e.First, e.Last, want.date, want.end, want.first, want.last)
		}
	}
	if e := data.Events[byID["still-running"]]; !e.Ongoing {
		t.Errorf("timeline.json still-running: %q/.. is not ongoing", e.Date)
	}
	if e := data.Events[byID["unknown-end"]]; !e.EndUnknown || e.End != "" {
		t.Errorf("timeline.json unknown-end: end %q, endUnknown %v; want no end, unknown", e.End, e.EndUnknown)
	}
	if e := data.Events[byID["magna-carta"]]; e.Display != "June 1215, in the meadow at Runnymede" {
		t.Errorf("timeline.json magna-carta: display %q", e.Display)
	}

	var tljs struct {
		Events []struct {
			UniqueID    string                         `json:"unique_id"`
			DisplayDate string                         `json:"display_date"`
			StartDate   struct{ Year, Month, Day int } `json:"start_date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(files["timelinejs.json"], &tljs); err != nil {
		t.Fatal(err)
	}
	for _, e := range tljs.Events {
		want := map[string]int{"marathon": -490, "caesar": -44, "writing": -3000, "year-one": 1}[e.UniqueID]
		if want != 0 && e.StartDate.Year != want {
			t.Errorf("timelinejs.json %s: year %d, want %d (TimelineJS has no year 0)", e.UniqueID, e.StartDate.Year, want)
		}
		if e.UniqueID == "caesar" && (e.StartDate.Month != 3 || e.StartDate.Day != 15 || e.DisplayDate != "15 March 44 BCE") {
			t.Errorf("timelinejs.json caesar: %+v, display %q", e.StartDate, e.DisplayDate)
		}
	}

	ics := string(files["timeline.ics"])
	for _, out := range []string{"Writing appears", "Marathon", "Julius Caesar", "Great Pyramid"} {
		if strings.Contains(ics, out) {
			t.Errorf("timeline.ics holds %q, an event before year 1: RFC 5545 cannot date it", out)
		}
	}
	for _, in := range []string{"SUMMARY:The first year of the Common Era", "SUMMARY:Magna Carta\\, c. 1215 (June 1215\\, in the meadow at Runnymede)", "DTSTART;VALUE=DATE:00010101"} {
		if !strings.Contains(ics, in) {
			t.Errorf("timeline.ics lacks %q", in)
		}
	}
	if n := strings.Count(ics, "BEGIN:VEVENT"); n != len(data.Events)-4 {
		t.Errorf("timeline.ics has %d events, want %d: all but the 4 before year 1", n, len(data.Events)-4)
	}

	feed := string(files["feed.xml"])
	if !strings.Contains(feed, "<updated>0001-01-01T00:00:00Z</updated>") || strings.Contains(feed, "<updated>-") {
		t.Errorf("feed.xml: dates before year 1 must be the first day Atom can carry, 0001-01-01")
	}

	index := files["index.html"]
	for _, want := range []string{
		`<span class="edtf" data-edtf="-0489">490 BCE</span>`,
		`<span class="edtf" data-edtf="145X">the 1450s</span>`,
		`<span class="edtf" data-edtf="19XX">the 20th century</span>`,
		`<span class="edtf" data-edtf="2001-21">spring 2001</span>`,
		`<span class="edtf" data-edtf="1347?">1347?</span> – <span class="edtf" data-edtf="1351~">c. 1351</span>`,
		`<time datetime="1969-07-20">20 July 1969</time>`,
		`since <time datetime="1985">1985</time>`,
		`<time datetime="1990-04">April 1990</time> – ?`,
		`<time datetime="0001">1</time>`,
	} {
		if !bytes.Contains(index, []byte(want)) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	if m := regexp.MustCompile(`<time datetime="?-`).Find(index); m != nil {
		t.Errorf("index.html gives <time> a value HTML does not allow: %s", m)
	}
}
