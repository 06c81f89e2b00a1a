package generator

import (
	"fmt"
	"html/template"
	"strings"
	"time"
)

// The overview's drawing units: the SVG scales to its box, and these fix
// its proportions.
const (
	overviewWidth  = 960.0
	overviewMargin = 24.0 // room left and right for markers at the ends
	laneHeight     = 40.0
	axisHeight     = 34.0
	markerRadius   = 10.0
	minGap         = 26.0 // markers closer than this go to separate lanes
)

// overviewItem is one event placed on the overview.
type overviewItem struct {
	event      *Event
	x1, x2     float64 // x1 == x2 for a single event
	continuing bool    // drawn to the end of the axis: ongoing
	lane       int
}

// renderOverview draws the whole span of the events as an SVG: a year
// axis, ranges as bars, single events as markers, each a link to the
// event's place in the timeline (href). It returns "" for no events.
func renderOverview(events []*Event, cfg *Config, href func(*Event) string) template.HTML {
	if len(events) == 0 {
		return ""
	}
	firstYear, lastYear := events[0].Date.Year, events[0].Date.Year
	for _, e := range events {
		firstYear = min(firstYear, e.Date.Year)
		lastYear = max(lastYear, e.Date.Year)
		if !e.End.IsZero() {
			lastYear = max(lastYear, e.End.Last().Year())
		}
	}
	start := time.Date(firstYear, 1, 1, 0, 0, 0, 0, time.UTC)
	stop := time.Date(lastYear+1, 1, 1, 0, 0, 0, 0, time.UTC)
	span := stop.Sub(start).Hours()
	xOf := func(t time.Time) float64 {
		return overviewMargin + (overviewWidth-2*overviewMargin)*t.Sub(start).Hours()/span
	}
	// A date's middle is where a marker stands; a range runs from the first
	// day of its start to the end of its end.
	middle := func(d Date) float64 { return (xOf(d.First()) + xOf(d.After())) / 2 }

	items := make([]*overviewItem, 0, len(events))
	for _, e := range events {
		it := &overviewItem{event: e}
		switch {
		case e.Ongoing:
			it.x1, it.x2, it.continuing = xOf(e.Date.First()), overviewWidth-overviewMargin/2, true
		case !e.End.IsZero():
			it.x1, it.x2 = xOf(e.Date.First()), xOf(e.End.After())
		default:
			it.x1 = middle(e.Date)
			it.x2 = it.x1
		}
		items = append(items, it)
	}
	lanes := assignLanes(items)
	height := axisHeight + float64(lanes)*laneHeight + 8

	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="overview-svg" viewBox="0 0 %g %g" width="%g" height="%g" role="group" aria-labelledby="overview-title" focusable="false">`,
		overviewWidth, height, overviewWidth, height)
	// Year axis: a line, a tick and a label per year, and faint year bands.
	axisY := height - axisHeight + 6
	yearX := func(y int) float64 { return xOf(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)) }
	b.WriteString(`<g class="axis" aria-hidden="true">`)
	for y := firstYear + 1; y <= lastYear; y += 2 {
		fmt.Fprintf(&b, `<rect class="band" x="%.1f" y="0" width="%.1f" height="%g"/>`, yearX(y), yearX(y+1)-yearX(y), axisY)
	}
	fmt.Fprintf(&b, `<line x1="%g" y1="%g" x2="%g" y2="%g"/>`, overviewMargin/2, axisY, overviewWidth-overviewMargin/2, axisY)
	for y := firstYear; y <= lastYear+1; y++ {
		fmt.Fprintf(&b, `<line class="tick" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/>`, yearX(y), axisY, yearX(y), axisY+6)
		if y <= lastYear {
			fmt.Fprintf(&b, `<text x="%.1f" y="%g">%d</text>`, (yearX(y)+yearX(y+1))/2, axisY+22, y)
		}
	}
	b.WriteString(`</g>`)
	for _, it := range items {
		e := it.event
		y := 8 + float64(it.lane)*laneHeight + laneHeight/2
		class := "item"
		if i := categoryIndex(cfg, e.Category); i >= 0 {
			class += fmt.Sprintf(" c%d", i+1)
		}
		label := e.Title + ", " + e.Span()
		fmt.Fprintf(&b, `<a href="%s" class="%s" aria-label="%s"><title>%s</title>`,
			template.HTMLEscapeString(href(e)), class, template.HTMLEscapeString(label), template.HTMLEscapeString(label))
		if it.x2 > it.x1 {
			// A bar, with a generous invisible hit area around it.
			fmt.Fprintf(&b, `<rect class="hit" x="%.1f" y="%.1f" width="%.1f" height="%g"/>`, it.x1, y-laneHeight/2, it.x2-it.x1, laneHeight)
			fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="12" rx="6"/>`, it.x1, y-6, it.x2-it.x1)
			if it.continuing {
				fmt.Fprintf(&b, `<path class="arrow" d="M%.1f %.1fl10 10-10 10z"/>`, it.x2-2, y-10)
			}
		} else {
			fmt.Fprintf(&b, `<rect class="hit" x="%.1f" y="%.1f" width="%g" height="%g"/>`, it.x1-laneHeight/2, y-laneHeight/2, laneHeight, laneHeight)
			fmt.Fprintf(&b, `<circle class="marker" cx="%.1f" cy="%.1f" r="%g"/>`, it.x1, y, markerRadius)
		}
		b.WriteString(`</a>`)
	}
	b.WriteString(`</svg>`)
	return minifyHTML([]byte(b.String()))
}

