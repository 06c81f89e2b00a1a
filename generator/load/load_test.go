package load_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// loadErrors loads the site in dir from inside it, so that error paths are
// relative ("events/x.toml"), and returns the error lines. It fails the
// test unless Load returns ContentErrors.
func loadErrors(tb testing.TB, dir string, opts load.Options) []string {
	tb.Helper()
	tb.Chdir(dir)
	site, err := testsite.Load(".", opts)
	if err == nil {
		tb.Fatalf("Load: got a site with %d events, want content errors", len(site.Events))
	}
	var errs content.ContentErrors
	if !errors.As(err, &errs) {
		tb.Fatalf("Load: got %T %v, want content.ContentErrors", err, err)
	}
	return strings.Split(errs.Error(), "\n")
}

// equalLines fails the test unless got and want hold the same lines.
func equalLines(tb testing.TB, got, want []string) {
	tb.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		tb.Errorf("errors:\ngot:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

const validEvent = `title   = "Mongolia joins the Kosovo Force"
date    = "2005-12"
summary = "Mongolia took part in KFOR."
`

const sourceTable = `
[[sources]]
title = "Relations with Mongolia"
url   = "https://www.nato.int/cps/en/natohq/topics_85297.htm"
`

// TestEventErrors checks each validation error of an event file, with its
// exact place. Every case is the file events/x.toml of a site whose config
// declares the categories "operations" and "dialogue".
func TestEventErrors(t *testing.T) {
	const eventKeys = "body, category, date, display, draft, end, media, ongoing, place, sources, summary, tags, title"
	tests := []struct {
		name string
		toml string
		want []string
	}{
		{
			name: "unknown key",
			toml: validEvent + "colour  = \"red\"\n",
			want: []string{`events/x.toml:4:1: unknown key "colour": known keys here are ` + eventKeys},
		},
		{
			name: "indented unknown key",
			toml: validEvent + "\n\t  colour = \"red\"\n",
			want: []string{`events/x.toml:5:4: unknown key "colour": known keys here are ` + eventKeys},
		},
		{
			name: "key of different case",
			toml: "Title   = \"T\"\ndate    = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:1: unknown key "Title": keys are case-sensitive; write "title"`},
		},
		{
			name: "key of different case after the body",
			toml: validEvent + "body = \"\"\"\nA = b\n\"\"\"\nPlace = \"Kosovo\"\n",
			want: []string{`events/x.toml:7:1: unknown key "Place": keys are case-sensitive; write "place"`},
		},
		{
			name: "bad date",
			toml: "title   = \"T\"\ndate    = \"12/2005\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:11: bad date "12/2005": the year comes first in EDTF: write "2005-12"`},
		},
		{
			name: "impossible date",
			toml: "title = \"T\"\ndate = \"2011-02-29\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:8: impossible date "2011-02-29": February 2011 has 28 days`},
		},
		{
			name: "month 13",
			toml: "title = \"T\"\ndate = \"2005-13\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:8: impossible date "2005-13": the month is out of range: 01–12, or 21–24 for a season`},
		},
		{
			name: "impossible end",
			toml: validEvent + "end     = \"2007-02-30\"\n",
			want: []string{`events/x.toml:4:11: impossible date "2007-02-30": February 2007 has 28 days`},
		},
		// Regression: a TOML local date skipped the year range of ParseDate.
		{
			name: "impossible local date",
			toml: "title = \"T\"\ndate = 2011-02-29\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:8: invalid datetime: "2011-02-29"`},
		},
		{
			name: "date of the wrong type",
			toml: "title = \"T\"\ndate = 2005\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:8: date must be a date such as "2005-12" or 2005-12-01, not int64`},
		},
		{
			name: "local date-time",
			toml: "title = \"T\"\ndate = 2005-12-01T10:30:00\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:8: date has a time of day: events have none; write date = 2005-12-01`},
		},
		{
			name: "offset date-time",
			toml: "title = \"T\"\ndate = 2005-12-01\nend = 2005-12-02T10:30:00Z\nsummary = \"S\"\n",
			want: []string{`events/x.toml:3:7: end has a time of day: events have none; write end = 2005-12-02`},
		},
		// Regression: a local time was reported as a date-time with the
		// hint "write date = 0000-01-01".
		{
			name: "local time",
			toml: "title = \"T\"\ndate = 10:30:00\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:8: date must be a date such as "2005-12" or 2005-12-01, not a time of day`},
		},
		{
			name: "end before date",
			toml: "title = \"T\"\ndate = \"2007-03\"\nend = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:3:7: end 2005-12 is before date 2007-03: swap them or fix the end`},
		},
		{
			name: "end the day before date",
			toml: "title = \"T\"\ndate = \"2005-12-15\"\nend = \"2005-12-14\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:3:7: end 2005-12-14 is before date 2005-12-15: swap them or fix the end`},
		},
		{
			name: "end with ongoing",
			toml: validEvent + "ongoing = true\nend     = \"2007-03\"\n",
			want: []string{`events/x.toml:5:1: an ongoing event has no end: remove end or set ongoing = false`},
		},
		{
			name: "unknown category",
			toml: validEvent + "category = \"training\"\n",
			want: []string{`events/x.toml:4:12: unknown category "training": use one declared in config.toml (operations, dialogue)`},
		},
		{
			name: "category of different case",
			toml: validEvent + "category = \"Operations\"\n",
			want: []string{`events/x.toml:4:12: unknown category "Operations": use one declared in config.toml (operations, dialogue)`},
		},
		{
			name: "missing title",
			toml: "# An event.\ndate    = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:1: missing required key "title": add title = "…", the event's name in plain text`},
		},
		{
			name: "blank title",
			toml: "title = \"  \"\ndate = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:9: title is empty: title = "…", the event's name in plain text`},
		},
		{
			name: "missing date",
			toml: "title   = \"T\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:1: missing required key "date": add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY"; EDTF such as "-0499", "1984?", "1964/2008")`},
		},
		{
			name: "missing summary",
			toml: "title = \"T\"\ndate  = \"2005-12\"\n",
			want: []string{`events/x.toml:1:1: missing required key "summary": add summary = "…", one or two sentences in plain text`},
		},
		{
			name: "missing everything",
			toml: "place = \"Kosovo\"\n",
			want: []string{
				`events/x.toml:1:1: missing required key "title": add title = "…", the event's name in plain text`,
				`events/x.toml:1:1: missing required key "summary": add summary = "…", one or two sentences in plain text`,
				`events/x.toml:1:1: missing required key "date": add date = "YYYY-MM-DD" (or "YYYY-MM", "YYYY"; EDTF such as "-0499", "1984?", "1964/2008")`,
			},
		},
		{
			name: "title of the wrong type",
			toml: "title = 5\ndate = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:9: "title" has the wrong type (incompatible types: TOML value has type int64; destination has type string)`},
		},
		{
			name: "tags of the wrong type",
			toml: validEvent + "tags = \"kfor\"\n",
			want: []string{`events/x.toml:4:8: "tags" has the wrong type (incompatible types: TOML value has type string; destination has type slice)`},
		},
		{
			name: "wrong type in the second source",
			toml: validEvent + sourceTable + "\n[[sources]]\ntitle = \"T\"\nurl   = 5\n",
			want: []string{`events/x.toml:11:9: "sources.url" has the wrong type (incompatible types: TOML value has type int64; destination has type string)`},
		},
		{
			name: "ongoing of the wrong type",
			toml: validEvent + "ongoing = \"yes\"\n",
			want: []string{`events/x.toml:4:11: "ongoing" has the wrong type (incompatible types: TOML value has type string; destination has type boolean)`},
		},
		{
			name: "syntax error",
			toml: "title = \"T\ndate = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:11: strings cannot contain newlines`},
		},
		// Regression: BurntSushi/toml's Line and Col disagree at line ends and
		// line starts (Col counted on the line before); errors are placed by
		// its byte offset.
		{
			name: "syntax error at the end of a line",
			toml: validEvent + "[[sources]\ntitle = \"S\"\n",
			want: []string{`events/x.toml:4:10: expected end of table array name delimiter ']', but got '\n' instead`},
		},
		{
			name: "syntax error at the start of a line",
			toml: validEvent + "= \"S\"\n",
			want: []string{`events/x.toml:4:1: unexpected '=': key name appears blank`},
		},
		{
			name: "syntax error after a byte order mark",
			toml: "\ufefftitle = \"T\"\ndate = \"2005-12\nsummary = \"S\"\n",
			want: []string{`events/x.toml:2:16: strings cannot contain newlines`},
		},
		// Regression: a byte order mark hid the key on line 1 from the index.
		{
			name: "key of different case after a byte order mark",
			toml: "\ufeffTitle = \"T\"\ndate = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:4: unknown key "Title": keys are case-sensitive; write "title"`},
		},
		{
			name: "wrong type after a byte order mark",
			toml: "\ufefftitle = 5\ndate = \"2005-12\"\nsummary = \"S\"\n",
			want: []string{`events/x.toml:1:12: "title" has the wrong type (incompatible types: TOML value has type int64; destination has type string)`},
		},
		{
			name: "duplicate key",
			toml: validEvent + "title = \"Again\"\n",
			want: []string{`events/x.toml:4:1: Key 'title' has already been defined.`},
		},
		{
			name: "unknown key in sources",
			toml: validEvent + sourceTable + "link  = \"https://example.org/\"\n",
			want: []string{`events/x.toml:8:1: unknown key "link": known keys here are title, url`},
		},
		{
			name: "unknown key in the second source",
			toml: validEvent + sourceTable + sourceTable + "URL = \"https://example.org/\"\n",
			want: []string{`events/x.toml:12:1: unknown key "URL": keys are case-sensitive; write "url"`},
		},
		// Regression: a table header was reported without a line, and each
		// key inside it as "unknown key "title": ... write "title"".
		{
			name: "array of tables of different case",
			toml: validEvent + "\n[[Sources]]\ntitle = \"S\"\nurl   = \"https://example.org/\"\n" + sourceTable + "\n[[Sources]]\ntitle = \"T\"\n",
			want: []string{
				`events/x.toml:5:1: unknown key "Sources": keys are case-sensitive; write "sources"`,
				`events/x.toml:13:1: unknown key "Sources": keys are case-sensitive; write "sources"`,
			},
		},
		{
			name: "unknown table",
			toml: validEvent + "\n[extra]\nfoo = 1\n\n[extra.deeper]\nbar = 2\n",
			want: []string{`events/x.toml:5:1: unknown key "extra": known keys here are ` + eventKeys},
		},
		{
			name: "source without a title",
			toml: validEvent + sourceTable + "\n[[sources]]\nurl = \"https://example.org/\"\n",
			want: []string{`events/x.toml:9:1: source needs a title: add title = "…"`},
		},
		{
			name: "source with a blank title",
			toml: validEvent + "\n[[sources]]\ntitle = \"\"\n",
			want: []string{`events/x.toml:6:9: source title is empty: name the cited document`},
		},
		{
			name: "invalid UTF-8",
			toml: "title = \"Mongolia – KFOR\"\ndate = \"2005-12\"\nsummary = \"caf\xe9\"\n",
			want: []string{`events/x.toml:3:15: invalid UTF-8: save the file as UTF-8`},
		},
		// Regression: the column counted runes, unlike every other error.
		{
			name: "invalid UTF-8 after other scripts",
			toml: "title = \"T\"\ndate = \"2005-12\"\nsummary = \"Улан\xff\"\n",
			want: []string{`events/x.toml:3:20: invalid UTF-8: save the file as UTF-8`},
		},
		{
			name: "draft validated too",
			toml: "title = \"T\"\ndate = \"2005-14\"\nsummary = \"S\"\ndraft = true\n",
			want: []string{`events/x.toml:2:8: impossible date "2005-14": the month is out of range: 01–12, or 21–24 for a season`},
		},
		{
			name: "several errors in one file, in order",
			toml: "title = \"T\"\ndate = \"2007\"\nend = \"2005\"\nsummary = \"S\"\ncategory = \"x\"\nColour = 1\n",
			want: []string{
				`events/x.toml:3:7: end 2005 is before date 2007: swap them or fix the end`,
				`events/x.toml:5:12: unknown category "x": use one declared in config.toml (operations, dialogue)`,
				`events/x.toml:6:1: unknown key "Colour": known keys here are ` + eventKeys,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := testsite.New(t, map[string]string{"events/x.toml": tt.toml})
			equalLines(t, loadErrors(t, dir, load.Options{}), tt.want)
		})
	}
}

