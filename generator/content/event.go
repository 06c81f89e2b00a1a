package content

import (
	"html/template"
	"slices"
	"strings"
)

// Event is one dated event of a site, loaded from events/<ID>.toml.
type Event struct {
	// ID is the file name without ".toml": the event's URL slug and anchor.
	ID      string
	Title   string
	Date    Date
	End     Date // zero when the event has no end
	Ongoing bool
	Summary string
	// Category is the id of a declared category, or empty.
	Category string
	Tags     []string
	Place    string
	Draft    bool
	// Body is the Markdown body as written.
	Body    string
	Sources []Source

	// Version identifies what the event was made from: the SHA-256 of its
	// file. An event of the same id and version renders the same, so an
	// incremental build renders again only what shows a changed version.
	Version [32]byte

	// HTML is the body rendered for the event's own page (headings from h2).
	HTML template.HTML
	// ListHTML is the body rendered for the timeline, where the event's title
	// is an h3 (headings from h4).
	ListHTML template.HTML
}

// Span returns the event's dates for readers, such as "December 2005 – March
// 2007" or "since March 2010".
func (e *Event) Span() string { return FormatSpan(e.Date, e.End, e.Ongoing) }

// Year returns the year the event starts in.
func (e *Event) Year() int { return e.Date.Year }

// CompareEvents orders events as a timeline shows them: by the first day of
// their date, coarser precision first, then by end (none first), then by id.
func CompareEvents(a, b *Event) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	switch {
	case a.End.IsZero() && !b.End.IsZero():
		return -1
	case !a.End.IsZero() && b.End.IsZero():
		return 1
	}
	if c := a.End.Compare(b.End); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// Published returns the events a site publishes, drafts only when drafts
// is set, in timeline order.
func Published(events []*Event, drafts bool) []*Event {
	var out []*Event
	for _, e := range events {
		if !e.Draft || drafts {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, CompareEvents)
	return out
}
