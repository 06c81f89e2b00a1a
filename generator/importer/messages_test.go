package importer_test

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// TestMessages checks each quirk of the fixtures by the text of its
// message, FILE:ROW (or FILE:PATH for JSON) first.
func TestMessages(t *testing.T) {
	for file, want := range map[string][]string{
		"template.csv": {
			`testdata/template.csv:1: "Notes": not a column of the TimelineJS template, left out`,
			`testdata/template.csv:2: Media: dropped: the title slide's media is not carried`,
			`testdata/template.csv:3: Time: "10:30" dropped: events have no time of day`,
			`testdata/template.csv:3: End Time: "17:00" dropped: events have no time of day`,
			`testdata/template.csv:3: Background: dropped: events have no background`,
			`testdata/template.csv:3: Media Thumbnail: dropped: the site makes its own thumbnails`,
			`testdata/template.csv:3: Media Credit: its link is dropped: captions and credits are plain text`,
			`testdata/template.csv:6: Display Date without a Year: add the Year, which places the event (the Display Date is still what shows); the row is left out`,
			`testdata/template.csv:7: Text: dropped a script, a javascript: link, an embedded frame and a style sheet (an event's body is Markdown, with no HTML)`,
			`testdata/template.csv:11: Month "13" is not a month: write 1 to 12; the row is left out`,
			`testdata/template.csv:12: Day: 5 without a Month: dropped, the date is the year only; add the month`,
			`testdata/template.csv:13: Headline: empty: the title is the display date, "Spring 2012"`,
			`testdata/template.csv:14: Headline: empty: the title is the text's first sentence, "Only a text gives this row its title."`,
			`testdata/template.csv:15: Text: dropped: an era has only a label`,
			`testdata/template.csv:16: Alt Text: empty: the image's alt text is its caption; describe the image instead`,
			`testdata/template.csv:17: Media: media/missing.jpg is not beside template.csv (no ` + filepath.Join("testdata", "media", "missing.jpg") + `): dropped; put the file there or give its URL`,
			`testdata/template.csv:18: End Year: 2014 is before the start, 2015: the event has no end; fix the end date`,
			`testdata/template.csv:19: Year "20x5" is not a whole number: write the year in digits, such as 2005 or -500 for 500 BCE; the row is left out`,
			`testdata/template.csv:21: a second title slide: imported as an event`,
			`testdata/template.csv:22: Type: "slide" is neither title nor era: imported as an event`,
			`testdata/template.csv:23: Year: 0 is no year: TimelineJS shows it as year 0; written as 0000, which is 1 BCE; check it`,
		},
		"old-template.csv": {
			`testdata/old-template.csv:8: Start Date: the time of day "10:00" is dropped: events have none`,
			`testdata/old-template.csv:9: Start Date: the year of "12/1/05" has two digits: write it in full, such as 12/1/2005; the row is left out`,
			`testdata/old-template.csv:10: no Start Date: add the date the event happened, such as 2005 or -500 for 500 BCE; the row is left out`,
			`testdata/old-template.csv:11: Start Date: "Smarch" is not a month name in "Smarch 3, 2001": write the date as 2005-12-01; the row is left out`,
		},
		"timelinesetter.csv": {
			`testdata/timelinesetter.csv:1: TimelineSetter cards have no headline: each title is the first sentence of the description`,
			`testdata/timelinesetter.csv:5: date: the time of day "11:59 PM" is dropped: events have none`,
			`testdata/timelinesetter.csv:5: link: "javascript:alert(1)" is not a web address: dropped`,
			`testdata/timelinesetter.csv:6: html: dropped a script (an event's body is Markdown, with no HTML)`,
			`testdata/timelinesetter.csv:6: description: empty: the title and summary are the html's first sentence`,
			`testdata/timelinesetter.csv:7: date: "sometime" is not a date: write it as 2005, 2005-12, 2005-12-01 or 12/1/2005; the row is left out`,
			`testdata/timelinesetter.csv:8: display_date without a date: add the date, which places the event (the display_date is still what shows); the row is left out`,
		},
		"timelinejs.json": {
			`testdata/timelinejs.json:title.media.url: dropped: the title slide's media is not carried`,
			`testdata/timelinejs.json:events[0].media.thumbnail: dropped: the site makes its own thumbnails`,
			`testdata/timelinejs.json:events[1].background: dropped: events have no background`,
			`testdata/timelinejs.json:events[2].unique_id: "Not_A_Valid_Id" is not an id the site takes (lower-case letters, digits and hyphens): the id comes from the date and headline`,
			`testdata/timelinejs.json:events[3].start_date: the time of day is dropped: events have none`,
			`testdata/timelinejs.json:events[4]: no start_date: add one, such as "start_date": {"year": 2005}; left out`,
			`testdata/timelinejs.json:events[5].start_date.year: "19x5" is not a whole number: write one, such as 2005; events[5] is left out`,
			`testdata/timelinejs.json:events[6].start_date: the date day 30 does not exist in 1990-02; events[6] is left out`,
			`testdata/timelinejs.json:events[7].media.url: a javascript: address is dropped: give a web address or a file beside the imported one`,
			`testdata/timelinejs.json:events[8]: id first-recordings is also that of events[0]: written as ` + filepath.Join("testdata", "no-site", "events", "first-recordings-2.toml"),
			`testdata/timelinejs.json:events[9]: not an object: left out`,
			`testdata/timelinejs.json:eras[1]: an era needs an end after its start: add the end date; the era is left out`,
		},
	} {
		t.Run(file, func(t *testing.T) {
			res, _ := dryRun(t, filepath.Join("testdata", file))
			var got []string
			for _, m := range res.Messages {
				got = append(got, filepath.ToSlash(m.File)+":"+strings.TrimPrefix(m.String(), m.File+":"))
			}
			for _, line := range want {
				if !slices.Contains(got, line) {
					t.Errorf("no message\n  %s\ngot:\n  %s", line, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestSkippedCounts checks the summary's count of entries left out.
func TestSkippedCounts(t *testing.T) {
	for file, want := range map[string]string{
		"template.csv":       "16 events would be written to " + filepath.Join("testdata", "no-site", "events") + string(filepath.Separator) + ", 3 rows skipped (dry run: nothing was written)",
		"old-template.csv":   "6 events would be written to " + filepath.Join("testdata", "no-site", "events") + string(filepath.Separator) + ", 3 rows skipped (dry run: nothing was written)",
		"timelinesetter.csv": "5 events would be written to " + filepath.Join("testdata", "no-site", "events") + string(filepath.Separator) + ", 2 rows skipped (dry run: nothing was written)",
		"timelinejs.json":    "6 events would be written to " + filepath.Join("testdata", "no-site", "events") + string(filepath.Separator) + ", 5 slides skipped (dry run: nothing was written)",
	} {
		res, _ := dryRun(t, filepath.Join("testdata", file))
		summary := res.Summary()
		if got := summary[len(summary)-1]; got != want {
			t.Errorf("%s: got %q, want %q", file, got, want)
		}
	}
}

// TestBodiesHoldNoHTML renders every imported body as the site does
// (goldmark, raw HTML off): nothing of it is raw HTML, and no script or
// javascript: link is left.
func TestBodiesHoldNoHTML(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, file := range fixtures {
		res, _ := dryRun(t, filepath.Join("testdata", file))
		for _, e := range res.Site.Events {
			var out bytes.Buffer
			if err := md.Convert([]byte(e.Body), &out); err != nil {
				t.Fatal(err)
			}
			html := out.String()
			for _, bad := range []string{"raw HTML omitted", "<script", "javascript:", "<iframe", "onclick"} {
				if strings.Contains(html, bad) {
					t.Errorf("%s:%s: the body renders with %q:\n%s", file, e.Where, bad, html)
				}
			}
		}
	}
}
