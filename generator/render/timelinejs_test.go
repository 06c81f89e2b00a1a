package render_test

import (
	"encoding/json"
	"html/template"
	"slices"
	"testing"

	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/edtf"
)

// The rules of TimelineJS3's JSON format (website/docs/json-format in
// NUKnightLab/TimelineJS3) and of its loader (TimelineConfig.js), as the
// tests hold timelinejs.json to them:
//   - the document is an object with "events" (required) and "title";
//   - a slide has start_date (required except on the title slide),
//     end_date, text {headline, text}, group, display_date, unique_id…;
//   - a date object has a year and optionally a month (1–12) and a day,
//     numbers;
//   - a slide without start_date is dropped;
//   - an end_date whose every field that the start_date has is equal to
//     the start_date's is dropped as redundant.
var (
	tljsTopKeys   = []string{"events", "title", "eras", "scale"}
	tljsSlideKeys = []string{"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
	tljsDateKeys  = []string{"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
	tljsTextKeys  = []string{"headline", "text"}
)

// checkKeys fails for keys of obj that the format does not know.
func checkKeys(tb testing.TB, what string, obj map[string]any, known []string) {
	tb.Helper()
	for key := range obj {
		if !slices.Contains(known, key) {
			tb.Errorf("%s: unknown key %q (the format knows %v)", what, key, known)
		}
	}
}

// object returns obj[key] as an object, or nil.
func object(obj map[string]any, key string) map[string]any {
	m, _ := obj[key].(map[string]any)
	return m
}

// checkTLJSDate checks a date object against the date it stands for, at
// its precision.
func checkTLJSDate(tb testing.TB, what string, got map[string]any, want edtf.Date) {
	tb.Helper()
	if got == nil {
		tb.Errorf("%s: missing", what)
		return
	}
	checkKeys(tb, what, got, tljsDateKeys)
	part := func(key string, n int, present bool) {
		v, ok := got[key]
		if !present {
			if ok {
				tb.Errorf("%s.%s: got %v, want none for %s", what, key, v, want)
			}
			return
		}
		if f, isNumber := v.(float64); !isNumber || f != float64(n) {
			tb.Errorf("%s.%s: got %#v, want the number %d", what, key, v, n)
		}
	}
	part("year", want.Year, true)
	part("month", want.Month, want.Precision >= edtf.MonthPrecision)
	part("day", want.Day, want.Precision >= edtf.DayPrecision)
}

// tljsDateObject returns d as a decoded TimelineJS date object.
func tljsDateObject(d edtf.Date) map[string]any {
	obj := map[string]any{"year": float64(d.Year)}
	if d.Precision >= edtf.MonthPrecision {
		obj["month"] = float64(d.Month)
	}
	if d.Precision >= edtf.DayPrecision {
		obj["day"] = float64(d.Day)
	}
	return obj
}

// tljsRedundant is TimelineJS's test for an end date equal to the start:
// every field of the start equals the end's.
func tljsRedundant(start, end map[string]any) bool {
	for key, v := range start {
		if end[key] != v {
			return false
		}
	}
	return true
}

func TestTimelineJSFormat(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			cfg := s.site.Config
			var doc map[string]any
			if err := json.Unmarshal(outputFile(t, s.files, "timelinejs.json"), &doc); err != nil {
				t.Fatalf("timelinejs.json is not JSON: %v", err)
			}
			checkKeys(t, "document", doc, tljsTopKeys)

			title := object(doc, "title")
			if title == nil {
				t.Fatalf("title slide: missing")
			}
			checkKeys(t, "title slide", title, tljsSlideKeys)
			if _, ok := title["start_date"]; ok {
				t.Errorf("title slide: has a start_date, want none")
			}
			if got, want := object(title, "text")["headline"], template.HTMLEscapeString(cfg.Title); got != want {
				t.Errorf("title slide headline: got %v, want %q (the config title as HTML)", got, want)
			}

			events, ok := doc["events"].([]any)
			if !ok {
				t.Fatalf("events: got %T, want a list", doc["events"])
			}
			if len(events) != len(s.site.Events) {
				t.Fatalf("events: got %d slides, want %d", len(events), len(s.site.Events))
			}
			ids := map[string]bool{}
			for i, e := range s.site.Events {
				slide, _ := events[i].(map[string]any)
				checkKeys(t, e.ID, slide, tljsSlideKeys)

				start := object(slide, "start_date")
				checkTLJSDate(t, e.ID+" start_date", start, e.Date)
				end := object(slide, "end_date")
				switch {
				case e.End.IsZero() && end != nil:
					t.Errorf("%s: end_date %v, want none: the event has no end", e.ID, end)
				case end != nil:
					checkTLJSDate(t, e.ID+" end_date", end, e.End)
					if tljsRedundant(start, end) {
						t.Errorf("%s: end_date %v equals start_date %v: TimelineJS drops it, so leave it out", e.ID, end, start)
					}
				case !e.End.IsZero() && !tljsRedundant(start, tljsDateObject(e.End)):
					t.Errorf("%s: end_date missing, want %v", e.ID, tljsDateObject(e.End))
				}

				if want := datefmt.English().Span(e.Date, e.End, e.Ongoing, e.EndUnknown).String(); slide["display_date"] != want {
					t.Errorf("%s: display_date: got %v, want %q", e.ID, slide["display_date"], want)
				}
				text := object(slide, "text")
				checkKeys(t, e.ID+" text", text, tljsTextKeys)
				if got, want := text["headline"], template.HTMLEscapeString(e.Title); got != want {
					t.Errorf("%s: headline: got %v, want %q (the title escaped: TimelineJS reads HTML)", e.ID, got, want)
				}
				if got := text["text"]; got != string(e.HTML) {
					t.Errorf("%s: text: got %v, want the rendered body %q", e.ID, got, e.HTML)
				}
				group, hasGroup := slide["group"]
				if label := cfg.CategoryLabel(e.Category); label != "" {
					// TimeGroup.js sets the label with innerHTML.
					if want := template.HTMLEscapeString(label); group != want {
						t.Errorf("%s: group: got %v, want %q (the label escaped: TimelineJS reads HTML)", e.ID, group, want)
					}
				} else if hasGroup {
					t.Errorf("%s: group: got %v, want none (no category)", e.ID, group)
				}
				id, _ := slide["unique_id"].(string)
				if id != e.ID || ids[id] {
					t.Errorf("%s: unique_id: got %q, want %q, unique", e.ID, id, e.ID)
				}
				ids[id] = true
			}
		})
	}
}

// TestTimelineJSEnds checks which ends the export keeps, by TimelineJS's
// rule for redundant ends.
func TestTimelineJSEnds(t *testing.T) {
	tests := []struct {
		id      string
		wantEnd string // the end_date as JSON, or "" for none
	}{
		{"1999-year", ""},                            // no end
		{"2001-within", ""},                          // 2001 – June 2001: TimelineJS would drop it
		{"2005-12-range", `{"year":2007,"month":3}`}, // a real range
		{"2010-03-ongoing", ""},                      // ongoing: no end
		{"2014-08-01-day", ""},                       // end equal to the start
	}
	_, files := hostileSite(t, "")
	var doc struct {
		Events []struct {
			ID  string          `json:"unique_id"`
			End json.RawMessage `json:"end_date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(outputFile(t, files, "timelinejs.json"), &doc); err != nil {
		t.Fatal(err)
	}
	ends := map[string]string{}
	for _, e := range doc.Events {
		ends[e.ID] = string(e.End)
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			got, ok := ends[tt.id]
			if !ok {
				t.Fatalf("no slide %s", tt.id)
			}
			if got != tt.wantEnd {
				t.Errorf("end_date: got %s, want %s", got, tt.wantEnd)
			}
		})
	}
}
