package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/natomongolia/timeline/generator/content"
)

// jsonNames are the fields of a TimelineJS JSON slide, as paths from the
// slide (https://timeline.knightlab.com/docs/json-format.html).
var jsonNames = map[string]string{
	"display": "display_date", "headline": "text.headline", "text": "text.text",
	"media": "media.url", "caption": "media.caption", "credit": "media.credit",
	"thumbnail": "media.thumbnail", "alt": "media.alt", "link": "media.link",
	"group": "group", "background": "background", "uniqueid": "unique_id",
	"startdate": "start_date", "enddate": "end_date",
}

// jsonObject is a JSON object whose values are read one by one, so that
// a value of an unexpected type is a message about that value, not an
// error for the whole file.
type jsonObject map[string]json.RawMessage

// str returns the value of key as a string: a JSON string, or the text of
// a number. It reports false for another type.
func (o jsonObject) str(key string) (string, bool) {
	raw := bytes.TrimSpace(o[key])
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", true
	case raw[0] == '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err == nil
	case raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9':
		return string(raw), true
	}
	return "", false
}

// object returns the value of key as an object, or nil when it is absent
// or not an object.
func (o jsonObject) object(key string) jsonObject {
	var obj jsonObject
	if json.Unmarshal(o[key], &obj) != nil {
		return nil
	}
	return obj
}

// readJSON reads a TimelineJS JSON file.
func readJSON(file string, data []byte, site *Site) error {
	var doc struct {
		Title  jsonObject        `json:"title"`
		Events []json.RawMessage `json:"events"`
		Eras   []json.RawMessage `json:"eras"`
		Old    json.RawMessage   `json:"timeline"`
	}
	// A byte order mark, which Windows editors write, is no JSON.
	body := bytes.TrimPrefix(data, []byte(byteOrderMark))
	if err := json.Unmarshal(body, &doc); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return fmt.Errorf("not valid JSON at byte %d: %v", syntax.Offset+int64(len(data)-len(body)), err)
		}
		return fmt.Errorf("not a TimelineJS JSON file: %v", err)
	}
	if doc.Events == nil {
		if doc.Old != nil {
			return errors.New(`a TimelineJS 2 file ("timeline" with "date"): timeline import reads TimelineJS 3 JSON, with "events"`)
		}
		return errors.New(`not a TimelineJS JSON file: it has no "events" list`)
	}
	r := &reader{file: file, site: site, names: jsonNames, json: true}
	if doc.Title != nil {
		text := doc.Title.object("text")
		headline, _ := text.str("headline")
		body, _ := text.str("text")
		r.titleSlide("title", headline, body, doc.Title.object("media") != nil)
	}
	for i, raw := range doc.Events {
		where := fmt.Sprintf("events[%d]", i)
		s, ok := r.jsonSlide(where, raw)
		if !ok {
			continue
		}
		switch {
		case s.uniqueID == "":
		case !content.ValidID(s.uniqueID):
			r.fieldNote(where, "uniqueid", "%q is not an id the site takes (lower-case letters, digits and hyphens): the id comes from the date and headline", s.uniqueID)
			s.uniqueID = ""
		case content.IsDeviceName(s.uniqueID):
			r.fieldNote(where, "uniqueid", "%q names a device on Windows, where no file may be called %s.html: the id comes from the date and headline", s.uniqueID, s.uniqueID)
			s.uniqueID = ""
		}
		site.Events = append(site.Events, r.event(s))
	}
	for i, raw := range doc.Eras {
		where := fmt.Sprintf("eras[%d]", i)
		if s, ok := r.jsonSlide(where, raw); ok {
			r.era(s)
		}
	}
	return nil
}

