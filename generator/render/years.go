package render

import (
	"strconv"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/output"
)

// overviewDetailLimit is the most events the overview draws one by one;
// beyond it, it draws one bar per year.
const overviewDetailLimit = 150

// yearLink is a year of the timeline as a link to its events.
type yearLink struct {
	Year  int
	Label string // the year for readers
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
	for i, e := range r.site.Events {
		if n := len(years); n == 0 || years[n-1].Year != e.Date.Year {
			years = append(years, yearGroup{Year: e.Date.Year, r: r, first: i})
		}
		years[len(years)-1].count++
	}
	return years
}

// yearLinks returns a link per year that has events.
func (r *renderer) yearLinks(years []yearGroup) []yearLink {
	links := make([]yearLink, len(years))
	for i, y := range years {
		links[i] = yearLink{Year: y.Year, Label: y.Label(), Count: y.count, URL: r.yearURL(y.Year)}
	}
	return links
}

// yearURL leads from the site root to the events of a year.
func (r *renderer) yearURL(year int) string {
	if r.paged() {
		return output.YearPage(year)
	}
	return "index.html#y_" + strconv.Itoa(year)
}

// eventURL leads from the site root to an event's place in the timeline.
func (r *renderer) eventURL(e *content.Event) string {
	if r.paged() {
		return output.YearPage(e.Date.Year) + "#" + e.ID
	}
	return "index.html#" + e.ID
}

// pageCategories returns the categories of the given events with their
// counts among them, in display order, leaving out empty ones.
func (r *renderer) pageCategories(groups []yearGroup) []*categoryInfo {
	counts := map[string]int{}
	for _, g := range groups {
		for _, e := range g.events() {
			counts[e.Category]++
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

// yearPages returns the outputs years/<year>.html of a paged site. A
// year's page shows its events and the counts of the years beside it.
func (r *renderer) yearPages(t *pageLayoutInfo, fp *fingerprinter) []Output {
	years := r.years()
	links := r.yearLinks(years)
	outs := make([]Output, len(years))
	for i, y := range years {
		f := fp.start("year").page().int(y.Year)
		for _, e := range y.events() {
			f.event(e).tags(e)
		}
		for _, n := range links[max(i-1, 0):min(i+2, len(links))] {
			f.int(n.Year).int(n.Count)
		}
		// Which eras begin on the page depends on the events of other
		// years too: an era that begins in a year without events begins
		// before the next event.
		f.string("eras")
		for _, era := range y.eras() {
			f.int(era.before)
		}
		outs[i] = Output{Name: links[i].URL, Fingerprint: t.sum(f), policy: []string{searchPolicy}, render: pageOf(func() ([]byte, error) {
			data := r.base("../", links[i].URL, r.msgs.T("year_description", "Count", r.msgs.N("event_count", y.count), "Year", y.Label(), "Site", r.site.Config.Title))
			data.Year, data.YearLabel = y.Year, y.Label()
			data.Years = []yearGroup{y}
			data.EventCount = y.count
			data.Style = r.listStyle(y.events())
			data.Categories = r.pageCategories(data.Years)
			r.withSearch(data, "../")
			if i > 0 {
				data.PrevYear = &links[i-1]
			}
			if i+1 < len(links) {
				data.NextYear = &links[i+1]
			}
			return t.page.Execute(data)
		})}
	}
	return outs
}
