package content

import (
	"html/template"

	"slices"
	"strings"

	"github.com/natomongolia/timeline/generator/edtf"
)

// Event is one dated event of a site, loaded from events/<ID>.toml.
type Event struct {
	// ID is the file name without ".toml": the event's URL slug and anchor.
	ID    string
	Title string
	// Date is when the event happened, or began; End when it ended, zero
	// when it has no end. Both are EDTF dates of Level 0 or 1.
	Date, End edtf.Date
	// Ongoing tells that the event still runs, EndUnknown that it ended
	// at a time not known (EDTF "1985/"): then End is zero.
	Ongoing, EndUnknown bool
	// Display, when set, is shown instead of the event's dates, which
	// still place and sort it.
	Display string
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

// Last returns the last day the event could reach: of its end, or of its
// date when it has none.
func (e *Event) Last() edtf.Day {
	if !e.End.IsZero() {
		return e.End.Last()
	}
	return e.Date.Last()
}

// CompareEvents orders events as a timeline shows them: by the first day
// their date could denote, then the longer span first (so coarser
// precision first: "2005" before "2005-01"), then by end (none first),
// then by id.
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