// maxLanes caps the lanes of the overview: many events at once would
// otherwise make it as tall as their number, and placing them take time
// quadratic in it.
const maxLanes = 8

// assignLanes puts each item in the first lane where it overlaps nothing,
// ranges first so that they sit on top, and returns the number of lanes.
// When all maxLanes lanes are taken, an item goes to the lane that frees
// first, over what it overlaps.
func assignLanes(items []*overviewItem) int {
	var laneEnds []float64
	place := func(it *overviewItem) {
		lane := -1
		for i, end := range laneEnds {
			if it.x1-markerRadius >= end+minGap-2*markerRadius {
				lane = i
				break
			}
		}
		switch {
		case lane < 0 && len(laneEnds) < maxLanes:
			lane = len(laneEnds)
			laneEnds = append(laneEnds, 0)
		case lane < 0:
			lane = 0
			for i, end := range laneEnds {
				if end < laneEnds[lane] {
					lane = i
				}
			}
		}
		it.lane = lane
		laneEnds[lane] = max(laneEnds[lane], it.x2+markerRadius)
	}
	for _, it := range items {
		if it.x2 > it.x1 {
			place(it)
		}
	}
	for _, it := range items {
		if it.x2 == it.x1 {
			place(it)
		}
	}
	return max(len(laneEnds), 1)
}

// categoryIndex returns the position of the category among the declared
// ones, or -1.
func categoryIndex(cfg *Config, id string) int {
	for i, c := range cfg.Categories {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// renderYearOverview draws a site with many events as one bar per year,
// its height the year's share of the busiest year, each a link to the
// year's events. Every year gets a column of at least 26 units, so the
// drawing grows wider than the page (and scrolls) rather than shrinking
// its targets.
func renderYearOverview(years []yearLink) template.HTML {
	if len(years) == 0 {
		return ""
	}
	first, last := years[0].Year, years[len(years)-1].Year
	busiest := 0
	for _, y := range years {
		busiest = max(busiest, y.Count)
	}
	span := last - first + 1
	column := max(26.0, (overviewWidth-2*overviewMargin)/float64(span))
	width := 2*overviewMargin + column*float64(span)
	const chart = 96.0 // the height of the tallest bar
	height := chart + axisHeight + 8
	axisY := height - axisHeight + 6
	// Label every year when there is room, else round years only.
	every := 1
	for _, step := range []int{2, 5, 10, 20, 50, 100} {
		if column*float64(every) >= 40 {
			break
		}
		every = step
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="overview-svg by-year" viewBox="0 0 %g %g" width="%g" height="%g" role="group" aria-labelledby="overview-title" focusable="false">`,
		width, height, width, height)
	fmt.Fprintf(&b, `<g class="axis" aria-hidden="true"><line x1="%g" y1="%g" x2="%g" y2="%g"/>`, overviewMargin/2, axisY, width-overviewMargin/2, axisY)
	for y := first; y <= last; y++ {
		if every == 1 || y%every == 0 {
			x := overviewMargin + column*(float64(y-first)+0.5)
			fmt.Fprintf(&b, `<line class="tick" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/><text x="%.1f" y="%g">%d</text>`, x, axisY, x, axisY+6, x, axisY+22, y)
		}
	}
	b.WriteString(`</g>`)
	for _, y := range years {
		x := overviewMargin + column*float64(y.Year-first)
		h := max(3, chart*float64(y.Count)/float64(busiest))
		label := fmt.Sprintf("%d: %d event%s", y.Year, y.Count, map[bool]string{true: "", false: "s"}[y.Count == 1])
		fmt.Fprintf(&b, `<a href="%s" class="item" aria-label="%s"><title>%s</title>`, template.HTMLEscapeString(y.URL), label, label)
		fmt.Fprintf(&b, `<rect class="hit" x="%.1f" y="4" width="%.1f" height="%g"/>`, x, column, axisY-4)
		fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="2"/>`, x+column*0.15, axisY-h, column*0.7, h)
		b.WriteString(`</a>`)
	}
	b.WriteString(`</svg>`)
	return minifyHTML([]byte(b.String()))
}
