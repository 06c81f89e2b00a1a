package load

import (
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
)

var eventKeys = []string{
	"title", "date", "end", "ongoing", "display", "summary", "category", "tags", "place", "draft", "body",
	"sources", "sources.title", "sources.url",
	"media", "media.src", "media.alt", "media.decorative", "media.caption", "media.credit",
	"media.link", "media.poster", "media.captions",
}

// decodeEvent decodes and validates one event file. The id is the file name
// without its extension.
func decodeEvent(path, id string, data []byte, cfg *content.Config) (*content.Event, content.ContentErrors) {
	f := newTOMLFile(path, data)
	if !f.readable {
		return nil, f.errs
	}
	switch {
	case !content.ValidID(id):
		f.errorf(0, 0, "bad event id %q: name the file with lower-case letters, digits and hyphens, such as 2005-12-kfor.toml", id)
	case content.IsDeviceName(id):
		f.errorf(0, 0, "the id %q names a device on Windows, where no file may be called %s.html: rename the file, such as to %s-event.toml", id, id, id)
	}
	var raw struct {
		Title    string   `toml:"title"`
		Date     any      `toml:"date"`
		End      any      `toml:"end"`
		Ongoing  bool     `toml:"ongoing"`
		Display  string   `toml:"display"`
		Summary  string   `toml:"summary"`
		Category string   `toml:"category"`
		Tags     []string `toml:"tags"`
		Place    string   `toml:"place"`
		Draft    bool     `toml:"draft"`
		Body     string   `toml:"body"`
		Sources  []struct {
			Title string `toml:"title"`
			URL   string `toml:"url"`
		} `toml:"sources"`
		Media []rawMedia `toml:"media"`
	}
	if !f.decode(&raw, eventKeys) {
		return nil, f.errs
	}
	e := &content.Event{
		ID:       id,
		Title:    strings.TrimSpace(content.DropControls(raw.Title)),
		Ongoing:  raw.Ongoing,
		Summary:  strings.TrimSpace(content.DropControls(raw.Summary)),
		Category: raw.Category,
		Tags:     raw.Tags,
		Place:    strings.TrimSpace(content.DropControls(raw.Place)),
		Draft:    raw.Draft,
		Display:  strings.TrimSpace(content.DropControls(raw.Display)),
		Body:     content.DropControls(raw.Body),
	}
	if e.Tags == nil {
		e.Tags = []string{}
	}
	for i, tag := range e.Tags {
		e.Tags[i] = content.DropControls(tag)
	}
	if e.Title == "" {
		f.requiredError("title", raw.Title, `add title = "…", the event's name in plain text`)
	}
	if e.Summary == "" {
		f.requiredError("summary", raw.Summary, `add summary = "…", one or two sentences in plain text`)
	}
	if raw.Date == nil {
		f.missingf("", 0, `missing required key "date": add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY"; EDTF such as "-0499", "1984?", "1964/2008")`)
	} else if iv, ok := f.date("date", 0, raw.Date); ok {
		e.Date, e.End = iv.Start, iv.End
		switch {
		case iv.StartOpen || iv.StartUnknown:
			f.valueErrorf("date", 0, "%q has no start: an event needs the first day it could have been, such as %q", iv, strings.TrimPrefix(iv.String()[strings.IndexByte(iv.String(), '/'):], "/")+"~")
		case iv.EndOpen && raw.End == nil:
			e.Ongoing = true // "1985/..": still running
		case iv.EndUnknown && raw.End == nil:
			e.EndUnknown = true // "1985/": ended, when is not known
		}
		if (iv.EndOpen || iv.EndUnknown || !iv.End.IsZero()) && (raw.End != nil || raw.Ongoing) {
			f.keyErrorf("date", 0, "date %q is an interval, which says when the event ends: remove end and ongoing", iv)
		}
	}
	if raw.End != nil {
		if iv, ok := f.date("end", 0, raw.End); ok && !iv.End.IsZero() {
			f.valueErrorf("end", 0, "end %q is an interval: an end is one date; give the whole span in date, such as %q", iv, e.Date.String()+"/"+iv.End.String())
		} else if ok {
			e.End = iv.Start
		}
		if e.Ongoing {
			f.keyErrorf("end", 0, "an ongoing event has no end: remove end or set ongoing = false")
		}
	}
	switch {
	case !e.Date.IsZero() && !e.End.IsZero() && e.End.Last().Compare(e.Date.First()) < 0:
		f.valueErrorf(map[bool]string{true: "end", false: "date"}[raw.End != nil], 0, "end %s is before date %s: swap them or fix the end", e.End, e.Date)
	case e.End == e.Date:
		// An end on the date itself adds nothing: the event is that
		// date, and every output shows it once ("2005", not "2005 – 2005").
		e.End = edtf.Date{}
	}
	f.tooLong("title", 0, e.Title, maxTitle)
	f.tooLong("summary", 0, e.Summary, maxSummary)
	f.tooLong("place", 0, e.Place, maxPlace)
	f.tooLong("display", 0, e.Display, maxDisplay)
	for _, tag := range e.Tags {
		if f.tooLong("tags", 0, tag, maxTag) {
			break
		}
	}
	if e.Category != "" && cfg.CategoryLabel(e.Category) == "" {
		f.valueErrorf("category", 0, "unknown category %q: use one declared in config.toml (%s)", e.Category, categoryIDs(cfg))
	}
	for i, s := range raw.Sources {
		src := content.Source{Title: strings.TrimSpace(content.DropControls(s.Title)), URL: content.SafeURL(content.DropControls(s.URL))}
		if src.Title == "" {
			if pos := f.positions().Key("sources.title", i); pos.Line > 0 {
				f.errorf(pos.Line, pos.ValueCol, "source title is empty: name the cited document")
			} else {
				f.missingf("sources", i, `source needs a title: add title = "…"`)
			}
		}
		f.tooLong("sources.title", i, src.Title, maxTitle)
		f.tooLong("sources.url", i, s.URL, maxURL)
		e.Sources = append(e.Sources, src)
	}
	e.Media = f.media(raw.Media)
	detach(e)
	return e, f.errs
}

