package overview

import (
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/edtf"
)

// A timeScale maps days to x on one linear scale, whatever the span: a day
// or millions of years. Its ticks fall on round calendar boundaries (days,
// months, years, or 5, 10, 50, 100… years), chosen by the span so that
// their labels never overlap, and their number is bounded whatever the
// span: the overview's size depends on its events, not on its years.
type timeScale struct {
	// start and end are the first day of the scale and the day after its
	// last, as day numbers (edtf.Day.Number); x0 and x1 are where they lie.
	start, end float64
	x0, x1     float64
	ticks      []timeTick
	// periods tells that the step is one calendar unit (a day, a month, a
	// year): each label names the period it stands under, and periods
	// alternate in faint bands.
	periods bool
}

// timeTick is a boundary of the scale and the label that goes with it.
type timeTick struct {
	day   float64
	label string
}

// tickStep is a step between ticks: n days, months or years.
type tickStep struct {
	unit tickUnit
	n    int
}

type tickUnit int

const (
	dayUnit tickUnit = iota
	monthUnit
	yearUnit
)

// Label sizes, in drawing units: the axis text is 13 units high, and its
// characters are at most about 8 wide; labels keep 10 units apart.
const (
	labelCharWidth = 8.0
	labelGap       = 10.0
	maxTicks       = 16
)

// Labels write the labels of the axis in the site's language.
type Labels struct {
	// Year writes a year ("2005", "500 BCE"), Month a month of a year in
	// short ("Mar"), Day a day of a month in short ("5 Aug").
	Year  func(year int) string
	Month func(year, month int) string
	Day   func(year, month, day int) string
	// YearBar names a bar of a large site's overview: its years
	// ("1990–1994") and how many events they have.
	YearBar func(years string, count int) string
	// Eras names the eras' bands, as a group.
	Eras string
	// RightToLeft draws time running from right to left, as a language
	// written from right to left reads it.
	RightToLeft bool
}

// mirror places drawings from right to left, or leaves them.
type mirror struct {
	on    bool
	width float64
}

// x returns where the point at x of a left-to-right drawing goes.
func (m mirror) x(x float64) float64 {
	if m.on {
		return m.width - x
	}
	return x
}

// left returns where the left edge of a box at x, w wide, goes.
func (m mirror) left(x, w float64) float64 {
	if m.on {
		return m.width - x - w
	}
	return x
}

// anchor returns the class that anchors a label at an edge of the
// drawing: "start" (left) or "end" (right) of a left-to-right drawing.
func (m mirror) anchor(class string) string {
	if !m.on || class == "" {
		return class
	}
	return map[string]string{"start": "end", "end": "start"}[class]
}

// x returns where the day d lies on the scale.
func (s *timeScale) x(d float64) float64 {
	return s.x0 + (s.x1-s.x0)*(d-s.start)/(s.end-s.start)
}

// xOf returns where the day d lies on the scale.
func (s *timeScale) xOf(d edtf.Day) float64 { return s.x(float64(d.Number())) }

// newTimeScale returns the scale that spans the days from first to the day
// before after, drawn from x0 to x1, with the finest ticks whose labels
// fit.
func newTimeScale(first, after edtf.Day, x0, x1 float64, labels Labels) *timeScale {
	for _, step := range tickSteps() {
		s := &timeScale{x0: x0, x1: x1, periods: step.n == 1}
		lo, hi := step.floor(first), step.ceil(after)
		s.start, s.end = float64(lo.Number()), float64(hi.Number())
		if s.end <= s.start {
			s.end = s.start + 1
		}
		n := 0
		for t := lo; t.Compare(hi) <= 0; t = step.next(t) {
			if n++; n > maxTicks+1 {
				break
			}
			s.ticks = append(s.ticks, timeTick{day: float64(t.Number()), label: step.label(t, labels)})
		}
		if n <= maxTicks+1 && s.labelsFit() {
			return s
		}
	}
	// Beyond the largest step a scale has its ends only.
	s := &timeScale{x0: x0, x1: x1, start: float64(first.Number()), end: float64(after.Number())}
	s.ticks = []timeTick{{day: s.start, label: labels.Year(first.Year)}, {day: s.end}}
	return s
}

