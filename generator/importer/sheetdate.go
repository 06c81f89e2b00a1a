package importer

import (
	"strconv"
	"strings"
)

// sheetDates reads the start and end of a row, from the Year, Month, Day
// columns (and their End twins) of the current template or the Start Date
// and End Date of the older one. It reports false, with a message, for a
// row it leaves out.
func (r *reader) sheetDates(where string, row row, cols sheetColumns) (Date, *Date, bool) {
	if cols.has("year") {
		return r.partDates(where, row, cols)
	}
	return r.textDates(where, row, cols)
}

// partDates reads dates written in parts, as the current template does.
func (r *reader) partDates(where string, row row, cols sheetColumns) (Date, *Date, bool) {
	if cols.get(row, "year") == "" {
		r.missingStart(where, row, cols, "year")
		return Date{}, nil, false
	}
	start, err := r.dateParts(where, cols.get(row, "year"), cols.get(row, "month"), cols.get(row, "day"), "year", "month", "day")
	if err != "" {
		r.skip(where, "%s; the row is left out", err)
		return Date{}, nil, false
	}
	if t := cols.get(row, "time"); t != "" {
		r.fieldNote(where, "time", "%q dropped: events have no time of day", t)
	}
	var end *Date
	switch {
	case cols.get(row, "endyear") != "":
		d, err := r.dateParts(where, cols.get(row, "endyear"), cols.get(row, "endmonth"), cols.get(row, "endday"), "endyear", "endmonth", "endday")
		if err != "" {
			r.note(where, "%s; the event has no end", err)
			break
		}
		end = r.checkEnd(where, "endyear", start, &d)
	case cols.get(row, "endmonth") != "" || cols.get(row, "endday") != "":
		r.note(where, "End Month or End Day without an End Year: the event has no end; add the End Year")
	}
	if t := cols.get(row, "endtime"); t != "" {
		r.fieldNote(where, "endtime", "%q dropped: events have no time of day", t)
	}
	return start, end, true
}

// missingStart leaves out a row with no start date, saying why.
func (r *reader) missingStart(where string, row row, cols sheetColumns, field string) {
	if cols.get(row, "display") != "" {
		r.skip(where, "%[1]s without a %[2]s: add the %[2]s, which places the event (the %[1]s is still what shows); the row is left out", r.names["display"], r.names[field])
		return
	}
	r.skip(where, "no %s: add the date the event happened, such as 2005 or -500 for 500 BCE; the row is left out", r.names[field])
}

// dateParts reads a date from its year, month and day cells, named by
// the fields given, and returns it, or the reason it cannot, with the
// column names. A day without a month is dropped with a note.
func (r *reader) dateParts(where, year, month, day, yearField, monthField, dayField string) (Date, string) {
	y, ok := parseInteger(year)
	if !ok {
		return Date{}, r.names[yearField] + " " + strconv.Quote(year) + " is not a whole number: write the year in digits, such as 2005 or -500 for 500 BCE"
	}
	m, ok := monthNumber(month)
	if !ok {
		return Date{}, r.names[monthField] + " " + strconv.Quote(month) + " is not a month: write 1 to 12"
	}
	d := 0
	if day != "" {
		if d, ok = parseInteger(day); !ok || d < 1 {
			return Date{}, r.names[dayField] + " " + strconv.Quote(day) + " is not a day of the month: write 1 to 31"
		}
		if m == 0 {
			r.fieldNote(where, dayField, "%s without a %s: dropped, the date is the year only; add the month", day, r.names[monthField])
			d = 0
		}
	}
	if y == 0 {
		r.fieldNote(where, yearField, "0 is no year: TimelineJS shows it as year 0; written as 0000, which is 1 BCE; check it")
	}
	date, err := newDate(fromTimelineJSYear(y), m, d)
	if err != nil {
		return Date{}, "the date " + err.Error()
	}
	return date, ""
}

// monthNumber reads a month as a number or an English name; "" is 0.
func monthNumber(s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	if n, ok := parseInteger(s); ok {
		return n, n >= 1 && n <= 12
	}
	n, ok := monthByName[strings.ToLower(strings.TrimSuffix(s, "."))]
	return n, ok
}

// textDates reads dates written in one cell, as the older template's
// Start Date and End Date: text in the forms parseTextDate reads, or in
// an XLSX file a cell holding a date.
func (r *reader) textDates(where string, row row, cols sheetColumns) (Date, *Date, bool) {
	if cols.get(row, "startdate") == "" {
		r.missingStart(where, row, cols, "startdate")
		return Date{}, nil, false
	}
	start, err := r.cellDate(where, row, cols, "startdate")
	if err != "" {
		r.skip(where, "%s; the row is left out", err)
		return Date{}, nil, false
	}
	if cols.get(row, "enddate") == "" {
		return start, nil, true
	}
	end, err := r.cellDate(where, row, cols, "enddate")
	if err != "" {
		r.note(where, "%s; the event has no end", err)
		return start, nil, true
	}
	return start, r.checkEnd(where, "enddate", start, &end), true
}

// cellDate reads the date in the column of field.
func (r *reader) cellDate(where string, row row, cols sheetColumns, field string) (Date, string) {
	shown := cols.get(row, field)
	if d, ok := excelDate(shown, row.rawCell(cols[field])); ok {
		return d, ""
	}
	d, err := parseTextDate(shown, true)
	if err != nil {
		return Date{}, r.names[field] + ": " + err.Error()
	}
	if d.time != "" {
		r.fieldNote(where, field, "the time of day %q is dropped: events have none", d.time)
	}
	return d.Date, ""
}
