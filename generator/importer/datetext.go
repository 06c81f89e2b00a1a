package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The forms of a date written as text in one cell: the old TimelineJS
// template's Start Date and End Date, and TimelineSetter's date column.
var (
	isoDate     = regexp.MustCompile(`^([+-]?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ](\d.*))?$`)
	slashDate   = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(-?\d+)(?:,?\s+(.+))?$`)
	slashMonth  = regexp.MustCompile(`^(\d{1,2})/(-?\d+)$`)
	commaDate   = regexp.MustCompile(`^(-?\d+),(\d{1,2})(?:,(\d{1,2}))?$`) // TimelineJS 2: "2012,1,26"
	monthDay    = regexp.MustCompile(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d+)(?:,?\s+(.+))?$`)
	dayMonth    = regexp.MustCompile(`^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d+)(?:,?\s+(.+))?$`)
	monthYear   = regexp.MustCompile(`^([A-Za-z]+)\.?,?\s+(\d+)$`)
	timeOfDay   = regexp.MustCompile(`^\d{1,2}(?::\d{2}){0,2}(?:[.,]\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?$`)
	monthByName = map[string]int{}
)

func init() {
	for i, name := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		monthByName[name] = i + 1
		monthByName[name[:3]] = i + 1
	}
	monthByName["sept"] = 9
}

// textDate is a date read from text, and the time of day it named, which
// an event cannot keep.
type textDate struct {
	Date
	time string
}

// parseTextDate reads a date written in one cell: "2005", "2005-12",
// "2005-12-01", "12/1/2005", "12/2005", "2005,12,1", "December 1, 2005",
// "Dec. 1, 2005", "1 December 2005" or "December 2005", any of them
// followed by a time of day. With timelineJSYears a negative year counts
// as TimelineJS counts it (-500 is 500 BCE); without, it is astronomical.
func parseTextDate(s string, timelineJSYears bool) (textDate, error) {
	s = strings.Join(strings.Fields(s), " ")
	var year, month, day, clock string
	switch {
	case match(isoDate, s, &year, &month, &day, &clock):
	case match(slashDate, s, &month, &day, &year, &clock), match(slashMonth, s, &month, &year):
		if len(strings.TrimPrefix(year, "-")) <= 2 {
			return textDate{}, fmt.Errorf("the year of %q has two digits: write it in full, such as 12/1/2005", s)
		}
	case match(commaDate, s, &year, &month, &day):
	case match(monthDay, s, &month, &day, &year, &clock), match(dayMonth, s, &day, &month, &year, &clock), match(monthYear, s, &month, &year):
		n, ok := monthByName[strings.ToLower(month)]
		if !ok {
			return textDate{}, fmt.Errorf("%q is not a month name in %q: write the date as 2005-12-01", month, s)
		}
		month = strconv.Itoa(n)
	default:
		return textDate{}, fmt.Errorf("%q is not a date: write it as 2005, 2005-12, 2005-12-01 or 12/1/2005", s)
	}
	if clock != "" && !timeOfDay.MatchString(clock) {
		return textDate{}, fmt.Errorf("%q is not a date: write it as 2005, 2005-12, 2005-12-01 or 12/1/2005", s)
	}
	y, err := strconv.Atoi(year)
	if err != nil {
		return textDate{}, fmt.Errorf("the year of %q is out of range", s)
	}
	if timelineJSYears {
		y = fromTimelineJSYear(y)
	}
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	if month != "" && m == 0 || day != "" && d == 0 {
		return textDate{}, fmt.Errorf("%q is not a date: months and days count from 1", s)
	}
	date, err := newDate(y, m, d)
	if err != nil {
		return textDate{}, fmt.Errorf("%q is not a date: %v", s, err)
	}
	return textDate{Date: date, time: clock}, nil
}

// match reports whether re matches all of s, and sets parts to its
// groups.
func match(re *regexp.Regexp, s string, parts ...*string) bool {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	for i, p := range parts {
		*p = m[i+1]
	}
	return true
}
