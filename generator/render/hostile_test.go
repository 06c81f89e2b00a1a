package render_test

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// hostileText is put in every text field of a site: markup, script links in
// their plain, mixed-case and entity-encoded forms, and an attempt to
// start a new iCalendar line.
const hostileText = `<script>alert("P1")</script> <img src=x onerror=alert("P2")> javascript:alert("P3") ` +
	`javascript&colon;alert("P4") &#106;avascript:alert("P5") vbscript:msgbox("P6") "><svg onload=alert("P7")>` +
	" controls:" + hostileControls

// hostileControls are characters no output may carry as text: C0 controls
// (but tab and line breaks), DEL, C1 controls and noncharacters.
const hostileControls = "\x00\x01\x08\x0b\x0c\x1b\x7f\u0085\u009f\ufdd0\ufffe\U0010ffff"

// hostileURLs are put in every URL field.
var hostileURLs = []string{
	`javascript:alert("U1")`, ` JaVaScRiPt:alert("U2")`, `javascript&colon;alert("U3")`,
	`&#106;avascript:alert("U4")`, `vbscript:msgbox("U5")`, `data:text/html,<script>alert("U6")</script>`,
	"java\tscript:alert(\"U7\")",
}

// hostileBody is Markdown with raw HTML and every kind of script link.
const hostileBody = `Raw <script>alert("B1")</script> and <a href="javascript:alert('B2')">a</a>.

[plain](javascript:alert("B3")) [mixed](JaVaScRiPt:alert("B4")) [entity](javascript&colon;alert("B5"))
[numeric](&#106;avascript:alert("B6")) [vb](vbscript:msgbox("B7")) [data](data:text/html;base64,PHNjcmlwdD4=)
<javascript:alert("B8")> ![img](javascript:alert("B9")) <iframe src="javascript:alert('B10')"></iframe>

<div onclick="alert('B11')">x</div>

Controls in the body:` + hostileControls + "\n"

// tomlString returns s as a TOML basic string: a JSON string is one, once
// the characters TOML refuses raw and JSON leaves so are escaped.
func tomlString(s string) string {
	b, _ := json.Marshal(s)
	return strings.NewReplacer("\x7f", `\u007f`, "\u0085", `\u0085`, "\u009f", `\u009f`).Replace(string(b))
}

// hostileMatrixSite writes a site whose config and events hold hostileText text
// in every field, with the given indexLimit.
func hostileMatrixSite(tb testing.TB, indexLimit int) string {
	tb.Helper()
	h := tomlString(hostileText)
	config := fmt.Sprintf(`title = %s
description = %s
baseURL = "https://example.org/t/"
indexLimit = %d

[[categories]]
id = "evil"
label = %s

[source]
title = %s
url = %s
`, h, h, indexLimit, h, h, tomlString(hostileURLs[0]))
	files := map[string]string{"config.toml": config}
	for i := range 3 {
		var b strings.Builder
		fmt.Fprintf(&b, "title = %s\ndate = \"200%d-0%d\"\nsummary = %s\nplace = %s\ntags = [\"<b>t</b>\", \"javascript:alert(1)\"]\ncategory = \"evil\"\nbody = %s\n",
			h, i, i+1, h, h, tomlString(hostileBody))
		for _, u := range hostileURLs {
			fmt.Fprintf(&b, "\n[[sources]]\ntitle = %s\nurl = %s\n", h, tomlString(u))
		}
		files[fmt.Sprintf("events/e%d.toml", i)] = b.String()
	}
	return testsite.New(tb, files)
}

// liveScheme reports whether a URL would run script or load a document
// when followed: javascript:, vbscript: or data:, however it is spelt once
// entities are decoded (scanHTML decodes them) and the white space and
// control characters browsers ignore are removed.
func liveScheme(value string) bool {
	v := strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, strings.ToLower(value))
	return strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") || strings.HasPrefix(v, "data:")
}

// checkHTMLInert fails when HTML from the site's text is live: an element
// that runs or embeds something, an event-handler attribute, a script link,
// or a script that holds the payload.
func checkHTMLInert(tb testing.TB, where string, data []byte) {
	tb.Helper()
	page := scanHTML(tb, data)
	for _, tag := range page.tags {
		switch tag {
		case "iframe", "object", "embed", "frame", "form", "base", "meta":
			if tag != "meta" || !strings.HasSuffix(where, ".html") {
				tb.Errorf("%s: a <%s> element from the site's text", where, tag)
			}
		}
	}
	for _, s := range page.scripts {
		if strings.Contains(s, "alert(") || strings.Contains(s, "msgbox(") {
			tb.Errorf("%s: a script from the site's text: %.80q", where, s)
		}
	}
	for _, a := range page.attrs {
		name, value := a[0], a[1]
		if strings.HasPrefix(name, "on") {
			tb.Errorf("%s: event-handler attribute %s=%q", where, name, value)
		}
		// data:, is the favicon every page declares so that browsers ask
		// for none.
		if (name == "href" || name == "src" || name == "xlink:href" || name == "action" || name == "formaction") && liveScheme(value) && value != "data:," {
			tb.Errorf("%s: live link %s=%q", where, name, value)
		}
	}
}

