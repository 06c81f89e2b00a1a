package importer

import (
	"errors"
	"strconv"
	"strings"
)

// sheetNames are the columns of the TimelineJS Google Sheets template, by
// the field they fill; "startdate", "enddate" and "tag" are the older
// template's. Headers match whatever their case and spacing.
var sheetNames = map[string]string{
	"year": "Year", "month": "Month", "day": "Day", "time": "Time",
	"endyear": "End Year", "endmonth": "End Month", "endday": "End Day", "endtime": "End Time",
	"display": "Display Date", "headline": "Headline", "text": "Text",
	"media": "Media", "credit": "Media Credit", "caption": "Media Caption", "thumbnail": "Media Thumbnail",
	"alt": "Alt Text", "type": "Type", "group": "Group", "background": "Background",
	"startdate": "Start Date", "enddate": "End Date", "tag": "Tag",
}

// sheetColumns maps a field to its column index.
type sheetColumns map[string]int

// sheetHeader reads the header row of a TimelineJS sheet. It returns an
// error unless the sheet has a Year column (the current template) or a
// Start Date column (the older one), and a Headline column.
func sheetHeader(header row) (sheetColumns, []string, error) {
	byHeader := map[string]string{}
	for field, name := range sheetNames {
		byHeader[normalizeHeader(name)] = field
	}
	cols := sheetColumns{}
	var unknown []string
	for i := range header.cells {
		name := header.cell(i)
		field, ok := byHeader[normalizeHeader(name)]
		switch {
		case name == "":
		case !ok:
			unknown = append(unknown, strconv.Quote(name))
		case cols.has(field):
			unknown = append(unknown, strconv.Quote(name)+" (a second time)")
		default:
			cols[field] = i
		}
	}
	if !cols.has("headline") || !cols.has("year") && !cols.has("startdate") {
		return nil, nil, errors.New("the header row has no Year (or Start Date) and Headline columns of the TimelineJS template")
	}
	return cols, unknown, nil
}

func (c sheetColumns) has(field string) bool {
	_, ok := c[field]
	return ok
}

// get returns the row's value in the column of field, or "".
func (c sheetColumns) get(r row, field string) string {
	i, ok := c[field]
	if !ok {
		return ""
	}
	return r.cell(i)
}

// readSheet reads a TimelineJS sheet, its first row the header.
func readSheet(file string, rows []row, site *Site) error {
	if len(rows) == 0 {
		return errors.New("the sheet is empty")
	}
	cols, unknown, err := sheetHeader(rows[0])
	if err != nil {
		return err
	}
	names := map[string]string{}
	for field, name := range sheetNames {
		names[field] = name
	}
	if cols.has("tag") {
		names["group"] = sheetNames["tag"]
		cols["group"] = cols["tag"]
	}
	r := &reader{file: file, site: site, names: names}
	if len(unknown) > 0 {
		r.note(strconv.Itoa(rows[0].num), "%s: not a column of the TimelineJS template, left out", listWords(unknown))
	}
	titled := false
	for _, row := range rows[1:] {
		if row.blank() {
			continue
		}
		where := strconv.Itoa(row.num)
		kind := strings.ToLower(cols.get(row, "type"))
		if kind == "title" && !titled {
			titled = true
			r.titleSlide(where, cols.get(row, "headline"), cols.get(row, "text"), cols.get(row, "media") != "")
			continue
		}
		start, end, ok := r.sheetDates(where, row, cols)
		if !ok {
			continue
		}
		s := slide{
			where: where, start: start, end: end,
			display: cols.get(row, "display"), headline: cols.get(row, "headline"), text: cols.get(row, "text"),
			group: cols.get(row, "group"),
			media: slideMedia{
				url: cols.get(row, "media"), caption: cols.get(row, "caption"), credit: cols.get(row, "credit"),
				thumbnail: cols.get(row, "thumbnail"), alt: cols.get(row, "alt"),
			},
		}
		switch kind {
		case "era":
			r.era(s)
			continue
		case "title":
			r.note(where, "a second title slide: imported as an event")
		case "":
		default:
			r.fieldNote(where, "type", "%q is neither title nor era: imported as an event", cols.get(row, "type"))
		}
		if cols.get(row, "background") != "" {
			r.fieldNote(where, "background", "dropped: events have no background")
		}
		site.Events = append(site.Events, r.event(s))
	}
	return nil
}

// titleSlide fills the site's title and description from the title slide.
func (r *reader) titleSlide(where, headline, text string, hasMedia bool) {
	r.site.TitleWhere = where
	r.site.Title = cut(plain(headline), maxTitle)
	r.site.Description = plain(text)
	if hasMedia {
		r.fieldNote(where, "media", "dropped: the title slide's media is not carried")
	}
}

// era adds the era of a slide, which needs an end.
func (r *reader) era(s slide) {
	label := plain(s.headline)
	switch {
	case label == "":
		r.fieldSkip(s.where, "headline", "empty: an era needs a label; the era is left out")
		return
	case s.end == nil:
		r.skip(s.where, "an era needs an end after its start: add the end date; the era is left out")
		return
	}
	if s.text != "" {
		r.fieldNote(s.where, "text", "dropped: an era has only a label")
	}
	label = r.limited(s.where, "headline", "an era's label", label, maxTitle)
	r.site.Eras = append(r.site.Eras, Era{Where: s.where, Label: label, Date: s.start, End: *s.end})
}
