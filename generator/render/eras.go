package render

import (
	"html/template"
	"sort"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/render/overview"
)

// eraView is an era ([[eras]] in config.toml) as the layouts show it: a
// divider in the list of events where it begins, and a band on the
// overview. The era's fields are promoted: a layout reads .Label.
type eraView struct {
	*content.Era
	// Span is the era's dates as plain text, When as HTML (see
	// eventView).
	Span string
	When template.HTML
	// before is the index of the first event, in timeline order, that
	// begins on or after the era's first day: its divider goes right
	// before that event, or after the last event when there is none.
	before int
}

// newEraViews returns the views of the site's eras, in the order of their
// dates.
func (r *renderer) newEraViews() []*eraView {
	events := r.site.Events
	views := make([]*eraView, len(r.site.Config.Eras))
	for i := range r.site.Config.Eras {
		era := &r.site.Config.Eras[i]
		span := r.dates.Span(era.Date, era.End, era.Ongoing, false)
		first := era.Date.First()
		views[i] = &eraView{Era: era, Span: span.String(), When: spanHTML(span), before: sort.Search(len(events), func(k int) bool {
			return events[k].Date.First().Compare(first) >= 0
		})}
	}
	return views
}

// eventRun is a run of a year's events in the list, after the dividers of
// the eras that begin before them.
type eventRun struct {
	Eras   []*eraView
	Events []*eventView
}

// Runs returns the year's events as the list shows them: split where an
// era begins, each run after the eras that begin right before it. A year
// without eras is one run; the eras that begin after every event of the
// site close the last year, in a run without events.
func (g yearGroup) Runs() []eventRun {
	runs := []eventRun{{}}
	at := g.first
	for _, era := range g.eras() {
		if era.before > at {
			runs[len(runs)-1].Events = g.views(at, era.before)
			runs = append(runs, eventRun{})
			at = era.before
		}
		runs[len(runs)-1].Eras = append(runs[len(runs)-1].Eras, era)
	}
	runs[len(runs)-1].Events = g.views(at, g.first+g.count)
	return runs
}

// eras returns the eras whose dividers the year's part of the list holds.
func (g yearGroup) eras() []*eraView {
	end, last := g.first+g.count, g.first+g.count == len(g.r.site.Events)
	var eras []*eraView
	for _, era := range g.r.eras {
		if era.before >= g.first && (era.before < end || last && era.before == end) {
			eras = append(eras, era)
		}
	}
	return eras
}

// views returns the views of the site's events from the ith to the one
// before the jth.
func (g yearGroup) views(i, j int) []*eventView {
	views := make([]*eventView, j-i)
	for k := range views {
		views[k] = g.r.view(i + k)
	}
	return views
}

// overviewEras returns the site's eras as the overview draws them.
func (r *renderer) overviewEras() []overview.Era {
	eras := make([]overview.Era, len(r.eras))
	for i, v := range r.eras {
		eras[i] = overview.Era{Label: v.Label, Name: v.Label + ", " + v.Span, First: v.Date.First(), Ongoing: v.Ongoing}
		if !v.Ongoing {
			eras[i].After = v.End.Last().Next()
		}
	}
	return eras
}
