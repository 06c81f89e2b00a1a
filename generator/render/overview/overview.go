// Package overview draws the overview of a timeline as an inline SVG: every
// event on one linear time scale, or, for a large site, bars of its years.
package overview

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/internal/minify"
)

// The overview's drawing units: the SVG scales to its box, and these fix
// its proportions.
const (
	width        = 960.0
	margin       = 24.0 // room left and right for markers at the ends
	laneHeight   = 40.0
	axisHeight   = 34.0
	markerRadius = 10.0
	minGap       = 26.0 // markers closer than this go to separate lanes
)

// Event is an event as the overview draws it.
type Event struct {
	// Href is where its mark leads, and Label names it for readers and
	// assistive technology ("Title, December 2005").
	Href, Label string
	// Class is its colour class ("c1"…), or empty.
	Class string
	// First is the first day it covers and After the day after its last:
	// of its date, or through its end for a range.
	First, After edtf.Day
	// Range tells that it runs from date to end (a bar), Ongoing that it
	// still runs (a bar to the end of the axis); otherwise it is a single
	// date, a marker at its middle.
	Range, Ongoing bool
	// Fuzzy tells that its dates are approximate, uncertain or not all
	// known: it is drawn dashed.
	Fuzzy bool
}

// placed is an event placed on the overview.
type placed struct {
	*Event
	x1, x2     float64 // x1 == x2 for a single event
	continuing bool    // drawn to the end of the axis: ongoing
	lane       int
}

// Draw draws the whole span of the events as an SVG on one linear time
// scale (see timeScale): the axis with its ticks, the eras the span reaches
// as bands behind the marks (see Era), ranges as bars, single events as
// markers at the middle of their dates, each a link. The page's script
// draws the present day on it (todayAttr). It returns "" for no events.
func Draw(events []Event, eras []Era, labels Labels) template.HTML {
	if len(events) == 0 {
		return ""
	}
	first, after := events[0].First, events[0].After
	for _, e := range events {
		if e.First.Compare(first) < 0 {
			first = e.First
		}
		if e.After.Compare(after) > 0 {
			after = e.After
		}
	}
	scale := newTimeScale(first, after, margin, width-margin, labels)
	xOf := scale.xOf

	items := make([]*placed, 0, len(events))
	for i := range events {
		e := &events[i]
		it := &placed{Event: e}
		switch {
		case e.Ongoing:
			it.x1, it.x2, it.continuing = xOf(e.First), width-margin/2, true
		case e.Range:
			it.x1, it.x2 = xOf(e.First), xOf(e.After)
		default:
			it.x1 = (xOf(e.First) + xOf(e.After)) / 2
			it.x2 = it.x1
		}
		items = append(items, it)
	}
	lanes := assignLanes(items)
	placedEras, rows := placeEras(eras, scale, margin/2, width-margin/2, width)
	top := 8 + eraStrip(rows)
	height := axisHeight + float64(lanes)*laneHeight + top
	axisY := height - axisHeight + 6

	m := mirror{labels.RightToLeft, width}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="overview-svg" viewBox="0 0 %g %g" width="%g" height="%g" role="group" aria-labelledby="overview-title" focusable="false"%s>`,
		width, height, width, height, todayAttr(scale, margin/2, width-margin/2, top-6, axisY, m))
	writeAxis(&b, scale, axisY, width, m)
	writeEras(&b, placedEras, axisY, m, labels.Eras)
	for _, it := range items {
		y := top + float64(it.lane)*laneHeight + laneHeight/2
		class := "item"
		if it.Class != "" {
			class += " " + it.Class
		}
		if it.Fuzzy {
			class += " fuzzy"
		}
		fmt.Fprintf(&b, `<a href="%s" class="%s" aria-label="%s"><title>%s</title>`,
			template.HTMLEscapeString(it.Href), class, template.HTMLEscapeString(it.Label), template.HTMLEscapeString(it.Label))
		if it.x2 > it.x1 {
			// A bar, at least a marker wide, with a generous invisible hit
			// area around it.
			x1, x2 := it.x1, max(it.x2, it.x1+4)
			hit, hitWidth := min(x1, (x1+x2-laneHeight)/2), max(x2-x1, laneHeight)
			fmt.Fprintf(&b, `<rect class="hit" x="%.1f" y="%.1f" width="%.1f" height="%g"/>`, m.left(hit, hitWidth), y-laneHeight/2, hitWidth, laneHeight)
			fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="12" rx="6"/>`, m.left(x1, x2-x1), y-6, x2-x1)
			if it.continuing {
				arrow := "l10 10-10 10z"
				if m.on {
					arrow = "l-10 10 10 10z"
				}
				fmt.Fprintf(&b, `<path class="arrow" d="M%.1f %.1f%s"/>`, m.x(x2-2), y-10, arrow)
			}
		} else {
			fmt.Fprintf(&b, `<rect class="hit" x="%.1f" y="%.1f" width="%g" height="%g"/>`, m.left(it.x1-laneHeight/2, laneHeight), y-laneHeight/2, laneHeight, laneHeight)
			fmt.Fprintf(&b, `<circle class="marker" cx="%.1f" cy="%.1f" r="%g"/>`, m.x(it.x1), y, markerRadius)
		}
		b.WriteString(`</a>`)
	}
	b.WriteString(`</svg>`)
	return minify.HTML([]byte(b.String()))
}

