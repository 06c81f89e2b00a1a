package render

import (
	"encoding/json"
	"html/template"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
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
	StartDate   *tljsDate  `json:"start_date,omitempty"`
	EndDate     *tljsDate  `json:"end_date,omitempty"`
	DisplayDate string     `json:"display_date,omitempty"`
	Text        tljsText   `json:"text"`
	Media       *tljsMedia `json:"media,omitempty"`
	Group       string     `json:"group,omitempty"`
	UniqueID    string     `json:"unique_id,omitempty"`
}

// newTLJSDate converts d at its precision: the first day it could denote,
// as far as it is known. TimelineJS counts years as historians do, with no
// year 0: it shows its year -500 as "500 BCE", which is EDTF's -0499, so a
// year before 1 is one less there. A season gives its first month.
func newTLJSDate(d edtf.Date) *tljsDate {
	first := d.First()
	t := &tljsDate{Year: first.Year}
	if t.Year <= 0 {
		t.Year--
	}
	if d.Precision >= edtf.SeasonPrecision && !d.UnspecifiedMonth {
		t.Month = first.Month
	}
	if d.Precision >= edtf.DayPrecision && !d.UnspecifiedDay {
		t.Day = first.Day
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
// the start is left out; an ongoing event has no end_date. The site's eras
// are TimelineJS's eras (tljsEras).
func (r *renderer) timelineJS() (output.Pieces, error) {
	cfg := &r.site.Config
	title := tljsSlide{Text: tljsText{Headline: template.HTMLEscapeString(cfg.Title)}}
	if cfg.Description != "" {
		title.Text.Text = "<p>" + template.HTMLEscapeString(cfg.Description) + "</p>"
	}
	doc := struct {
		Title  tljsSlide   `json:"title"`
		Eras   []tljsEra   `json:"eras,omitempty"`
		Events []tljsSlide `json:"events"`
	}{Title: title, Eras: r.tljsEras(), Events: []tljsSlide{}}
	head, tail, err := jsonShell(output.TimelineJS, doc)
	if err != nil {
		return nil, err
	}
	return r.eventList(output.TimelineJS, head, tail, ",", "", func(i int, e *content.Event) ([]byte, error) {
		slide := tljsSlide{
			StartDate:   newTLJSDate(e.Date),
			DisplayDate: r.view(i).Span,
			Text:        tljsText{Headline: template.HTMLEscapeString(e.Title), Text: string(e.HTML)},
			Group:       template.HTMLEscapeString(cfg.CategoryLabel(e.Category)),
			UniqueID:    e.ID,
			Media:       tljsMediaOf(r.view(i).Lead),
		}
		if !e.End.IsZero() {
			if end := newTLJSDate(e.End); !redundantEnd(slide.StartDate, end) {
				slide.EndDate = end
			}
		}
		return json.Marshal(slide)
	})
}

// tljsEra is a TimelineJS3 era: a span with a headline, drawn as a band
// behind the slides' markers. TimelineJS needs both of its dates.
type tljsEra struct {
	StartDate *tljsDate `json:"start_date"`
	EndDate   *tljsDate `json:"end_date"`
	Text      struct {
		Headline string `json:"headline"`
	} `json:"text"`
}

// tljsEras returns the site's eras as TimelineJS's: their dates written
// as the slides' are, at their precision, and the label as the headline,
// escaped. An era still running ends where the latest event does (or
// where it starts, when that is later), since TimelineJS needs an end.
func (r *renderer) tljsEras() []tljsEra {
	var eras []tljsEra
	for _, era := range r.site.Config.Eras {
		e := tljsEra{StartDate: newTLJSDate(era.Date)}
		end := era.End
		if era.Ongoing {
			end = era.Date
			if last := lastDate(r.site.Events); !last.IsZero() && last.Last().Compare(era.Date.Last()) > 0 {
				end = last
			}
		}
		e.EndDate = newTLJSDate(end)
		e.Text.Headline = template.HTMLEscapeString(era.Label)
		eras = append(eras, e)
	}
	return eras
}
