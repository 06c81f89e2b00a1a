package generator

import (
	"fmt"
	"strconv"
)

// DefaultIndexLimit is the most events the index shows in full when
// config.toml sets no indexLimit. Measured on the default layouts, an event
// takes about 3 KB of the index, so the index stays under about 600 KB.
const DefaultIndexLimit = 200

// overviewDetailLimit is the most events the overview draws one by one;
// beyond it, it draws one bar per year.
const overviewDetailLimit = 150

// yearLink is a year of the timeline as a link to its events.
type yearLink struct {
	Year  int
	Count int
	// URL leads from the site root to the year's events: a year page, or
	// its heading on the index.
	URL string
}

// paged reports whether the site has too many events for one page: then
// the index lists the years, and each year has a page of its own
// (years/<year>.html).
func (r *renderer) paged() bool {
	return len(r.site.Events) > r.site.Config.IndexLimit
}

// years returns the events grouped by the year they start in, in order.
func (r *renderer) years() []yearGroup {
	var years []yearGroup
	for _, e := range r.site.Events {
		if n := len(years); n == 0 || years[n-1].Year != e.Date.Year {
			years = append(years, yearGroup{Year: e.Date.Year})
		}
		group := &years[len(years)-1]
		group.Events = append(group.Events, eventItem{Event: e, Category: r.categories[e.Category]})
	}
	return years
}

// yearLinks returns a link per year that has events.
func (r *renderer) yearLinks(years []yearGroup) []yearLink {
	links := make([]yearLink, len(years))
	for i, y := range years {
		links[i] = yearLink{Year: y.Year, Count: len(y.Events), URL: r.yearURL(y.Year)}
	}
	return links
}

// yearURL leads from the site root to the events of a year.
func (r *renderer) yearURL(year int) string {
	if r.paged() {
		return "years/" + strconv.Itoa(year) + ".html"
	}
	return "index.html#y_" + strconv.Itoa(year)
}

// eventURL leads from the site root to an event's place in the timeline.
func (r *renderer) eventURL(e *Event) string {
	if r.paged() {
		return "years/" + strconv.Itoa(e.Date.Year) + ".html#" + e.ID
	}
	return "index.html#" + e.ID
}

// pageCategories returns the categories of the given events with their
// counts among them, in display order, leaving out empty ones.
func (r *renderer) pageCategories(groups []yearGroup) []*categoryInfo {
	counts := map[string]int{}
	for _, g := range groups {
		for _, item := range g.Events {
			counts[item.Event.Category]++
		}
	}
	var cats []*categoryInfo
	for _, c := range r.ordered {
		if n := counts[c.ID]; n > 0 {
			info := *c
			info.Count = n
			cats = append(cats, &info)
		}
	}
	return cats
}

// yearPages returns the outputs years/<year>.html of a paged site.
func (r *renderer) yearPages(t *pageLayout) []output {
	if !r.paged() {
		return nil
	}
	years := r.years()
	links := r.yearLinks(years)
	outs := make([]output, len(years))
	for i, y := range years {
		outs[i] = output{name: links[i].URL, render: func() ([]byte, error) {
			data := r.base("../", links[i].URL, fmt.Sprintf("%s of %d in %s.", countEvents(len(y.Events)), y.Year, r.site.Config.Title))
			data.Year = y.Year
			data.Years = []yearGroup{y}
			data.EventCount = len(y.Events)
			data.Categories = r.pageCategories(data.Years)
			if i > 0 {
				data.PrevYear = &links[i-1]
			}
			if i+1 < len(links) {
				data.NextYear = &links[i+1]
			}
			return t.execute(data)
		}}
	}
	return outs
}