// jsonSlide reads one slide of the events or eras list. It reports false,
// with a message, for a slide it leaves out.
func (r *reader) jsonSlide(where string, raw json.RawMessage) (slide, bool) {
	var o jsonObject
	if err := json.Unmarshal(raw, &o); err != nil || o == nil {
		r.skip(where, "not an object: left out")
		return slide{}, false
	}
	s := slide{where: where}
	startObj := o.object("start_date")
	if startObj == nil {
		r.skip(where, `no start_date: add one, such as "start_date": {"year": 2005}; left out`)
		return slide{}, false
	}
	start, startShown, faultAt, fault := r.jsonDate(where+".start_date", startObj)
	if fault != "" {
		r.skip(faultAt, "%s; %s is left out", fault, where)
		return slide{}, false
	}
	s.start = start
	var endShown string
	if endObj := o.object("end_date"); endObj != nil {
		end, shown, faultAt, fault := r.jsonDate(where+".end_date", endObj)
		if fault != "" {
			r.note(faultAt, "%s; the event has no end", fault)
		} else {
			s.end = r.checkEnd(where, "enddate", start, &end)
			endShown = shown
		}
	}
	s.display = r.jsonString(o, where, "display_date")
	if s.display == "" && startShown != "" {
		s.display = startShown
		if s.end != nil {
			if endShown == "" {
				endShown = s.end.EDTF()
				if d, ok := generatorDate(*s.end); ok {
					endShown = dates.Date(d).Text
				}
			}
			s.display += " – " + endShown
		}
	}
	text := o.object("text")
	s.headline = r.jsonString(text, where, "text.headline")
	s.text = r.jsonString(text, where, "text.text")
	s.group = r.jsonString(o, where, "group")
	s.uniqueID = r.jsonString(o, where, "unique_id")
	if media := o.object("media"); media != nil {
		s.media = slideMedia{
			url:       r.jsonString(media, where, "media.url"),
			caption:   r.jsonString(media, where, "media.caption"),
			credit:    r.jsonString(media, where, "media.credit"),
			thumbnail: r.jsonString(media, where, "media.thumbnail"),
			alt:       r.jsonString(media, where, "media.alt"),
			link:      r.jsonString(media, where, "media.link"),
		}
	}
	if bg, ok := o["background"]; ok && string(bytes.TrimSpace(bg)) != "null" {
		r.note(where+".background", "dropped: events have no background")
	}
	return s, true
}

// jsonString returns the string at key of o (key's last part, after the
// path of the object), with a note when it is not a string.
func (r *reader) jsonString(o jsonObject, where, path string) string {
	key := path
	if i := bytes.LastIndexByte([]byte(path), '.'); i >= 0 {
		key = path[i+1:]
	}
	s, ok := o.str(key)
	if !ok {
		r.note(where+"."+path, "not a string: dropped")
	}
	return s
}

// jsonDate reads a TimelineJS date object: a year, month and day as
// numbers or strings ("2005", 2005, 2e3), and a display_date. For a date
// it cannot read it returns the place of the fault and what is wrong.
func (r *reader) jsonDate(where string, o jsonObject) (d Date, shown, faultAt, fault string) {
	parts := map[string]int{}
	for _, key := range []string{"year", "month", "day", "hour", "minute", "second", "millisecond"} {
		s, ok := o.str(key)
		if !ok {
			return Date{}, "", where + "." + key, "not a number or a string: write a whole number, such as 2005"
		}
		if s == "" {
			continue
		}
		n, ok := parseInteger(s)
		if !ok {
			return Date{}, "", where + "." + key, strconv.Quote(s) + " is not a whole number: write one, such as 2005"
		}
		parts[key] = n
	}
	year, ok := parts["year"]
	if !ok {
		return Date{}, "", where, `no year: add one, such as "year": 2005, or -500 for 500 BCE`
	}
	if month := parts["month"]; month < 0 || month > 12 {
		return Date{}, "", where + ".month", strconv.Itoa(month) + " is not a month: write 1 to 12"
	}
	if parts["day"] != 0 && parts["month"] == 0 {
		r.note(where+".day", "%d without a month: dropped, the date is the year only; add the month", parts["day"])
		delete(parts, "day")
	}
	d, err := newDate(fromTimelineJSYear(year), parts["month"], parts["day"])
	if err != nil {
		return Date{}, "", where, "the date " + err.Error()
	}
	if year == 0 {
		r.note(where+".year", "0 is no year: TimelineJS shows it as year 0; written as 0000, which is 1 BCE; check it")
	}
	if parts["hour"] != 0 || parts["minute"] != 0 || parts["second"] != 0 || parts["millisecond"] != 0 {
		r.note(where, "the time of day is dropped: events have none")
	}
	shown, _ = o.str("display_date")
	return d, plain(shown), "", ""
}
