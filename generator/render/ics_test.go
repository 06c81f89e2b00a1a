package render_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// icsProperty is one content line of an iCalendar file, unfolded.
type icsProperty struct {
	Name, Params, Value string
}

// icsComponent is a BEGIN:…END: block with its properties; nested
// components are flattened into the list parseICS returns.
type icsComponent struct {
	Kind  string
	Props []icsProperty
}

// get returns the value of the first property with the name, or "".
func (c icsComponent) get(name string) string {
	for _, p := range c.Props {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

// count returns how many properties have the name.
func (c icsComponent) count(name string) int {
	n := 0
	for _, p := range c.Props {
		if p.Name == name {
			n++
		}
	}
	return n
}

var icsName = regexp.MustCompile(`^[A-Z0-9-]+$`)

// parseICS reads an iCalendar file as RFC 5545 says: every line ends in
// CRLF, no line is longer than 75 octets, folding never splits a UTF-8
// character, and a line that starts with a space continues the one before.
// It returns the components in order of their BEGIN.
func parseICS(tb testing.TB, data []byte) []icsComponent {
	tb.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		tb.Fatalf("the file does not end in CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var lines []string
	for i, line := range raw {
		if strings.ContainsAny(line, "\r\n") {
			tb.Errorf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			tb.Errorf("line %d is %d octets long, over 75: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			tb.Errorf("line %d splits a UTF-8 character: %q", i+1, line)
		}
		if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
			if len(lines) == 0 {
				tb.Fatalf("line %d continues nothing", i+1)
			}
			lines[len(lines)-1] += line[1:]
			continue
		}
		lines = append(lines, line)
	}
	var all []icsComponent
	var open []int // indexes in all of the components not yet ended
	for _, line := range lines {
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			tb.Fatalf("content line without a colon: %q", line)
		}
		name, params, _ := strings.Cut(line[:colon], ";")
		if !icsName.MatchString(name) {
			tb.Fatalf("bad property name %q in %q", name, line)
		}
		p := icsProperty{Name: name, Params: params, Value: line[colon+1:]}
		switch name {
		case "BEGIN":
			all = append(all, icsComponent{Kind: p.Value})
			open = append(open, len(all)-1)
		case "END":
			if len(open) == 0 || all[open[len(open)-1]].Kind != p.Value {
				tb.Fatalf("END:%s does not close the open component", p.Value)
			}
			open = open[:len(open)-1]
		default:
			if len(open) == 0 {
				tb.Fatalf("property outside any component: %q", line)
			}
			c := &all[open[len(open)-1]]
			c.Props = append(c.Props, p)
		}
	}
	if len(open) > 0 {
		tb.Fatalf("%s is never ended", all[open[len(open)-1]].Kind)
	}
	return all
}

// unescapeText decodes an iCalendar TEXT value (RFC 5545, 3.3.11). It
// fails on a semicolon or comma left unescaped and on an unknown escape.
func unescapeText(value string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(value); i++ {
		c := value[i]
		switch c {
		case ';', ',':
			return "", fmt.Errorf("unescaped %q at %d in %q", c, i, value)
		case '\\':
			if i+1 == len(value) {
				return "", fmt.Errorf("lone backslash at the end of %q", value)
			}
			i++
			switch value[i] {
			case '\\', ';', ',':
				b.WriteByte(value[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("unknown escape \\%c in %q", value[i], value)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// icsTextValue returns the unescaped TEXT value of a property.
func icsTextValue(tb testing.TB, c icsComponent, name string) string {
	tb.Helper()
	s, err := unescapeText(c.get(name))
	if err != nil {
		tb.Errorf("%s: %v", name, err)
	}
	return s
}

func TestICSCalendar(t *testing.T) {
	for _, s := range testSites(t) {
		t.Run(s.name, func(t *testing.T) {
			cfg := s.site.Config
			components := parseICS(t, outputFile(t, s.files, "timeline.ics"))
			if len(components) == 0 || components[0].Kind != "VCALENDAR" {
				t.Fatalf("first component: got %v, want VCALENDAR", components)
			}
			cal := components[0]
			if got := cal.get("VERSION"); got != "2.0" {
				t.Errorf("VERSION: got %q, want 2.0", got)
			}
			if cal.count("PRODID") != 1 || cal.get("PRODID") == "" {
				t.Errorf("PRODID: got %d, want one", cal.count("PRODID"))
			}
			if got := icsTextValue(t, cal, "X-WR-CALNAME"); got != cfg.Title {
				t.Errorf("X-WR-CALNAME: got %q, want %q", got, cfg.Title)
			}
			events := components[1:]
			if len(events) != len(s.site.Events) {
				t.Fatalf("VEVENTs: got %d, want %d, one per event", len(events), len(s.site.Events))
			}
			uids := map[string]bool{}
			for i, e := range s.site.Events {
				v := events[i]
				if v.Kind != "VEVENT" {
					t.Errorf("component %d: got %s, want VEVENT", i+1, v.Kind)
				}
				for _, name := range []string{"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"} {
					if v.count(name) != 1 {
						t.Errorf("%s: %s: got %d, want exactly one", e.ID, name, v.count(name))
					}
				}
				uid := v.get("UID")
				if uid == "" || uids[uid] {
					t.Errorf("%s: UID %q is empty or not unique", e.ID, uid)
				}
				uids[uid] = true
				if got := v.get("DTSTAMP"); !regexp.MustCompile(`^\d{8}T\d{6}Z$`).MatchString(got) {
					t.Errorf("%s: DTSTAMP: got %q, want a UTC date-time", e.ID, got)
				}
				for _, name := range []string{"DTSTART", "DTEND"} {
					for _, p := range v.Props {
						if p.Name == name && p.Params != "VALUE=DATE" {
							t.Errorf("%s: %s parameters: got %q, want VALUE=DATE (an all-day event)", e.ID, name, p.Params)
						}
					}
				}
				if got := icsTextValue(t, v, "SUMMARY"); got != e.Title {
					t.Errorf("%s: SUMMARY: got %q, want %q", e.ID, got, e.Title)
				}
				if got := icsTextValue(t, v, "DESCRIPTION"); !strings.HasSuffix(got, e.Summary) {
					t.Errorf("%s: DESCRIPTION: got %q, want it to end in the summary %q", e.ID, got, e.Summary)
				}
				if e.Place != "" {
					if got := icsTextValue(t, v, "LOCATION"); got != e.Place {
						t.Errorf("%s: LOCATION: got %q, want %q", e.ID, got, e.Place)
					}
				}
				wantURL := ""
				if cfg.BaseURL != "" {
					wantURL = cfg.BaseURL + "events/" + e.ID + ".html"
				}
				if got := v.get("URL"); got != wantURL {
					t.Errorf("%s: URL: got %q, want %q", e.ID, got, wantURL)
				}
			}
		})
	}
}

// TestICSDates checks the all-day spans: DTSTART at the start of the
// date's precision, DTEND exclusive at the end of the end's (or the date's)
// precision.
func TestICSDates(t *testing.T) {
	tests := []struct {
		id, start, end string
	}{
		{"1999-year", "19990101", "20000101"},
		{"2001-within", "20010101", "20010701"},
		{"2005-12-range", "20051201", "20070401"},
		{"2010-03-ongoing", "20100301", "20100401"}, // ongoing: the span of its start
		{"2014-08-01-day", "20140801", "20140802"},
		{"2015-long", "20150630", "20150701"},
	}
	for _, base := range []string{"", testBaseURL} {
		site, files := hostileSite(t, base)
		events := parseICS(t, outputFile(t, files, "timeline.ics"))[1:]
		byID := map[string]icsComponent{}
		for i, e := range site.Events {
			byID[e.ID] = events[i]
		}
		name := "no-base"
		if base != "" {
			name = "base"
		}
		for _, tt := range tests {
			t.Run(name+"/"+tt.id, func(t *testing.T) {
				v, ok := byID[tt.id]
				if !ok {
					t.Fatalf("no VEVENT for %s", tt.id)
				}
				if got := v.get("DTSTART"); got != tt.start {
					t.Errorf("DTSTART: got %s, want %s", got, tt.start)
				}
				if got := v.get("DTEND"); got != tt.end {
					t.Errorf("DTEND: got %s, want %s", got, tt.end)
				}
				if got := v.get("DTSTAMP"); got != "20200202T000000Z" {
					t.Errorf("DTSTAMP: got %s, want 20200202T000000Z, the source's updated date", got)
				}
			})
		}
	}
}

// TestICSKFORDates checks the example of the issue on the repository's own
// site: December 2005 – March 2007 is 20051201 to 20070401.
func TestICSKFORDates(t *testing.T) {
	site, files := renderTestSite(t, testsite.RepoRoot(), "")
	events := parseICS(t, outputFile(t, files, "timeline.ics"))[1:]
	for i, e := range site.Events {
		if e.ID != "2005-12-kfor" {
			continue
		}
		if got := events[i].get("DTSTART") + "–" + events[i].get("DTEND"); got != "20051201–20070401" {
			t.Errorf("KFOR: got %s, want 20051201–20070401", got)
		}
		return
	}
	t.Fatal("no event 2005-12-kfor in the repository's site")
}

// TestICSFolding checks folding at every length around the limit, with
// characters of one to four octets falling on the fold.
func TestICSFolding(t *testing.T) {
	for _, char := range []string{"a", "é", "語", "🙂"} {
		events := map[string]string{}
		var titles []string
		for n := 60; n <= 160; n++ {
			title := strings.Repeat(char, n/len(char)) + strings.Repeat("x", n%len(char))
			titles = append(titles, title)
			events[fmt.Sprintf("e%03d", n)] = fmt.Sprintf("title = %q\ndate = \"2000\"\nsummary = %q\n", title, title)
		}
		t.Run(fmt.Sprintf("%d-octet", len(char)), func(t *testing.T) {
			_, files := renderTestSite(t, writeTestSite(t, "title = \"Folding\"\n", events), "")
			// parseICS checks the line lengths and UTF-8; the round trip
			// checks that unfolding gives back the text.
			got := map[string]bool{}
			for _, v := range parseICS(t, outputFile(t, files, "timeline.ics"))[1:] {
				got[icsTextValue(t, v, "SUMMARY")] = true
			}
			for _, title := range titles {
				if !got[title] {
					t.Errorf("no SUMMARY unfolds to %q", title)
				}
			}
		})
	}
}

// TestICSEscaping checks TEXT escaping on its own (the calendar tests check
// it on whole files).
func TestICSEscaping(t *testing.T) {
	_, files := hostileSite(t, "")
	ics := string(outputFile(t, files, "timeline.ics"))
	tests := []struct {
		name, want string
	}{
		{"backslash", `with\; \\ everything`},
		{"semicolon and comma", `Here\, there\; everywhere`},
		{"newline", `Line one.\nLine two\; with a comma\, and a backslash \\.`},
	}
	unfolded := strings.ReplaceAll(ics, "\r\n ", "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(unfolded, tt.want) {
				t.Errorf("got no %q in the unfolded file", tt.want)
			}
		})
	}
}
