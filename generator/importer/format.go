package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Format is a kind of file Import reads.
type Format string

// The formats. Auto tells the others apart by the file's extension and
// content: JSON is TimelineJS JSON; a CSV or XLSX sheet is a TimelineJS
// sheet when its header has Year (or Start Date) and Headline, and a
// TimelineSetter CSV when it has date and description.
const (
	Auto            Format = "auto"
	TimelineJSSheet Format = "timelinejs-sheet"
	TimelineJSJSON  Format = "timelinejs-json"
	TimelineSetter  Format = "timelinesetter"
)

// Formats lists the formats a user may name, Auto first.
var Formats = []Format{Auto, TimelineJSSheet, TimelineJSJSON, TimelineSetter}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q: use %s", s, strings.Join(names, ", "))
}

// byteOrderMark starts the text files that Excel ("CSV UTF-8") and
// Windows editors write; it is no part of the content.
const byteOrderMark = "\ufeff"

// container is how a file is stored.
type container int

const (
	csvFile container = iota
	xlsxFile
	jsonFile
)

// containerOf tells how the file named name is stored, by its extension
// or else by its first bytes.
func containerOf(name string, data []byte) container {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return jsonFile
	case ".xlsx":
		return xlsxFile
	case ".csv":
		return csvFile
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte(byteOrderMark)), " \t\r\n")
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return xlsxFile
	case len(trimmed) > 0 && trimmed[0] == '{':
		return jsonFile
	}
	return csvFile
}

// Read reads the timeline in data as format; name is the file's name in
// messages (as FILE in "FILE:ROW: message") and tells its type with Auto.
// The error says why the file cannot be read at all (not UTF-8, not the
// format, no header); everything else is a message of the Site.
func Read(name string, data []byte, format Format) (*Site, error) {
	kind := containerOf(name, data)
	if kind != xlsxFile && !utf8.Valid(data) {
		return nil, fmt.Errorf("%s is not UTF-8 text: save it as UTF-8 (in Excel, as \"CSV UTF-8\")", name)
	}
	if kind == jsonFile {
		if format != Auto && format != TimelineJSJSON {
			return nil, fmt.Errorf("%s is JSON, which %s is not: leave out -format or give -format %s", name, format, TimelineJSJSON)
		}
		site := &Site{Format: TimelineJSJSON, Unit: "slide"}
		if err := readJSON(name, data, site); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		return site, nil
	}
	if format == TimelineJSJSON {
		return nil, fmt.Errorf("%s is not JSON: leave out -format, or give a TimelineJS JSON file", name)
	}
	var rows []row
	var err error
	if kind == xlsxFile {
		rows, err = readXLSX(data)
	} else {
		rows, err = readCSV(data)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if format == Auto {
		format = tableFormat(rows)
	}
	site := &Site{Format: format, Unit: "row"}
	switch format {
	case TimelineJSSheet:
		err = readSheet(name, rows, site)
	case TimelineSetter:
		err = readSetter(name, rows, site)
	default:
		err = fmt.Errorf("the header row is neither the TimelineJS template's (Year, Month, Day, … Headline, Text, …) nor TimelineSetter's (date, display_date, description, link, series, html)")
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return site, nil
}

// tableFormat tells a sheet's format by its header row, or returns Auto.
func tableFormat(rows []row) Format {
	if len(rows) == 0 {
		return TimelineJSSheet // reading it says it is empty
	}
	if _, _, err := sheetHeader(rows[0]); err == nil {
		return TimelineJSSheet
	}
	if _, _, err := setterHeader(rows[0]); err == nil {
		return TimelineSetter
	}
	return Auto
}
