package overview

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// A timeScale maps days to x on one linear scale, whatever the span: a day
// or many centuries. Its ticks fall on round calendar boundaries (days,
// months, years, or 5, 10, 50, 100… years), chosen by the span so that
// their labels never overlap, and their number is bounded whatever the
// span: the overview's size depends on its events, not on its years.
type timeScale struct {
	// start and end are the first day of the scale and the day after its
	// last, as day numbers (see dayNumber); x0 and x1 are where they lie.
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

// dayNumber returns the number of days from 1970-01-01 to the day of t.
func dayNumber(t time.Time) float64 {
	return float64(t.Unix() / 86400)
}

// x returns where the day d lies on the scale.
func (s *timeScale) x(d float64) float64 {
	return s.x0 + (s.x1-s.x0)*(d-s.start)/(s.end-s.start)
}

// newTimeScale returns the scale that spans the days from first to the day
// before after, drawn from x0 to x1, with the finest ticks whose labels
// fit.
func newTimeScale(first, after time.Time, x0, x1 float64) *timeScale {
	for _, step := range tickSteps() {
		s := &timeScale{x0: x0, x1: x1, periods: step.n == 1}
		lo, hi := step.floor(first), step.ceil(after)
		s.start, s.end = dayNumber(lo), dayNumber(hi)
		if s.end <= s.start {
			s.end = s.start + 1
		}
		n := 0
		for t := lo; !t.After(hi); t = step.next(t) {
			if n++; n > maxTicks+1 {
				break
			}
			s.ticks = append(s.ticks, timeTick{day: dayNumber(t), label: step.label(t)})
		}
		if n <= maxTicks+1 && s.labelsFit() {
			return s
		}
	}
	// Beyond the largest step (ten billion years) a scale has its ends only.
	s := &timeScale{x0: x0, x1: x1, start: dayNumber(first), end: dayNumber(after)}
	s.ticks = []timeTick{{day: s.start, label: strconv.Itoa(first.Year())}, {day: s.end}}
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

// floor returns the last boundary of the step on or before t.
func (s tickStep) floor(t time.Time) time.Time {
	y, m, d := t.Date()
	switch s.unit {
	case dayUnit:
		if s.n == 7 {
			// Weeks start on Mondays.
			return time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	case monthUnit:
		return time.Date(y, m-time.Month((int(m)-1)%s.n), 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(floorDiv(y, s.n)*s.n, time.January, 1, 0, 0, 0, 0, time.UTC)
}

// ceil returns the first boundary of the step on or after t.
func (s tickStep) ceil(t time.Time) time.Time {
	if f := s.floor(t); f.Equal(t) {
		return f
	}
	return s.next(s.floor(t))
}

// next returns the boundary of the step after the boundary t.
func (s tickStep) next(t time.Time) time.Time {
	switch s.unit {
	case dayUnit:
		return t.AddDate(0, 0, s.n)
	case monthUnit:
		return t.AddDate(0, s.n, 0)
	}
	return t.AddDate(s.n, 0, 0)
}

// label returns the label of the boundary t: "2005" for years, "Mar"
// within a year and "2005" in January for months, "5 Aug" for days.
func (s tickStep) label(t time.Time) string {
	switch {
	case s.unit == yearUnit, s.unit == monthUnit && t.Month() == time.January:
		return strconv.Itoa(t.Year())
	case s.unit == monthUnit:
		return t.Month().String()[:3]
	}
	return strconv.Itoa(t.Day()) + " " + t.Month().String()[:3]
}

// floorDiv returns a/b rounded down, also for a negative a.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