// writeAxis draws the scale's axis at axisY, in a drawing width wide: a line, a tick at each
// boundary with its label (under the period it starts when the ticks mark
// periods, which alternate in faint bands), none of which overlap.
func writeAxis(b *strings.Builder, scale *timeScale, axisY, width float64, m mirror) {
	b.WriteString(`<g class="axis" aria-hidden="true">`)
	ticks := scale.ticks
	if scale.periods {
		for i := 1; i+1 < len(ticks); i += 2 {
			x1, x2 := scale.x(ticks[i].day), scale.x(ticks[i+1].day)
			fmt.Fprintf(b, `<rect class="band" x="%.1f" y="0" width="%.1f" height="%g"/>`, m.left(x1, x2-x1), x2-x1, axisY)
		}
	}
	fmt.Fprintf(b, `<line x1="%g" y1="%g" x2="%g" y2="%g"/>`, margin/2, axisY, width-margin/2, axisY)
	for i, t := range ticks {
		x := scale.x(t.day)
		fmt.Fprintf(b, `<line class="tick" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/>`, m.x(x), axisY, m.x(x), axisY+6)
		switch {
		case scale.periods && i+1 < len(ticks):
			fmt.Fprintf(b, `<text x="%.1f" y="%g">%s</text>`, m.x((x+scale.x(ticks[i+1].day))/2), axisY+22, template.HTMLEscapeString(t.label))
		case !scale.periods:
			// The labels at the ends keep inside the drawing.
			anchor, w := "", labelWidth(t.label)/2
			if x-w < 2 {
				anchor = "start"
				x = max(x-w, 2)
			} else if x+w > width-2 {
				anchor = "end"
				x = min(x+w, width-2)
			}
			if anchor = m.anchor(anchor); anchor != "" {
				anchor = ` class="` + anchor + `"`
			}
			fmt.Fprintf(b, `<text x="%.1f" y="%g"%s>%s</text>`, m.x(x), axisY+22, anchor, template.HTMLEscapeString(t.label))
		}
	}
	b.WriteString(`</g>`)
}

// maxLanes caps the lanes of the overview: many events at once would
// otherwise make it as tall as their number, and placing them take time
// quadratic in it.
const maxLanes = 8

