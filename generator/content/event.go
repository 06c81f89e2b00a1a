package content

import (
	"crypto/sha256"
	"fmt"
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
	// Media are the event's pictures, sounds and videos, in order.
	Media []Media
	// Lang is the language of a translation of the event
	// (events/<id>.<lang>.toml), which holds its text alone; "" for an
	// event's main file.
	Lang string

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
		if e.Lang == "" && (!e.Draft || drafts) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, CompareEvents)
	return out
}

// Media is a picture, a sound, a video or a link to one on another server,
// shown with an event ([[media]] in its file); the first is the event's
// lead media.
type Media struct {
	// Src is a file of the site, by clean slash-separated path from the
	// site folder, or an http(s) URL (Remote).
	Src    string
	Remote bool
	// Alt describes a picture (or a video's poster) for those who cannot
	// see it; Decorative tells that it needs none.
	Alt        string
	Decorative bool
	// Caption is shown under it, Credit with it ("Photo: …").
	Caption, Credit string
	// Link is where it leads when followed, or empty.
	Link string
	// Poster is the picture a video or a remote item shows before it
	// plays, Captions the WebVTT captions of a video or a sound: files of
	// the site, or empty.
	Poster, Captions string
	// SrcAt, PosterAt and CaptionsAt are the places of those keys in the
	// event file, for the errors their files give once they are read.
	SrcAt, PosterAt, CaptionsAt Position
}

// Position is a place in a file, as errors show it.
type Position struct {
	Path      string
	Line, Col int
}

// Errorf returns an error at the place.
func (p Position) Errorf(format string, args ...any) *Error {
	return &Error{Path: p.Path, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)}
}

// Files returns the site's files the media shows, by path: its src unless
// remote, its poster and its captions, those it has.
func (m *Media) Files() []string {
	var files []string
	if !m.Remote {
		files = append(files, m.Src)
	}
	for _, f := range []string{m.Poster, m.Captions} {
		if f != "" {
			files = append(files, f)
		}
	}
	return files
}

// MediaFile is a file of the site's media, processed: what it is and the
// files it makes in the output.
type MediaFile struct {
	// Kind is "image", "video", "audio" or "captions"; Type its media type
	// ("image/jpeg").
	Kind, Type string
	// Width and Height are its size as shown, in pixels, when known.
	Width, Height int
	// Sum is the SHA-256 of the source file.
	Sum [32]byte
	// Outputs are the files it makes: an image's sizes, smallest first,
	// or the one copy of any other file.
	Outputs []MediaOutput
}

// MediaOutput is a file of the output made from a media file.
type MediaOutput struct {
	// Name is its slash-separated path in the output folder
	// ("media/kfor-1a2b3c4d-640.jpg").
	Name          string
	Width, Height int
}

// Lead returns the event's lead media, or nil.
func (e *Event) Lead() *Media {
	if len(e.Media) == 0 {
		return nil
	}
	return &e.Media[0]
}

// Shown sums what the event shows: its version and, when it shows media,
// the SHA-256 of each of its media files, processed as files holds them.
// Two builds that give an event the same Shown render it the same.
func (e *Event) Shown(files map[string]*MediaFile) [sha256.Size]byte {
	if len(e.Media) == 0 {
		return e.Version
	}
	h := sha256.New()
	h.Write(e.Version[:])
	for i := range e.Media {
		for _, p := range e.Media[i].Files() {
			if f := files[p]; f != nil {
				h.Write(f.Sum[:])
			}
		}
	}
	var sum [sha256.Size]byte
	copy(sum[:], h.Sum(nil))
	return sum
}
