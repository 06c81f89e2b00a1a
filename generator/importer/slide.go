package importer

import (
	"strings"

	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/edtf"
)

// slide is a TimelineJS slide (a sheet row or a JSON event) with its dates
// read: the fields both TimelineJS formats share, as HTML where
// TimelineJS reads them as HTML.
type slide struct {
	where    string
	start    Date
	end      *Date
	display  string
	headline string
	text     string
	media    slideMedia
	group    string
	uniqueID string
}

// slideMedia is the media of a slide.
type slideMedia struct {
	url, caption, credit, thumbnail, alt, link string
}

// event converts a slide to an event, with a message for each thing it
// drops or changes.
func (r *reader) event(s slide) Event {
	e := Event{Where: s.where, ID: s.uniqueID, Date: s.start, End: s.end, Group: plain(s.group), bodyAt: r.at(s.where, "text")}
	r.setDisplay(&e, plain(s.display))
	text := plain(s.text)
	e.Title = r.title(s, text, e)
	e.Summary = firstSentences(text)
	if e.Summary == "" {
		e.Summary = cut(e.Title, maxSummary)
	}
	body, removed := toMarkdown(s.text)
	if len(removed) > 0 {
		r.fieldNote(s.where, "text", "dropped %s (an event's body is Markdown, with no HTML)", listWords(removed))
	}
	e.Body = body
	e.Media = r.media(s.where, s.media, e.Title)
	return e
}

// title returns the plain-text title of a slide: its headline, or for a
// slide without one, its display date, the first sentence of its text or
// its date, with a note.
func (r *reader) title(s slide, text string, e Event) string {
	title := plain(s.headline)
	switch {
	case title != "":
		return r.limited(s.where, "headline", "a title", title, maxTitle)
	case e.Display != "":
		r.fieldNote(s.where, "headline", "empty: the title is the display date, %q", e.Display)
		return cut(e.Display, maxTitle)
	case text != "":
		title = firstSentence(text)
		r.fieldNote(s.where, "headline", "empty: the title is the text's first sentence, %q", title)
		return title
	}
	title = humanSpan(e)
	r.fieldNote(s.where, "headline", "empty, and no text: the title is the date, %q", title)
	return title
}

// setDisplay sets the event's display date to shown, unless shown says
// what the site would show anyway: the generator's own wording of the
// dates, or its wording of an ongoing event ("since March 2010"), which
// makes the event ongoing instead. A display date longer than the
// generator takes is cut, with a note.
func (r *reader) setDisplay(e *Event, shown string) {
	defer func() { e.Display = r.limited(e.Where, "display", "a display date", e.Display, maxDisplay) }()
	if shown == "" {
		return
	}
	if start, ok := generatorDate(e.Date); ok {
		if e.End == nil && shown == dates.Span(start, edtf.Date{}, true, false).String() {
			e.Ongoing = true
			return
		}
		var end edtf.Date
		if e.End != nil {
			end, ok = generatorDate(*e.End)
		}
		if ok && shown == dates.Span(start, end, false, false).String() {
			return
		}
	}
	e.Display = shown
}

// humanSpan returns the event's dates as the site shows them where the
// generator can say it, else as EDTF.
func humanSpan(e Event) string {
	start, ok := generatorDate(e.Date)
	var end edtf.Date
	if ok && e.End != nil {
		end, ok = generatorDate(*e.End)
	}
	if ok {
		return dates.Span(start, end, e.Ongoing, false).String()
	}
	if e.End != nil {
		return e.Date.EDTF() + "/" + e.End.EDTF()
	}
	return e.Date.EDTF()
}

// dates writes dates as a site in English shows them.
var dates = datefmt.English()

// generatorDate converts d to the generator's date, when the generator
// reads its EDTF form.
func generatorDate(d Date) (edtf.Date, bool) {
	g, err := edtf.ParseDate(d.EDTF())
	return g, err == nil
}

// checkEnd returns end, or nil with a note when it is before the start;
// an end equal to the start is dropped silently, as it says nothing.
func (r *reader) checkEnd(where, field string, start Date, end *Date) *Date {
	switch {
	case end == nil || *end == start:
		return nil
	case end.before(start):
		r.fieldNote(where, field, "%s is before the start, %s: the event has no end; fix the end date", end.EDTF(), start.EDTF())
		return nil
	}
	return end
}

// isImage reports whether a media address names an image file.
func isImage(src string) bool {
	path := src
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path = strings.ToLower(path)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff"} {
		if strings.HasSuffix(path, ext) {
			return true
		}
	}
	return false
}