// TestEventsThatAreValid checks edge cases that must not be errors.
func TestEventsThatAreValid(t *testing.T) {
	tests := []struct {
		name, toml string
	}{
		{"minimal", validEvent},
		{"end equal to date", validEvent + "end = \"2005-12\"\n"},
		{"end inside a coarser date", "title = \"T\"\ndate = \"2005-12-15\"\nend = \"2005-12\"\nsummary = \"S\"\n"},
		{"ongoing false with end", validEvent + "ongoing = false\nend = \"2007-03\"\n"},
		{"every key", validEvent + "end = \"2007-03\"\nongoing = false\ncategory = \"operations\"\ntags = [\"kfor\"]\nplace = \"Kosovo\"\ndraft = false\nbody = \"\"\"\nText.\n\"\"\"\n" + sourceTable},
		{"local date", "title = \"T\"\ndate = 2005-12-01\nsummary = \"S\"\n"},
		{"leap day", "title = \"T\"\ndate = \"2012-02-29\"\nsummary = \"S\"\n"},
		{"Cyrillic text", "title = \"Монгол Улс\"\ndate = \"2005\"\nsummary = \"Улаанбаатар\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := testsite.New(t, map[string]string{"events/x.toml": tt.toml})
			site, err := testsite.Load(dir, load.Options{})
			if err != nil {
				t.Fatalf("Load: got error %v, want none", err)
			}
			if len(site.Events) != 1 || site.Events[0].ID != "x" {
				t.Errorf("Load: got %d events, want the one event x", len(site.Events))
			}
		})
	}
}