// detach copies the event's strings out of the TOML decoder's copy of its
// file, which they point into, so that the copy can be collected: a large
// site would otherwise hold every file's text twice.
func detach(e *content.Event) {
	for _, s := range []*string{&e.Title, &e.Summary, &e.Category, &e.Place, &e.Display, &e.Body} {
		*s = strings.Clone(*s)
	}
	for i := range e.Tags {
		e.Tags[i] = strings.Clone(e.Tags[i])
	}
	for i := range e.Sources {
		e.Sources[i].Title = strings.Clone(e.Sources[i].Title)
		e.Sources[i].URL = strings.Clone(e.Sources[i].URL)
	}
	for i := range e.Media {
		m := &e.Media[i]
		for _, s := range []*string{&m.Src, &m.Alt, &m.Caption, &m.Credit, &m.Link, &m.Poster, &m.Captions} {
			*s = strings.Clone(*s)
		}
	}
}

// The longest plain-text values of an event, in characters. They are far
// above what the fields are for, and they bound the time a build takes: the
// minifier takes time quadratic in the number of entities (&#34;, &gt;…) of
// one text or attribute, and these fields are repeated across pages.
const (
	maxTitle   = 500
	maxSummary = 2000
	maxPlace   = 200
	maxDisplay = 200
	maxTag     = 100
	maxURL     = 2000
)

// tooLong reports a value longer than limit characters, and whether it did.
func (f *tomlFile) tooLong(key string, entry int, value string, limit int) bool {
	n := utf8.RuneCountInString(value)
	if n <= limit {
		return false
	}
	name := strings.NewReplacer("sources.", "source ", "media.", "media ", "eras.", "era ").Replace(key)
	if key == "tags" {
		name = "a tag"
	}
	f.valueErrorf(key, entry, "%s is %d characters long, over the limit of %d: shorten it (the body has room for more)", name, n, limit)
	return true
}

// requiredError reports a required text key that is missing or blank.
func (f *tomlFile) requiredError(key, value, hint string) {
	if pos := f.positions().Key(key, 0); pos.Line > 0 {
		f.errorf(pos.Line, pos.ValueCol, "%s is empty: %s", key, strings.TrimPrefix(hint, "add "))
		return
	}
	f.missingf("", 0, "missing required key %q: %s", key, hint)
}

// date converts a decoded date value of the entryth table: a string of EDTF, a date or an
// interval, or a TOML local date (day precision). A single date comes back
// as the start of an interval with no end. It reports whether the value is
// a date; when not, it reports the error.
func (f *tomlFile) date(key string, entry int, value any) (edtf.Interval, bool) {
	switch v := value.(type) {
	case string:
		if strings.Contains(v, "/") {
			iv, err := edtf.ParseInterval(v)
			if err != nil {
				f.valueErrorf(key, entry, "%v", err)
				return iv, false
			}
			return iv, true
		}
		d, err := edtf.ParseDate(v)
		if errors.Is(err, edtf.ErrTimeOfDay) {
			f.valueErrorf(key, entry, "%v: events have no time of day", err)
			return edtf.Interval{}, false
		}
		if err != nil {
			f.valueErrorf(key, entry, "%v", err)
			return edtf.Interval{}, false
		}
		return edtf.Interval{Start: d}, true
	case time.Time:
		switch v.Location().String() {
		case "date-local":
			d, err := edtf.ParseDate(v.Format("2006-01-02"))
			if err != nil {
				f.valueErrorf(key, entry, "%v", err)
				return edtf.Interval{}, false
			}
			return edtf.Interval{Start: d}, true
		case "time-local": // a time of day without a date
			f.valueErrorf(key, entry, `%s must be a date such as "2005-12" or 2005-12-01, not a time of day`, key)
		default:
			f.valueErrorf(key, entry, "%s has a time of day: events have none; write %s = %s", key, key, v.Format("2006-01-02"))
		}
	default:
		f.valueErrorf(key, entry, `%s must be a date such as "2005-12" or 2005-12-01, not %T`, key, value)
	}
	return edtf.Interval{}, false
}

func categoryIDs(cfg *content.Config) string {
	if len(cfg.Categories) == 0 {
		return "none are declared"
	}
	ids := make([]string, len(cfg.Categories))
	for i, c := range cfg.Categories {
		ids[i] = c.ID
	}
	return strings.Join(ids, ", ")
}
