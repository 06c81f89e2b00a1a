package importer

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// setterNames are the columns of a TimelineSetter CSV
// (https://propublica.github.io/timeline-setter/#csv), by field.
var setterNames = map[string]string{
	"date": "date", "display": "display_date", "description": "description",
	"link": "link", "series": "series", "html": "html", "thumbnail": "thumbnail",
}

// setterHeader reads the header row of a TimelineSetter CSV; it needs the
// date and description columns.
func setterHeader(header row) (sheetColumns, []string, error) {
	byHeader := map[string]string{}
	for field, name := range setterNames {
		byHeader[normalizeHeader(name)] = field
	}
	cols := sheetColumns{}
	var unknown []string
	for i := range header.cells {
		name := header.cell(i)
		field, ok := byHeader[normalizeHeader(name)]
		switch {
		case name == "":
		case !ok || cols.has(field):
			unknown = append(unknown, strconv.Quote(name))
		default:
			cols[field] = i
		}
	}
	if !cols.has("date") || !cols.has("description") {
		return nil, nil, errors.New("the header row has no date and description columns of TimelineSetter")
	}
	return cols, unknown, nil
}

// readSetter reads a TimelineSetter CSV. A card has no headline, so an
// event's title is the first sentence of its description; the
// description is the summary (and, when longer than a summary, also ends
// the body); html is the body, link a source, series the category.
func readSetter(file string, rows []row, site *Site) error {
	if len(rows) == 0 {
		return errors.New("the file is empty")
	}
	cols, unknown, err := setterHeader(rows[0])
	if err != nil {
		return err
	}
	r := &reader{file: file, site: site, names: setterNames}
	header := strconv.Itoa(rows[0].num)
	if len(unknown) > 0 {
		r.note(header, "%s: not a column of TimelineSetter, left out", listWords(unknown))
	}
	if len(rows) > 1 {
		r.note(header, "TimelineSetter cards have no headline: each title is the first sentence of the description")
	}
	for _, row := range rows[1:] {
		if row.blank() {
			continue
		}
		where := strconv.Itoa(row.num)
		if cols.get(row, "date") == "" {
			r.missingStart(where, row, cols, "date")
			continue
		}
		date, err := parseTextDate(cols.get(row, "date"), false)
		if err != nil {
			r.skip(where, "date: %v; the row is left out", err)
			continue
		}
		if date.time != "" {
			r.fieldNote(where, "date", "the time of day %q is dropped: events have none", date.time)
		}
		site.Events = append(site.Events, r.card(where, row, cols, date.Date))
	}
	return nil
}

// card converts a TimelineSetter row to an event.
func (r *reader) card(where string, row row, cols sheetColumns, date Date) Event {
	e := Event{Where: where, Date: date, Group: plain(cols.get(row, "series")), bodyAt: r.at(where, "html")}
	r.setDisplay(&e, plain(cols.get(row, "display")))
	description := plain(cols.get(row, "description"))
	body, removed := toMarkdown(cols.get(row, "html"))
	if len(removed) > 0 {
		r.fieldNote(where, "html", "dropped %s (an event's body is Markdown, with no HTML)", listWords(removed))
	}
	e.Summary = firstSentences(description)
	if e.Summary != description {
		more, _ := toMarkdown(cols.get(row, "description"))
		body = joinParagraphs(body, more)
	}
	e.Body = body
	switch htmlText := plain(cols.get(row, "html")); {
	case description != "":
		e.Title = firstSentence(description)
	case htmlText != "":
		e.Title = firstSentence(htmlText)
		r.fieldNote(where, "description", "empty: the title and summary are the html's first sentence")
	case e.Display != "":
		e.Title = cut(e.Display, maxTitle)
		r.fieldNote(where, "description", "empty: the title and summary are the display date")
	default:
		e.Title = humanSpan(e)
		r.fieldNote(where, "description", "empty: the title and summary are the date")
	}
	if e.Summary == "" {
		e.Summary = e.Title
	}
	switch link := cols.get(row, "link"); {
	case link == "":
	case !webURL(link):
		r.fieldNote(where, "link", "%q is not a web address: dropped", link)
	case tooLongURL(link):
		r.fieldNote(where, "link", "is %d characters long, over the %d an address may have: dropped", utf8.RuneCountInString(link), maxURL)
	default:
		e.Sources = []Source{{Title: sourceTitle(link), URL: link}}
	}
	if cols.get(row, "thumbnail") != "" {
		r.fieldNote(where, "thumbnail", "dropped: the site makes its own thumbnails")
	}
	return e
}

// sourceTitle names the source a link leads to: the link itself, which
// is all TimelineSetter says of it, cut to a title's length.
func sourceTitle(link string) string {
	return cut(link, maxTitle)
}

// joinParagraphs joins Markdown blocks with a blank line, leaving out
// empty ones.
func joinParagraphs(blocks ...string) string {
	var out string
	for _, b := range blocks {
		switch {
		case b == "":
		case out == "":
			out = b
		default:
			out += "\n\n" + b
		}
	}
	return out
}