func TestBadEventID(t *testing.T) {
	tests := []struct{ file, id string }{
		{"Bad_Name.toml", "Bad_Name"},
		{"2005-12-KFOR.toml", "2005-12-KFOR"},
		{"-kfor.toml", "-kfor"},
		{"kfor event.toml", "kfor event"},
		{"kför.toml", "kför"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			dir := testsite.New(t, map[string]string{"events/" + tt.file: validEvent})
			want := "events/" + tt.file + `: bad event id "` + tt.id + `": name the file with lower-case letters, digits and hyphens, such as 2005-12-kfor.toml`
			equalLines(t, loadErrors(t, dir, load.Options{}), []string{want})
		})
	}
}

func TestFileOverOneMiB(t *testing.T) {
	body := strings.Repeat("a", 1<<20)
	dir := testsite.New(t, map[string]string{"events/big.toml": validEvent + "body = \"" + body + "\"\n"})
	size := len(validEvent) + len("body = \"\"\n") + len(body)
	want := "events/big.toml: file is " + strconv.Itoa(size) + " bytes, over the 1 MiB limit: split it or shorten the body"
	equalLines(t, loadErrors(t, dir, load.Options{}), []string{want})
}

func TestFileOfExactlyOneMiB(t *testing.T) {
	head := validEvent + "body = \""
	body := strings.Repeat("a", 1<<20-len(head)-2)
	dir := testsite.New(t, map[string]string{"events/big.toml": head + body + "\"\n"})
	if _, err := testsite.Load(dir, load.Options{}); err != nil {
		t.Errorf("Load of a 1 MiB file: got error %v, want none", err)
	}
}