// TestHostileContentIsInertEverywhere puts hostileText text in every field of
// the config and the events, and checks every output: HTML pages (with the
// SVG overview), the year pages of a large site, timeline.json's HTML,
// every string of the TimelineJS export (its viewer renders them as HTML),
// the Atom feed's HTML, the sitemap's links and the iCalendar file's
// structure.
func TestHostileContentIsInertEverywhere(t *testing.T) {
	for _, limit := range []int{200, 1} {
		t.Run(fmt.Sprintf("indexLimit=%d", limit), func(t *testing.T) {
			site, err := testsite.Load(hostileMatrixSite(t, limit), load.Options{})
			if err != nil {
				t.Fatalf("hostileText text must be data, not an error: %v", err)
			}
			files, err := testsite.Render(site)
			if err != nil {
				t.Fatal(err)
			}
			htmlPages := 0
			for name, data := range files {
				if i := strings.IndexFunc(string(data), isHostileControl); i >= 0 {
					t.Errorf("%s: holds the control character %U at byte %d", name, []rune(string(data[i:]))[0], i)
				}
				for _, m := range emptyLink.FindAll(data, -1) {
					t.Errorf("%s: a link that leads nowhere: %s", name, m)
				}
				switch {
				case strings.HasSuffix(name, ".html"):
					htmlPages++
					checkHTMLInert(t, name, data)
				case name == "timeline.json":
					var doc struct{ Events []struct{ HTML string } }
					if err := json.Unmarshal(data, &doc); err != nil {
						t.Fatal(err)
					}
					for _, e := range doc.Events {
						checkHTMLInert(t, "timeline.json html", []byte(e.HTML))
					}
				case name == "timelinejs.json":
					var doc any
					if err := json.Unmarshal(data, &doc); err != nil {
						t.Fatal(err)
					}
					for _, s := range jsonStrings(doc) {
						checkHTMLInert(t, "timelinejs.json", []byte(s))
					}
				case name == "feed.xml" || name == "sitemap.xml":
					checkXMLInert(t, name, data)
				case name == "timeline.ics":
					for _, c := range parseICS(t, data) {
						if c.Kind != "VEVENT" {
							continue
						}
						for _, prop := range []string{"DTSTART", "DTEND", "UID", "SUMMARY", "DESCRIPTION", "URL"} {
							if n := c.count(prop); n > 1 {
								t.Errorf("timeline.ics: a VEVENT has %d %s lines: the text started new lines", n, prop)
							}
						}
						if liveScheme(c.get("URL")) {
							t.Errorf("timeline.ics: URL %q", c.get("URL"))
						}
					}
				}
			}
			if limit == 1 && files["years/2001.html"] == nil {
				t.Errorf("no year pages were checked")
			}
			if htmlPages < 5 {
				t.Errorf("checked %d HTML pages; want every page", htmlPages)
			}
		})
	}
}

// emptyLink matches a link whose address was dropped: it should be text.
var emptyLink = regexp.MustCompile(`<a href(=""|=)?>`)

// isHostileControl reports whether r is one of the characters no output
// may hold.
func isHostileControl(r rune) bool {
	return r != '\t' && r != '\n' && r != '\r' && (r < 0x20 || r >= 0x7f && r <= 0x9f) || r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe
}

// jsonStrings returns every string in a decoded JSON value.
func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, jsonStrings(x)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, x := range v {
			out = append(out, jsonStrings(x)...)
		}
		return out
	}
	return nil
}

// checkXMLInert reads an XML file: every link must be safe, and every
// element that carries HTML (type="html", as feed readers render it) must
// be inert HTML once unescaped.
func checkXMLInert(tb testing.TB, name string, data []byte) {
	tb.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	var htmlNext bool
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			htmlNext = false
			for _, a := range tok.Attr {
				if a.Name.Local == "href" && liveScheme(a.Value) {
					tb.Errorf("%s: <%s href=%q>", name, tok.Name.Local, a.Value)
				}
				if a.Name.Local == "type" && a.Value == "html" {
					htmlNext = true
				}
			}
		case xml.CharData:
			if htmlNext {
				checkHTMLInert(tb, name+" (html content)", []byte(tok))
			} else if liveScheme(strings.TrimSpace(string(tok))) {
				tb.Errorf("%s: a live URL as text: %q", name, tok)
			}
		case xml.EndElement:
			htmlNext = false
		}
	}
}
