package importer_test

import (
	"bytes"
	"encoding/csv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/importer"
)

// TestEachMessage checks, one small file each, the messages the fixtures
// do not give: every message of a reader and of the writer is tested here,
// in TestMessages, in TestWhatTheLoaderRefuses or by the golden files.
// Each case gives its message as printed after FILE:, and the events
// and skipped entries the file makes; the site written passes check.
func TestEachMessage(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		want                string
		events, skipped     int
	}{
		{"a column twice", "in.csv", "Year,Headline,Year\n2005,X,2006\n",
			`1: "Year" (a second time): not a column of the TimelineJS template, left out`, 1, 0},
		{"an image with a script address", "in.csv", "Year,Headline,Text\n2005,X,\"<p>Words <img src=\"\"javascript:x()\"\"> stay.</p>\"\n",
			"2: Text: dropped an image with a javascript: address (an event's body is Markdown, with no HTML)", 1, 0},
		{"a caption without media", "in.csv", "Year,Headline,Media Caption,Media Credit\n2005,X,A caption,Someone\n",
			"2: Media: empty: the media's caption and credit are dropped with it", 1, 0},
		{"media as HTML with no address", "in.csv", "Year,Headline,Media\n2005,X,<blockquote>Said once.</blockquote>\n",
			"2: Media: is HTML with no web address: dropped; give the media's URL instead", 1, 0},
		{"media as an embed", "in.csv", "Year,Headline,Media\n2005,X,\"<iframe src=\"\"https://www.youtube.com/embed/dQw4w9WgXcQ\"\"></iframe>\"\n",
			"2: Media: is HTML: only its address, https://www.youtube.com/embed/dQw4w9WgXcQ, is kept", 1, 0},
		{"a media link that is no web address", "in.json", `{"events":[{"start_date":{"year":2005},"text":{"headline":"X"},"media":{"url":"https://example.org/a.mp4","link":"ftp://example.org/a"}}]}`,
			`events[0].media.link: "ftp://example.org/a" is not a web address: dropped`, 1, 0},
		{"an era without a label", "in.csv", "Year,End Year,Headline,Type\n1990,2000,,era\n2005,,X,\n",
			"2: Headline: empty: an era needs a label; the era is left out", 1, 1},
		{"a JSON era without an end", "in.json", `{"events":[{"start_date":{"year":2005},"text":{"headline":"X"}}],"eras":[{"start_date":{"year":1990},"text":{"headline":"Nineties"}}]}`,
			"eras[0]: an era needs an end after its start: add the end date; the era is left out", 1, 1},
		{"no headline and no text", "in.csv", "Year,Month,Headline\n2005,12,\n",
			`2: Headline: empty, and no text: the title is the date, "December 2005"`, 1, 0},
		{"a headline over 500 characters", "in.csv", "Year,Headline\n2005," + strings.Repeat("word ", 101) + "\n",
			"2: Headline: is 504 characters long: cut to the 500 a title may have", 1, 0},
		{"an End Year that is no number", "in.csv", "Year,End Year,Headline\n2005,soon,X\n",
			`2: End Year "soon" is not a whole number: write the year in digits, such as 2005 or -500 for 500 BCE; the event has no end`, 1, 0},
		{"an End Month without an End Year", "in.csv", "Year,End Month,Headline\n2005,3,X\n",
			"2: End Month or End Day without an End Year: the event has no end; add the End Year", 1, 0},
		{"an End Time", "in.csv", "Year,End Year,End Time,Headline\n2005,2006,18:00,X\n",
			`2: End Time: "18:00" dropped: events have no time of day`, 1, 0},
		{"an end day that does not exist", "in.csv", "Year,End Year,End Month,End Day,Headline\n2005,2006,2,30,X\n",
			"2: the date day 30 does not exist in 2006-02; the event has no end", 1, 0},
		{"an old-template End Date that is no date", "in.csv", "Start Date,End Date,Headline\n2005,later,X\n",
			`2: End Date: "later" is not a date: write it as 2005, 2005-12, 2005-12-01 or 12/1/2005; the event has no end`, 1, 0},
		{"an old-template End Date before the start", "in.csv", "Start Date,End Date,Headline\n2005,2001,X\n",
			"2: End Date: 2001 is before the start, 2005: the event has no end; fix the end date", 1, 0},
		{"an old-template month 0", "in.csv", "Start Date,Headline\n0/5/2005,X\n",
			`2: Start Date: "0/5/2005" is not a date: months and days count from 1; the row is left out`, 0, 1},
		{"an old-template date that does not exist", "in.csv", "Start Date,Headline\n2/30/2005,X\n",
			`2: Start Date: "2/30/2005" is not a date: day 30 does not exist in 2005-02; the row is left out`, 0, 1},
		{"an old-template year out of range", "in.csv", "Start Date,Headline\n99999999999999999999,X\n",
			`2: Start Date: the year of "99999999999999999999" is out of range; the row is left out`, 0, 1},
		{"a TimelineJS 2 date", "in.csv", "Start Date,Headline\n\"2012,1,26\",X\n", "", 1, 0},
		{"an unknown TimelineSetter column", "in.csv", "date,description,notes\n2005,X.,private\n",
			`1: "notes": not a column of TimelineSetter, left out`, 1, 0},
		{"a TimelineSetter card with only a display date", "in.csv", "date,display_date,description\n2005,Early 2005,\n",
			"2: description: empty: the title and summary are the display date", 1, 0},
		{"a TimelineSetter card with only a date", "in.csv", "date,description\n2005-03,\n",
			"2: description: empty: the title and summary are the date", 1, 0},
		{"a TimelineSetter thumbnail", "in.csv", "date,description,thumbnail\n2005,X.,https://example.org/t.jpg\n",
			"2: thumbnail: dropped: the site makes its own thumbnails", 1, 0},
		{"a TimelineSetter year of two digits", "in.csv", "date,description\n3/20/10,X.\n",
			`2: date: the year of "3/20/10" has two digits: write it in full, such as 12/1/2005; the row is left out`, 0, 1},
		{"a JSON value that is no string", "in.json", `{"events":[{"start_date":{"year":2005},"text":{"headline":true,"text":"<p>Words.</p>"}}]}`,
			"events[0].text.headline: not a string: dropped", 1, 0},
		{"a JSON day without a month", "in.json", `{"events":[{"start_date":{"year":2005,"day":5},"text":{"headline":"X"}}]}`,
			"events[0].start_date.day: 5 without a month: dropped, the date is the year only; add the month", 1, 0},
		{"a JSON month 13", "in.json", `{"events":[{"start_date":{"year":2005,"month":13},"text":{"headline":"X"}}]}`,
			"events[0].start_date.month: 13 is not a month: write 1 to 12; events[0] is left out", 0, 1},
		{"a JSON date without a year", "in.json", `{"events":[{"start_date":{"month":3},"text":{"headline":"X"}}]}`,
			`events[0].start_date: no year: add one, such as "year": 2005, or -500 for 500 BCE; events[0] is left out`, 0, 1},
		{"a JSON year that is an object", "in.json", `{"events":[{"start_date":{"year":{"value":2005}},"text":{"headline":"X"}}]}`,
			"events[0].start_date.year: not a number or a string: write a whole number, such as 2005; events[0] is left out", 0, 1},
		{"a JSON end that is no date", "in.json", `{"events":[{"start_date":{"year":2005},"end_date":{"year":"later"},"text":{"headline":"X"}}]}`,
			`events[0].end_date.year: "later" is not a whole number: write one, such as 2005; the event has no end`, 1, 0},
		{"a JSON year 0", "in.json", `{"events":[{"start_date":{"year":0},"text":{"headline":"X"}}]}`,
			"events[0].start_date.year: 0 is no year: TimelineJS shows it as year 0; written as 0000, which is 1 BCE; check it", 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importText(t, tc.file, tc.content)
			var got []string
			for _, m := range res.Messages {
				got = append(got, strings.TrimPrefix(m.String(), m.File+":"))
			}
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("no message\n  %s\ngot\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if len(res.Events) != tc.events || res.Site.Skipped != tc.skipped {
				t.Errorf("got %d events and %d skipped, want %d and %d; messages:\n  %s", len(res.Events), res.Site.Skipped, tc.events, tc.skipped, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestMediaTooLarge drops a media file over the 512 MiB a build reads,
// without reading it: the file is sparse.
func TestMediaTooLarge(t *testing.T) {
	dir := t.TempDir()
	video := filepath.Join(dir, "film.mp4")
	f, err := os.Create(video)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(513 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	sheet := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(sheet, []byte("Year,Headline,Media\n2005,X,film.mp4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := importer.Import(importer.Options{File: sheet, SiteDir: filepath.Join(dir, "site"), DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	want := sheet + ":2: Media: film.mp4 is 513 MiB, over the 512 MiB a media file may have: dropped; put it on a video host and give its URL"
	if len(res.Messages) != 1 || res.Messages[0].String() != want {
		t.Errorf("got %v, want\n%s", res.Messages, want)
	}
}

// TestReorderedColumns imports reordered.csv, template.csv as Excel saves
// it ("CSV UTF-8": a byte order mark, CRLF line ends) with its columns in
// another order, some headers in other cases, and two more columns: the
// events and messages are those of template.csv, but for the header's.
func TestReorderedColumns(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "reordered.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("\ufeff")) || bytes.Count(raw, []byte("\n")) != bytes.Count(raw, []byte("\r\n")) {
		t.Fatal("reordered.csv lost its byte order mark or its CRLF line ends")
	}
	if got, want := byHeader(t, "reordered.csv"), byHeader(t, "template.csv"); !slices.EqualFunc(got, want, maps.Equal) {
		t.Fatal("reordered.csv does not hold the cells of template.csv: write it again from template.csv")
	}
	reordered, _ := dryRun(t, filepath.Join("testdata", "reordered.csv"))
	template, _ := dryRun(t, filepath.Join("testdata", "template.csv"))
	if !slices.EqualFunc(reordered.Events, template.Events, func(a, b importer.File) bool {
		return a.Path == b.Path && bytes.Equal(a.Data, b.Data)
	}) {
		t.Errorf("reordered.csv gives other event files than template.csv")
	}
	if reordered.Site.Title != template.Site.Title || reordered.Site.Description != template.Site.Description ||
		!slices.Equal(reordered.Categories, template.Categories) || len(reordered.Eras) != len(template.Eras) {
		t.Errorf("got title %q, categories %v and %d eras, want %q, %v and %d", reordered.Site.Title, reordered.Categories, len(reordered.Eras),
			template.Site.Title, template.Categories, len(template.Eras))
	}
	// The messages as they read after FILE:, the file's name in them
	// that of template.csv.
	text := func(res *importer.Result) []string {
		var lines []string
		for _, m := range res.Messages {
			lines = append(lines, m.Where+": "+strings.ReplaceAll(m.Text, "reordered.csv", "template.csv"))
		}
		return lines
	}
	got, want := text(reordered), text(template)
	wantHeader := `1: "Notes" and "Row ID": not a column of the TimelineJS template, left out`
	if len(got) == 0 || got[0] != wantHeader || len(want) == 0 || !slices.Equal(got[1:], want[1:]) {
		t.Errorf("got messages\n  %s\nwant\n  %s\n  %s", strings.Join(got, "\n  "), wantHeader, strings.Join(want[1:], "\n  "))
	}
}

// byHeader reads a CSV file of testdata as rows of cells by header, the
// header normalized as the importer matches it, empty cells left out.
func byHeader(tb testing.TB, name string) []map[string]string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	header := records[0]
	var rows []map[string]string
	for _, record := range records[1:] {
		cells := map[string]string{}
		for i, v := range record {
			key := strings.ToLower(strings.ReplaceAll(header[i], " ", ""))
			if v != "" && key != "rowid" {
				cells[key] = v
			}
		}
		rows = append(rows, cells)
	}
	return rows
}

// TestByteOrderMark imports files that start with a byte order mark, as
// Excel and Windows editors write them, in each format.
func TestByteOrderMark(t *testing.T) {
	for _, tc := range []struct{ name, file, content string }{
		{"a TimelineJS sheet", "in.csv", "\ufeffYear,Headline\r\n2005,X\r\n"},
		{"a quoted header", "in.csv", "\ufeff\"Year\",\"Headline\"\r\n2005,X\r\n"},
		{"a TimelineSetter CSV", "in.csv", "\ufeffdate,description\r\n2005,X\r\n"},
		{"TimelineJS JSON", "in.json", "\ufeff{\"events\":[{\"start_date\":{\"year\":2005},\"text\":{\"headline\":\"X\"}}]}"},
		{"JSON without its extension", "in.txt", "\ufeff {\"events\":[{\"start_date\":{\"year\":2005},\"text\":{\"headline\":\"X\"}}]}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := importText(t, tc.file, tc.content)
			if len(res.Events) != 1 || len(res.Messages) > 1 {
				t.Errorf("got %d events and messages %v, want 1 event", len(res.Events), res.Messages)
			}
			if e := decodeEvent(t, res.Events[0].Path, res.Events[0].Data); e.Title != "X" || e.Date != "2005" {
				t.Errorf("got %q of %s, want X of 2005", e.Title, e.Date)
			}
		})
	}
}
