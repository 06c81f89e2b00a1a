package render

import (
	"encoding/json"
	"html/template"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/output"
)

// tljsDate is a TimelineJS3 date object: the year, and the month and day
// only as far as the date's precision goes.
type tljsDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// tljsText is a TimelineJS3 text object; both fields are HTML.
type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// tljsSlide is a TimelineJS3 slide: the title slide (no dates) or an event.
type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// newTLJSDate converts d at its precision.
func newTLJSDate(d content.Date) *tljsDate {
	t := &tljsDate{Year: d.Year}
	if d.Precision >= content.MonthPrecision {
		t.Month = int(d.Month)
	}
	if d.Precision >= content.DayPrecision {
		t.Day = d.Day
	}
	return t
}

// redundantEnd reports whether TimelineJS would drop end as the same date
// as start: it compares only the fields start has, so an end inside the
// span of a coarser start ("2005" to "2005-06") counts as the same date.
func redundantEnd(start, end *tljsDate) bool {
	return start.Year == end.Year &&
		(start.Month == 0 || start.Month == end.Month) &&
		(start.Day == 0 || start.Day == end.Day)
}

// timelineJS renders timelinejs.json: the site in Knight Lab TimelineJS3's
// JSON format (https://timeline.knightlab.com/docs/json-format.html), so
// that TimelineJS's viewer loads it unchanged. The title slide comes from
// config.toml; every event is a slide with its dates at their precision,
// its dates for readers as display_date, its title (escaped: TimelineJS
// reads the headline as HTML) and rendered body, its category label as the
// group and its id as unique_id. An end TimelineJS would drop as equal to
// the start is left out; an ongoing event has no end_date.
func (r *renderer) timelineJS() (output.Pieces, error) {
	cfg := &r.site.Config
	title := tljsSlide{Text: tljsText{Headline: template.HTMLEscapeString(cfg.Title)}}
	if cfg.Description != "" {
		title.Text.Text = "<p>" + template.HTMLEscapeString(cfg.Description) + "</p>"
	}
	doc := struct {
		Title  tljsSlide   `json:"title"`
		Events []tljsSlide `json:"events"`
	}{Title: title, Events: []tljsSlide{}}
	head, tail, err := jsonShell(output.TimelineJS, doc)
	if err != nil {
		return nil, err
	}
	return r.eventList(output.TimelineJS, head, tail, ",", "", func(e *content.Event) ([]byte, error) {
		slide := tljsSlide{
			StartDate:   newTLJSDate(e.Date),
			DisplayDate: e.Span(),
			Text:        tljsText{Headline: template.HTMLEscapeString(e.Title), Text: string(e.HTML)},
			Group:       template.HTMLEscapeString(cfg.CategoryLabel(e.Category)),
			UniqueID:    e.ID,
		}
		if !e.End.IsZero() {
			if end := newTLJSDate(e.End); !redundantEnd(slide.StartDate, end) {
				slide.EndDate = end
			}
		}
		return json.Marshal(slide)
	})
}
