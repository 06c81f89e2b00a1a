package render

import (
	"encoding/json"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/output"
)

// jsonEvent is an event in timeline.json.
type jsonEvent struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Date    string `json:"date"`
	End     string `json:"end,omitempty"`
	Ongoing bool   `json:"ongoing"`
	// EndUnknown tells an event that ended at a time not known (EDTF
	// "1985/").
	EndUnknown bool `json:"endUnknown,omitempty"`
	// First and Last are the first and last days the event could cover,
	// as ISO 8601 calendar dates with astronomical years ("-0499-01-01"),
	// so that programs sort and place events without an EDTF parser.
	First    string           `json:"first"`
	Last     string           `json:"last"`
	Display  string           `json:"display,omitempty"`
	Category string           `json:"category,omitempty"`
	Tags     []string         `json:"tags"`
	Place    string           `json:"place,omitempty"`
	Summary  string           `json:"summary"`
	HTML     string           `json:"html"`
	URL      string           `json:"url"`
	Sources  []content.Source `json:"sources"`
	// Media holds the event's media, when it has some.
	Media []jsonMedia `json:"media,omitempty"`
}

// jsonEra is an era in timeline.json: its label, and its dates as an
// event's are written.
type jsonEra struct {
	Label   string `json:"label"`
	Date    string `json:"date"`
	End     string `json:"end,omitempty"`
	Ongoing bool   `json:"ongoing"`
	First   string `json:"first"`
	Last    string `json:"last"`
}

// jsonEras returns the site's eras as timeline.json writes them.
func (r *renderer) jsonEras() []jsonEra {
	var eras []jsonEra
	for _, era := range r.site.Config.Eras {
		last := era.Date.Last()
		if !era.End.IsZero() {
			last = era.End.Last()
		}
		eras = append(eras, jsonEra{
			Label: era.Label, Date: era.Date.String(), End: era.End.String(), Ongoing: era.Ongoing,
			First: era.Date.First().String(), Last: last.String(),
		})
	}
	return eras
}

// json renders timeline.json: the site's eras, when it has some, and its
// events as data, in timeline order.
func (r *renderer) json() (output.Pieces, error) {
	doc := struct {
		Title       string      `json:"title"`
		Description string      `json:"description"`
		Eras        []jsonEra   `json:"eras,omitempty"`
		Events      []jsonEvent `json:"events"`
	}{Title: r.site.Config.Title, Description: r.site.Config.Description, Eras: r.jsonEras(), Events: []jsonEvent{}}
	head, tail, err := jsonShell(output.JSON, doc)
	if err != nil {
		return nil, err
	}
	return r.eventList(output.JSON, head, tail, ",", "", func(i int, e *content.Event) ([]byte, error) {
		sources := e.Sources
		if sources == nil {
			sources = []content.Source{}
		}
		return json.Marshal(jsonEvent{
			ID: e.ID, Title: e.Title, Date: e.Date.String(), End: e.End.String(), Ongoing: e.Ongoing, EndUnknown: e.EndUnknown,
			First: e.Date.First().String(), Last: e.Last().String(), Display: e.Display,
			Category: e.Category, Tags: e.Tags, Place: e.Place, Summary: e.Summary,
			HTML: string(e.HTML), URL: output.EventPage(e.ID), Sources: sources,
			Media: jsonMediaOf(r.view(i).Media),
		})
	})
}