// assignLanes puts each item in the first lane where it overlaps nothing,
// ranges first so that they sit on top, and returns the number of lanes.
// When all maxLanes lanes are taken, an item goes to the lane that frees
// first, over what it overlaps.
func assignLanes(items []*placed) int {
	var laneEnds []float64
	place := func(it *placed) {
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

// maxBins is the most bars the overview of a large site draws: with each
// bar at least 26 units wide, its drawing stays under about 1,600 units
// whatever the span.
const maxBins = 60

// DrawYears draws a site with many events as a bar chart on one
// linear time scale: a bar for each span of years (1, 2, 5, 10, 20, 50…
// years, the finest that keeps the bars at most maxBins), its height the
// span's share of the busiest, each a link to the first of its years with
// events. Every span gets a column of at least 26 units, so the drawing
// grows wider than the page (and scrolls) rather than shrinking its
// targets. Eras and the present day are drawn as Draw draws them.
func DrawYears(years []Year, eras []Era, labels Labels) template.HTML {
	if len(years) == 0 {
		return ""
	}
	first, last := years[0].Year, years[len(years)-1].Year
	step := 1
	for _, s := range tickSteps() {
		if s.unit == yearUnit && (last-floorDiv(first, s.n)*s.n)/s.n < maxBins {
			step = s.n
			break
		}
	}
	base := floorDiv(first, step) * step
	bins := make([]yearBin, (last-base)/step+1)
	for _, y := range years {
		bin := &bins[(y.Year-base)/step]
		if bin.count == 0 {
			bin.first = y
		}
		bin.count += y.Count
	}
	busiest := 0
	for _, bin := range bins {
		busiest = max(busiest, bin.count)
	}
	column := max(26.0, (width-2*margin)/float64(len(bins)))
	width := 2*margin + column*float64(len(bins))
	const chart = 96.0 // the height of the tallest bar
	scale := newTimeScale(yearStart(base), yearStart(base+step*len(bins)), margin, width-margin, labels)
	placedEras, rows := placeEras(eras, scale, margin/2, width-margin/2, width)
	top := 4 + eraStrip(rows)
	height := top + chart + axisHeight + 4
	axisY := height - axisHeight + 6
	m := mirror{labels.RightToLeft, width}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="overview-svg by-year" viewBox="0 0 %g %g" width="%g" height="%g" role="group" aria-labelledby="overview-title" focusable="false"%s>`,
		width, height, width, height, todayAttr(scale, margin/2, width-margin/2, top, axisY, m))
	writeAxis(&b, scale, axisY, width, m)
	writeEras(&b, placedEras, axisY, m, labels.Eras)
	for i, bin := range bins {
		if bin.count == 0 {
			continue
		}
		x := margin + column*float64(i)
		h := max(3, chart*float64(bin.count)/float64(busiest))
		years := labels.Year(base + i*step)
		if step > 1 {
			years += "–" + labels.Year(base+(i+1)*step-1)
		}
		label := template.HTMLEscapeString(labels.YearBar(years, bin.count))
		fmt.Fprintf(&b, `<a href="%s" class="item" aria-label="%s"><title>%s</title>`, template.HTMLEscapeString(bin.first.URL), label, label)
		fmt.Fprintf(&b, `<rect class="hit" x="%.1f" y="%g" width="%.1f" height="%g"/>`, m.left(x, column), top, column, axisY-top)
		fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="2"/>`, m.left(x+column*0.15, column*0.7), axisY-h, column*0.7, h)
		b.WriteString(`</a>`)
	}
	b.WriteString(`</svg>`)
	return minify.HTML([]byte(b.String()))
}

// Year is a year of a large site as DrawYears draws it: its count of
// events, and where its bar leads.
type Year struct {
	Year, Count int
	URL         string
}

// yearBin is a span of years of the overview of a large site: its events
// and the first of its years that has any.
type yearBin struct {
	first Year
	count int
}

// yearStart returns the first day of year y.
func yearStart(y int) edtf.Day { return edtf.Day{Year: y, Month: 1, Day: 1} }
