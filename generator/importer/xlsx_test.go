package importer_test

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/importer"
	"github.com/xuri/excelize/v2"
)

// writeXLSX writes a workbook whose first sheet holds rows, from A1; a nil
// row is left empty, and a time.Time cell is a date cell.
func writeXLSX(tb testing.TB, path string, rows [][]any) {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		tb.Fatal(err)
	}
	for i, r := range rows {
		for j, v := range r {
			cell, err := excelize.CoordinatesToCellName(j+1, i+1)
			if err != nil {
				tb.Fatal(err)
			}
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				tb.Fatal(err)
			}
			if _, ok := v.(time.Time); ok {
				if err := f.SetCellStyle(sheet, cell, cell, dateStyle); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
}

func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "timeline.xlsx")
	writeXLSX(t, path, [][]any{
		{"Year", "Month", "Day", "Time", "End Year", "Headline", "Text", "Type", "Group"},
		{nil, nil, nil, nil, nil, "An XLSX timeline", "<p>Made by the test.</p>", "title"},
		{2005, 12, nil, nil, 2007, "Numbers in cells", "<p>Years are numbers.</p>", nil, "Operations"},
		nil,
		{"2010", "3", "1", "09:00", nil, "Text in cells", nil, nil, "Operations"},
		{-500, nil, nil, nil, nil, "Before the era"},
	})
	site := filepath.Join(dir, "site")
	res, err := importer.Import(importer.Options{File: path, SiteDir: site})
	if err != nil {
		t.Fatal(err)
	}
	if checked := checkSite(t, site); checked.Config.Title != "An XLSX timeline" || len(checked.Events) != 3 {
		t.Errorf("check: got title %q and %d events, want the title slide's and 3", checked.Config.Title, len(checked.Events))
	}
	if res.Site.Format != importer.TimelineJSSheet || res.Site.Title != "An XLSX timeline" {
		t.Errorf("got format %q, title %q", res.Site.Format, res.Site.Title)
	}
	var dates []string
	for _, f := range res.Events {
		dates = append(dates, decodeEvent(t, f.Path, f.Data).Date)
	}
	if want := []string{"2005-12", "2010-03-01", "-0499"}; !slices.Equal(dates, want) {
		t.Errorf("got dates %v, want %v", dates, want)
	}
	// Row 4 is empty: row 5 keeps its number.
	if len(res.Messages) != 1 || res.Messages[0].String() != path+`:5: Time: "09:00" dropped: events have no time of day` {
		t.Errorf("got messages %v, want the Time of row 5", res.Messages)
	}
}

// TestXLSXOldTemplate reads the older template's Start Date from date
// cells, which an XLSX file stores as serial day numbers.
func TestXLSXOldTemplate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.xlsx")
	writeXLSX(t, path, [][]any{
		{"Start Date", "End Date", "Headline", "Tag"},
		{time.Date(2005, 12, 1, 0, 0, 0, 0, time.UTC), time.Date(2007, 3, 31, 0, 0, 0, 0, time.UTC), "Date cells", "Operations"},
		{2005, nil, "A year as a number"},
		{"12/1/2005", nil, "Text"},
	})
	site := filepath.Join(dir, "site")
	res, err := importer.Import(importer.Options{File: path, SiteDir: site})
	if err != nil {
		t.Fatal(err)
	}
	checkSite(t, site)
	var got []string
	for _, f := range res.Events {
		e := decodeEvent(t, f.Path, f.Data)
		got = append(got, e.Date+"/"+e.End+" "+e.Category)
	}
	if want := []string{"2005-12-01/2007-03-31 operations", "2005/ ", "2005-12-01/ "}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