func TestSymbolicLinks(t *testing.T) {
	outside := t.TempDir()
	target := filepath.Join(outside, "outside.toml")
	testsite.Write(t, outside, map[string]string{"outside.toml": validEvent})
	dir := testsite.New(t, map[string]string{"drafts/inside.toml": validEvent})
	if err := os.Mkdir(filepath.Join(dir, "events"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "events", "out.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("..", "drafts", "inside.toml"), filepath.Join(dir, "events", "in.toml")); err != nil {
		t.Fatal(err)
	}
	resolved, err := filepath.EvalSymlinks(target)
	if err != nil {
		t.Fatal(err)
	}
	want := "events/out.toml: symbolic link to " + resolved + ", outside the site folder: copy the file into the site instead"
	equalLines(t, loadErrors(t, dir, load.Options{}), []string{want})

	// Without the outside link, the inside one loads as event "in".
	if err := os.Remove(filepath.Join(dir, "events", "out.toml")); err != nil {
		t.Fatal(err)
	}
	site, err := testsite.Load(dir, load.Options{})
	if err != nil {
		t.Fatalf("Load with a link inside the site: got error %v, want none", err)
	}
	if len(site.Events) != 1 || site.Events[0].ID != "in" {
		t.Errorf("Load with a link inside the site: got %d events, want the one event \"in\"", len(site.Events))
	}
}

// TestEventsFolderLinkedOutside checks that plain files in an events
// folder that is itself a link out of the site are refused like links.
func TestEventsFolderLinkedOutside(t *testing.T) {
	outside := t.TempDir()
	testsite.Write(t, outside, map[string]string{"plain.toml": validEvent})
	dir := testsite.New(t, nil)
	if err := os.Symlink(outside, filepath.Join(dir, "events")); err != nil {
		t.Fatal(err)
	}
	resolved, err := filepath.EvalSymlinks(filepath.Join(outside, "plain.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := "events/plain.toml: symbolic link to " + resolved + ", outside the site folder: copy the file into the site instead"
	equalLines(t, loadErrors(t, dir, load.Options{}), []string{want})
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name, config string
		want         []string
	}{
		{
			name:   "unknown key",
			config: "title = \"T\"\ntheme = \"dark\"\n",
			want:   []string{`config.toml:2:1: unknown key "theme": known keys here are baseURL, categories, description, eras, indexLimit, language, languages, media, source, title`},
		},
		{
			name:   "key of different case",
			config: "title = \"T\"\nbaseurl = \"https://example.org/\"\n",
			want:   []string{`config.toml:2:1: unknown key "baseurl": keys are case-sensitive; write "baseURL"`},
		},
		{
			name:   "unknown key in a category",
			config: "title = \"T\"\n\n[[categories]]\nid = \"a\"\nname = \"A\"\n",
			want:   []string{`config.toml:5:1: unknown key "name": known keys here are color, darkColor, id, label`},
		},
		{
			name:   "unknown key in source",
			config: "title = \"T\"\n\n[source]\ntitle = \"S\"\ndate = \"2017-03-21\"\n",
			want:   []string{`config.toml:5:1: unknown key "date": known keys here are title, updated, url`},
		},
		{
			name:   "table of different case",
			config: "title = \"T\"\n\n[Source]\ntitle = \"S\"\nurl = \"https://example.org/\"\n",
			want:   []string{`config.toml:3:1: unknown key "Source": keys are case-sensitive; write "source"`},
		},
		{
			name:   "bad baseURL",
			config: "title = \"T\"\nbaseURL = \"example.org/timeline\"\n",
			want:   []string{`config.toml:2:11: base URL "example.org/timeline" must be an absolute http or https URL such as https://example.org/timeline/`},
		},
		{
			name:   "javascript baseURL",
			config: "title = \"T\"\nbaseURL = \"javascript:alert(1)\"\n",
			want:   []string{`config.toml:2:11: base URL "javascript:alert(1)" must be an absolute http or https URL such as https://example.org/timeline/`},
		},
		{
			name:   "baseURL with a query",
			config: "title = \"T\"\nbaseURL = \"https://example.org/t/?lang=en\"\n",
			want:   []string{`config.toml:2:11: base URL "https://example.org/t/?lang=en" has a query (?lang=en): a base URL is where the site's folder is served, such as "https://example.org/t/"`},
		},
		{
			name:   "baseURL with a fragment",
			config: "title = \"T\"\nbaseURL = \"https://example.org/t/#top\"\n",
			want:   []string{`config.toml:2:11: base URL "https://example.org/t/#top" has a fragment (#top): a base URL is where the site's folder is served, such as "https://example.org/t/"`},
		},
		{
			name:   "duplicate category",
			config: "title = \"T\"\n\n[[categories]]\nid = \"ops\"\n\n[[categories]]\nid = \"dialogue\"\n\n[[categories]]\nid    = \"ops\"\nlabel = \"Again\"\n",
			want:   []string{`config.toml:10:9: category "ops" is declared twice: keep one`},
		},
		{
			name:   "bad category id",
			config: "title = \"T\"\n\n[[categories]]\nid = \"Operations\"\n",
			want:   []string{`config.toml:4:6: category id "Operations" must be lower-case letters, digits and hyphens`},
		},
		{
			name:   "missing title",
			config: "description = \"D\"\n",
			want:   []string{`config.toml:1:1: config needs a title: add title = "…"`},
		},
		{
			name:   "bad source date",
			config: "title = \"T\"\n\n[source]\nupdated = \"21 March 2017\"\n",
			want:   []string{`config.toml:4:11: bad date "21 March 2017": write "2017-03-21": EDTF writes the year, then the month and the day in digits`},
		},
		{
			name:   "syntax error",
			config: "title = \"T\"\n[categories\n",
			want:   []string{`config.toml:2:12: expected '.' or ']' to end table name, but got '\n' instead`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := testsite.New(t, map[string]string{"config.toml": tt.config})
			equalLines(t, loadErrors(t, dir, load.Options{}), tt.want)
		})
	}
}

// TestAllErrorsTogether checks that one run reports the errors of every
// file, sorted by file and place.
func TestAllErrorsTogether(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"config.toml":          testsite.Config + "theme = \"dark\"\n",
		"events/b.toml":        "title = \"T\"\ndate = \"2005-13\"\nsummary = \"S\"\ncategory = \"x\"\n",
		"events/a.toml":        "title = 5\n",
		"events/c-fine.toml":   validEvent,
		"events/d-draft.toml":  validEvent + "draft = true\nend = \"2005-11\"\n",
		"events/Capitals.toml": validEvent,
		"events/notes.txt":     "not an event = \n",
	})
	got := loadErrors(t, dir, load.Options{})
	want := []string{
		`config.toml:11:1: unknown key "theme": known keys here are color, darkColor, id, label`,
		`events/Capitals.toml: bad event id "Capitals": name the file with lower-case letters, digits and hyphens, such as 2005-12-kfor.toml`,
		`events/a.toml:1:9: "title" has the wrong type (incompatible types: TOML value has type int64; destination has type string)`,
		`events/b.toml:2:8: impossible date "2005-13": the month is out of range: 01–12, or 21–24 for a season`,
		`events/b.toml:4:12: unknown category "x": use one declared in config.toml (operations, dialogue)`,
		`events/d-draft.toml:5:7: end 2005-11 is before date 2005-12: swap them or fix the end`,
	}
	equalLines(t, got, want)
}