// labelsFit reports whether every label fits beside its neighbours: in its
// period when the ticks mark periods, between the ticks around it
// otherwise.
func (s *timeScale) labelsFit() bool {
	for i := 0; i+1 < len(s.ticks); i++ {
		room := s.x(s.ticks[i+1].day) - s.x(s.ticks[i].day)
		need := labelWidth(s.ticks[i].label) + labelGap
		if !s.periods {
			need = (labelWidth(s.ticks[i].label)+labelWidth(s.ticks[i+1].label))/2 + labelGap
		}
		if room < need {
			return false
		}
	}
	return true
}

// labelWidth estimates the width of an axis label, in drawing units.
func labelWidth(label string) float64 {
	return labelCharWidth * float64(utf8.RuneCountInString(label))
}

// tickSteps lists the steps a scale may take, finest first: 1, 2 and 7
// days; 1, 2, 3 and 6 months; then 1, 2, 5, 10, 20, 50… years up to ten
// billion.
func tickSteps() []tickStep {
	steps := []tickStep{{dayUnit, 1}, {dayUnit, 2}, {dayUnit, 7}, {monthUnit, 1}, {monthUnit, 2}, {monthUnit, 3}, {monthUnit, 6}}
	for n := 1; n <= 10_000_000_000; n *= 10 {
		steps = append(steps, tickStep{yearUnit, n}, tickStep{yearUnit, 2 * n}, tickStep{yearUnit, 5 * n})
	}
	return steps
}

// floor returns the last boundary of the step on or before d.
func (s tickStep) floor(d edtf.Day) edtf.Day {
	switch s.unit {
	case dayUnit:
		if s.n == 7 {
			// Weeks start on Mondays; 1970-01-01, day 0, was a Thursday.
			return d.AddDays(-int(floorMod(d.Number()+3, 7)))
		}
		return d
	case monthUnit:
		return edtf.Day{Year: d.Year, Month: d.Month - (d.Month-1)%s.n, Day: 1}
	}
	return edtf.Day{Year: yearBoundary(d.Year, s.n), Month: 1, Day: 1}
}

// yearBoundary returns the last boundary of steps of n years on or before
// the start of year y. The steps fall on round years of the era they are
// in, as historians count: 1000 BCE (astronomical -999), 1 CE, 1000, 2000
// for n = 1000.
func yearBoundary(y, n int) int {
	if y <= 0 {
		return floorDiv(y-1, n)*n + 1
	}
	if c := floorDiv(y, n) * n; c >= 1 {
		return c
	}
	return 1
}

// ceil returns the first boundary of the step on or after d.
func (s tickStep) ceil(d edtf.Day) edtf.Day {
	if f := s.floor(d); f == d {
		return f
	}
	return s.next(s.floor(d))
}

// next returns the boundary of the step after the boundary d.
func (s tickStep) next(d edtf.Day) edtf.Day {
	switch s.unit {
	case dayUnit:
		return d.AddDays(s.n)
	case monthUnit:
		m := d.Month - 1 + s.n
		return edtf.Day{Year: d.Year + m/12, Month: m%12 + 1, Day: 1}
	}
	y := d.Year + s.n
	if d.Year == 1 && s.n > 1 {
		y = s.n
	}
	return edtf.Day{Year: y, Month: 1, Day: 1}
}

// label returns the label of the boundary d: the year for years, and in
// January for months; the month within a year; the day and month for days.
func (s tickStep) label(d edtf.Day, labels Labels) string {
	switch {
	case s.unit == yearUnit, s.unit == monthUnit && d.Month == 1:
		return labels.Year(d.Year)
	case s.unit == monthUnit:
		return labels.Month(d.Year, d.Month)
	}
	return labels.Day(d.Year, d.Month, d.Day)
}

// floorDiv returns a/b rounded down, also for a negative a.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// floorMod returns a mod b, in [0, b), also for a negative a.
func floorMod(a, b int64) int64 {
	return (a%b + b) % b
}
