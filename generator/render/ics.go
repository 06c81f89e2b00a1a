package render

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/output"
)

// maxLineOctets is the longest a content line of an iCalendar file may be,
// without its CRLF (RFC 5545, section 3.1).
const maxLineOctets = 75

// ics renders timeline.ics: an iCalendar (RFC 5545) file with one all-day
// VEVENT per event. An event runs from the first day of its date to the
// end of its end, or of its date when it has no end; DTEND is exclusive, so
// December 2005 – March 2007 is 20051201 to 20070401. An ongoing event has
// no known end: it covers the span of its start date (March 2010 is
// 20100301 to 20100401), and its description says it is ongoing. UIDs are
// the UUIDs of the feed (see eventUUID); DTSTAMP is the site's updated date,
// never the time of the build. An event that ends at the end of the year
// 9999, the last a DATE can name, gets a DURATION instead of a DTEND. An
// event before year 1 or after 9999 is left out (see inCalendar), and a
// site without an event the calendar can carry has no calendar: RFC 5545
// wants at least one component in one. An approximate or uncertain date
// keeps its qualifier in the summary, "Title (c. 1200)".
func (r *renderer) ics() (output.Pieces, error) {
	cfg := &r.site.Config
	stamp := r.siteUpdated().Format("20060102T150405Z")
	var head, tail icsWriter
	head.line("BEGIN:VCALENDAR")
	head.line("VERSION:2.0")
	head.line("PRODID:-//timeline//timeline static site generator//EN")
	head.line("CALSCALE:GREGORIAN")
	head.line("METHOD:PUBLISH")
	head.line("X-WR-CALNAME:" + icsText(cfg.Title))
	if cfg.Description != "" {
		head.line("X-WR-CALDESC:" + icsText(cfg.Description))
	}
	tail.line("END:VCALENDAR")
	// Every event carries the stamp of the site.
	return r.eventList(output.Calendar, []byte(head.String()), []byte(tail.String()), "", stamp, func(i int, e *content.Event) ([]byte, error) {
		if !inCalendar(e) {
			return nil, nil // RFC 5545 has no year before 1 nor after 9999
		}
		v := r.view(i)
		when := v.Span
		if e.Ongoing {
			when = r.msgs.T("ongoing", "Dates", when)
		}
		summary := e.Title
		if v.Fuzzy {
			summary += " (" + v.Span + ")" // a calendar has no way to say "about"
		}
		var b icsWriter
		b.line("BEGIN:VEVENT")
		b.line("UID:" + r.eventUUID(e))
		b.line("DTSTAMP:" + stamp)
		start, end := e.Date.First(), e.Last().Next()
		b.line("DTSTART;VALUE=DATE:" + icsDate(start))
		if end.Year <= 9999 {
			b.line("DTEND;VALUE=DATE:" + icsDate(end))
		} else {
			// A DATE has four digits of year: an event that runs to the
			// end of 9999 ends on a day no DTEND can name, so it lasts.
			b.line("DURATION:P" + strconv.FormatInt(end.Number()-start.Number(), 10) + "D")
		}
		b.line("SUMMARY:" + icsText(summary))
		b.line("DESCRIPTION:" + icsText(when+"\n\n"+e.Summary))
		if e.Place != "" {
			b.line("LOCATION:" + icsText(e.Place))
		}
		if label := cfg.CategoryLabel(e.Category); label != "" {
			b.line("CATEGORIES:" + icsText(label))
		}
		if cfg.BaseURL != "" {
			b.line("URL:" + r.siteURL(output.EventPage(e.ID)))
		}
		b.line("TRANSP:TRANSPARENT")
		b.line("END:VEVENT")
		return []byte(b.String()), nil
	})
}

// inCalendar reports whether an event can be in an iCalendar file, whose
// dates have four digits of year, from 0001 (RFC 5545 has no era): the
// first day of its date is in the years 1 to 9999.
func inCalendar(e *content.Event) bool {
	first := e.Date.First()
	return first.Year >= 1 && first.Year <= 9999
}

// LeftOutOfCalendar returns how many of the events cannot be in the
// calendar, timeline.ics, which has no year before 1 nor after 9999.
func LeftOutOfCalendar(events []*content.Event) int {
	n := 0
	for _, e := range events {
		if !inCalendar(e) {
			n++
		}
	}
	return n
}

// icsDate writes a day as an iCalendar DATE: "20051201".
func icsDate(d edtf.Day) string {
	return strings.ReplaceAll(d.String(), "-", "")
}

// icsWriter builds an iCalendar file: CRLF line ends, lines folded at
// maxLineOctets octets without splitting a UTF-8 character.
type icsWriter struct {
	strings.Builder
}

// line writes one content line, folded: every continuation line starts
// with a space, which counts towards its length.
func (w *icsWriter) line(s string) {
	limit := maxLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = maxLineOctets - 1
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}

// icsTextEscaper escapes a TEXT value (RFC 5545, section 3.3.11): backslash,
// semicolon, comma and line breaks.
var icsTextEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// icsText returns s as an iCalendar TEXT value. Control characters other
// than line breaks are not allowed in a value and are dropped.
func icsText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\r' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	return icsTextEscaper.Replace(s)
}