// TestErrorPathsOutsideWorkingFolder checks that a site outside the working
// folder is reported with full paths.
func TestErrorPathsOutsideWorkingFolder(t *testing.T) {
	dir := testsite.New(t, map[string]string{"events/x.toml": "title = \"T\"\n"})
	t.Chdir(t.TempDir())
	_, err := testsite.Load(dir, load.Options{})
	want := filepath.Join(dir, "events", "x.toml") + `:1:1: missing required key "summary"`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Load: got error %v, want one starting %q", err, want)
	}
}

func TestNotASite(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	testsite.Write(t, dir, map[string]string{"empty/notes.txt": "", "file": ""})
	for folder, want := range map[string]string{
		"empty":   "empty is not a site: it has no config.toml (create one with timeline init)",
		"missing": "the site folder missing does not exist: give the folder that holds config.toml and events/ (or make a site there with timeline init)",
		"file":    "file is a file, not a site folder: give the folder that holds config.toml and events/",
	} {
		_, err := testsite.Load(folder, load.Options{})
		var usage *content.UsageError
		if !errors.As(err, &usage) || err.Error() != want {
			t.Errorf("Load(%q): got %T %v, want the usage error %q", folder, err, err, want)
		}
	}
}

func TestBaseURLOverride(t *testing.T) {
	dir := testsite.New(t, map[string]string{"config.toml": "title = \"T\"\nbaseURL = \"https://example.org/a/\"\n"})
	tests := []struct{ flag, want string }{
		{"", "https://example.org/a/"},
		{"https://example.com/timeline", "https://example.com/timeline/"},
		{"http://localhost:8080/", "http://localhost:8080/"},
	}
	for _, tt := range tests {
		site, err := testsite.Load(dir, load.Options{BaseURL: tt.flag})
		if err != nil {
			t.Fatalf("Load with base URL %q: %v", tt.flag, err)
		}
		if site.Config.BaseURL != tt.want {
			t.Errorf("Load with base URL %q: got %q, want %q", tt.flag, site.Config.BaseURL, tt.want)
		}
	}
	_, err := testsite.Load(dir, load.Options{BaseURL: "example.com"})
	var usage *content.UsageError
	if !errors.As(err, &usage) {
		t.Errorf("Load with base URL \"example.com\": got %T %v, want *content.UsageError", err, err)
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  content.Error
		want string
	}{
		{content.Error{Path: "events/x.toml", Line: 3, Col: 9, Msg: "m"}, "events/x.toml:3:9: m"},
		{content.Error{Path: "events/x.toml", Line: 3, Msg: "m"}, "events/x.toml:3: m"},
		{content.Error{Path: "events/x.toml", Msg: "m"}, "events/x.toml: m"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestSiteWithoutEvents(t *testing.T) {
	dir := testsite.New(t, nil)
	out := filepath.Join(t.TempDir(), "public")
	result, err := generator.Build(generator.BuildOptions{SiteDir: dir, OutDir: out})
	if err != nil {
		t.Fatalf("Build of a site without events/: got error %v, want none", err)
	}
	if result.Events != 0 {
		t.Errorf("Events: got %d, want 0", result.Events)
	}
	testsite.CheckOutputTree(t, testsite.ReadTree(t, out), nil)
}
