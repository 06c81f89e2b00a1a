package render

import (
	"encoding/json"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/output"
)

// jsonEvent is an event in timeline.json.
type jsonEvent struct {
	ID       string           `json:"id"`
	Title    string           `json:"title"`
	Date     string           `json:"date"`
	End      string           `json:"end,omitempty"`
	Ongoing  bool             `json:"ongoing"`
	Category string           `json:"category,omitempty"`
	Tags     []string         `json:"tags"`
	Place    string           `json:"place,omitempty"`
	Summary  string           `json:"summary"`
	HTML     string           `json:"html"`
	URL      string           `json:"url"`
	Sources  []content.Source `json:"sources"`
}

// json renders timeline.json: the site's events as data, in timeline order.
func (r *renderer) json() (output.Pieces, error) {
	doc := struct {
		Title       string      `json:"title"`
		Description string      `json:"description"`
		Events      []jsonEvent `json:"events"`
	}{Title: r.site.Config.Title, Description: r.site.Config.Description, Events: []jsonEvent{}}
	head, tail, err := jsonShell(output.JSON, doc)
	if err != nil {
		return nil, err
	}
	return r.eventList(output.JSON, head, tail, ",", "", func(e *content.Event) ([]byte, error) {
		sources := e.Sources
		if sources == nil {
			sources = []content.Source{}
		}
		return json.Marshal(jsonEvent{
			ID: e.ID, Title: e.Title, Date: e.Date.String(), End: e.End.String(), Ongoing: e.Ongoing,
			Category: e.Category, Tags: e.Tags, Place: e.Place, Summary: e.Summary,
			HTML: string(e.HTML), URL: output.EventPage(e.ID), Sources: sources,
		})
	})
}
