package render_test

import (
	"bytes"
	"encoding/json"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/media/mediatest"
)

// galleryFiles renders the gallery fixture, with the given lines added to
// its config.toml (first, or last when they are a table), and returns its
// output files.
func galleryFiles(t *testing.T, config string) map[string][]byte {
	t.Helper()
	dir := testsite.Gallery(t)
	if config != "" {
		path := filepath.Join(dir, "config.toml")
		old, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// Top-level keys go before the first table, a table after the last.
		text := config + "\n" + string(old)
		if strings.HasPrefix(config, "[") {
			text = string(old) + "\n" + config
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, files := testsite.MustRender(t, dir, load.Options{})
	return files
}

// outputsOf returns the names of the media outputs made from the source
// file of the given stem ("harbour"), in order.
func outputsOf(files map[string][]byte, stem string) []string {
	var names []string
	for _, name := range testsite.SortedKeys(files) {
		if strings.HasPrefix(name, "media/"+stem+"-") {
			names = append(names, name)
		}
	}
	return names
}

// TestMediaImagesResizedAndStripped decodes every image the gallery's
// build writes: each width is one of the widths asked for or the image's
// own, none is wider than the source, the turned photograph stands
// upright, and no metadata of any source survives.
func TestMediaImagesResizedAndStripped(t *testing.T) {
	files := galleryFiles(t, "")
	for _, want := range []struct {
		stem   string
		sizes  [][2]int
		format string
	}{
		// 2400×1600 turned by EXIF orientation 6: 1600×2400 upright.
		{"harbour", [][2]int{{320, 480}, {640, 960}, {960, 1440}, {1600, 2400}}, "jpeg"},
		{"documentary-still", [][2]int{{320, 180}, {640, 360}, {960, 540}, {1600, 900}, {1920, 1080}}, "jpeg"},
		{"fire-map", [][2]int{{320, 213}, {640, 427}, {900, 600}}, "png"},
		{"ornament", [][2]int{{300, 60}}, "png"},
	} {
		names := outputsOf(files, want.stem)
		if len(names) != len(want.sizes) {
			t.Errorf("%s: got outputs %v, want %d sizes", want.stem, names, len(want.sizes))
			continue
		}
		var got [][2]int
		for _, name := range names {
			data := files[name]
			cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if format != want.format {
				t.Errorf("%s: format %s, want %s", name, format, want.format)
			}
			got = append(got, [2]int{cfg.Width, cfg.Height})
			for _, mark := range [][]byte{[]byte("Exif"), []byte(mediatest.GPSText), []byte("xmpmeta"), []byte("ICC_PROFILE"), []byte("a comment"), []byte("tEXt"), []byte("iTXt"), []byte("iCCP"), []byte("eXIf")} {
				if bytes.Contains(data, mark) {
					t.Errorf("%s keeps metadata: %q", name, mark)
				}
			}
		}
		sortSizes(got)
		if !equalSizes(got, want.sizes) {
			t.Errorf("%s: sizes %v, want %v", want.stem, got, want.sizes)
		}
	}
	svg := files[outputsOf(files, "seal")[0]]
	for _, bad := range []string{testsite.HostileMark, "<script", "onload", "onclick", "javascript:"} {
		if bytes.Contains(svg, []byte(bad)) {
			t.Errorf("the sanitised SVG keeps %q:\n%s", bad, svg)
		}
	}
	if !bytes.Contains(svg, []byte("<circle")) || !bytes.Contains(svg, []byte("Valparaíso")) {
		t.Errorf("the sanitised SVG lost its drawing:\n%s", svg)
	}
}

func sortSizes(s [][2]int) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j][0] < s[i][0] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func equalSizes(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMediaOutputsRepeat renders the gallery twice from nothing: every
// byte of every output is the same.
func TestMediaOutputsRepeat(t *testing.T) {
	a, b := galleryFiles(t, ""), galleryFiles(t, "")
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds: %s", name, testsite.FirstDifference(data, b[name]))
		}
	}
}

// find returns the first match of the pattern in the page, or fails.
func find(t *testing.T, page string, files map[string][]byte, pattern string) string {
	t.Helper()
	m := regexp.MustCompile(pattern).FindString(string(files[page]))
	if m == "" {
		t.Errorf("%s: no match for %s", page, pattern)
	}
	return m
}

// checkAttrs checks that the HTML tag has each attribute (name, value,
// name, value…), quoted or not as the minifier left it; an empty value
// also matches a bare attribute.
func checkAttrs(t *testing.T, page, tag string, pairs ...string) {
	t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		name, value := regexp.QuoteMeta(pairs[i]), regexp.QuoteMeta(pairs[i+1])
		re := `\s` + name + `=(?:"` + value + `"|` + value + `(?:[\s>]))`
		if pairs[i+1] == "" {
			re = `\s` + name + `(?:=""|[\s>])`
		}
		if !regexp.MustCompile(re).MatchString(tag) {
			t.Errorf("%s: %s lacks %s=%q", page, tag, pairs[i], pairs[i+1])
		}
	}
}

// policyOf returns a page's Content-Security-Policy.
func policyOf(t *testing.T, files map[string][]byte, page string) string {
	t.Helper()
	m := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindSubmatch(files[page])
	if m == nil {
		t.Fatalf("%s has no Content-Security-Policy", page)
	}
	return string(m[1])
}

// TestMediaOnPages checks the markup of each kind of media on its event
// page, the thumbnails of the lists, and each page's policy.
func TestMediaOnPages(t *testing.T) {
	files := galleryFiles(t, "")
	harbour := "events/1880-harbour.html"
	img := find(t, harbour, files, `<img src="\.\./media/harbour-[0-9a-f]{8}-960\.jpg"[^>]*>`)
	for _, want := range []string{`srcset="../media/harbour-`, ` 320w, `, ` 1600w"`, `sizes="(min-width: 48rem) min(43rem, 1600px), min(calc(100vw - 5rem), 1600px)"`} {
		if !strings.Contains(img, want) {
			t.Errorf("%s: the image lacks %s: %s", harbour, want, img)
		}
	}
	checkAttrs(t, harbour, img, "width", "1600", "height", "2400", "alt", "Steamships and sailing ships at anchor in a wide bay, hills behind", "loading", "lazy", "decoding", "async")
	find(t, harbour, files, `<figure class="media media-image"><a href="https://example.org/archive/harbour"><img `)
	find(t, harbour, files, `<figcaption><span class=caption>The bay seen from Cerro Alegre.</span> <span class=credit>Photo: Archivo del Puerto</span></figcaption>`)
	if p := policyOf(t, files, harbour); strings.Contains(p, "media-src") || strings.Contains(p, "frame-src") || strings.Contains(p, "script-src") {
		t.Errorf("%s: a page with a photograph allows more than images: %s", harbour, p)
	}

	newsreel := "events/1910-newsreel.html"
	video := find(t, newsreel, files, `<video [^>]*>.*?</video>`)
	for _, want := range []string{`<video controls `, `poster="../media/quays-still-`, `<source src="../media/quays-`, `<track kind=captions src="../media/quays-`, `.vtt"`} {
		if !strings.Contains(video, want) {
			t.Errorf("%s: the video lacks %s: %s", newsreel, want, video)
		}
	}
	checkAttrs(t, newsreel, video, "preload", "none", "width", "1280", "height", "720", "aria-label", "Cranes unloading a steamer at a stone quay", "type", "video/mp4", "srclang", "en")
	if p := policyOf(t, files, newsreel); !strings.Contains(p, "media-src 'self'") || strings.Contains(p, "frame-src") {
		t.Errorf("%s: policy %q, want media-src 'self' and no frame-src", newsreel, p)
	}

	interview := "events/1925-interview.html"
	find(t, interview, files, `<audio controls preload="?none"?><source src="\.\./media/interview-[0-9a-f]{8}\.mp3" type="?audio/mpeg"?><track kind=captions`)
	find(t, interview, files, `<a href="\.\./media/interview-[0-9a-f]{8}\.vtt">Transcript \(WebVTT\)</a>`)

	// Remote media is a link unless the site opts in: no player, no
	// request, no frame allowed.
	documentary := "events/1931-documentary.html"
	find(t, documentary, files, `<a class="card poster" href="https://www\.youtube\.com/watch\?v=dQw4w9WgXcQ" rel=noreferrer><img src="\.\./media/documentary-still-`)
	for _, absent := range []string{"youtube-nocookie", "<iframe", "data-embed"} {
		if bytes.Contains(files[documentary], []byte(absent)) {
			t.Errorf("%s holds %q without embeds in config.toml", documentary, absent)
		}
	}
	if p := policyOf(t, files, documentary); strings.Contains(p, "frame-src") || strings.Contains(p, "script-src") {
		t.Errorf("%s: policy %q allows frames or scripts without embeds", documentary, p)
	}

	canal := "events/1914-canal.html"
	ornament := find(t, canal, files, `<img src="\.\./media/ornament-[0-9a-f]{8}-300\.png"[^>]*>`)
	checkAttrs(t, canal, ornament, "width", "300", "height", "60", "alt", "")
	if strings.Contains(ornament, "srcset") {
		t.Errorf("%s: an image of one size has a srcset: %s", canal, ornament)
	}
	find(t, canal, files, `<a class="?card"? href="https://vimeo\.com/76979871" rel=noreferrer><span class=card-text><span class=provider>Vimeo</span> <span class=action>Watch on Vimeo</span>`)

	// The lists show the lead picture as a thumbnail, from their own
	// folder.
	for page, prefix := range map[string]string{"index.html": "media/", "embed.html": "media/"} {
		thumbs := regexp.MustCompile(`<img class=thumb src="([^"]+)"`).FindAllStringSubmatch(string(files[page]), -1)
		var got []string
		for _, m := range thumbs {
			got = append(got, regexp.MustCompile(`-[0-9a-f]{8}-`).ReplaceAllString(m[1], "-"))
		}
		want := []string{prefix + "harbour-320.jpg", prefix + "fire-map-320.png", prefix + "quays-still-320.jpg", prefix + "ornament-300.png", prefix + "documentary-still-320.jpg"}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s thumbnails:\n got %v\nwant %v", page, got, want)
		}
	}
	for _, page := range []string{"index.html", "events/1880-harbour.html"} {
		if !bytes.Contains(files[page], []byte(".thumb{")) {
			t.Errorf("%s lacks the style of media", page)
		}
	}
	if bytes.Contains(files["events/1899-customs-house.html"], []byte(".thumb{")) {
		t.Errorf("a page without media carries the style of media")
	}
}

// TestMediaEmbedsOptedIn opts in to YouTube's and Vimeo's players: a page
// gets the privacy-enhanced player's address, a button, its script, and a
// policy that frames exactly that host.
func TestMediaEmbedsOptedIn(t *testing.T) {
	files := galleryFiles(t, "[media]\nembeds = [\"youtube\", \"vimeo\"]\n")
	for page, host := range map[string]string{"events/1931-documentary.html": "www.youtube-nocookie.com", "events/1914-canal.html": "player.vimeo.com"} {
		find(t, page, files, `<div class=player data-embed="https://`+regexp.QuoteMeta(host)+`/`)
		find(t, page, files, `<button type=button class=play hidden>Play here</button>`)
		p := policyOf(t, files, page)
		frames := regexp.MustCompile(`frame-src ([^;]*)`).FindStringSubmatch(p)
		if frames == nil || frames[1] != "https://"+host || !strings.Contains(p, "script-src 'sha256-") {
			t.Errorf("%s: policy %q, want frame-src https://%s alone and the page's script", page, p, host)
		}
		if bytes.Contains(files[page], []byte("<iframe")) {
			t.Errorf("%s holds an iframe before any click", page)
		}
	}
	for _, page := range []string{"index.html", "events/1880-harbour.html"} {
		if p := policyOf(t, files, page); strings.Contains(p, "frame-src") {
			t.Errorf("%s: policy %q frames other sites, but shows no player", page, p)
		}
	}
}

// TestMediaInDataAndFeeds checks media in timeline.json, timelinejs.json,
// the feed and Open Graph.
func TestMediaInDataAndFeeds(t *testing.T) {
	files := galleryFiles(t, `baseURL = "https://example.org/harbour/"`)
	var data struct {
		Events []struct {
			ID    string
			Media []struct {
				Type, URL, MediaType, Alt, Caption, Credit, Link, Captions, Provider string
				Width, Height                                                        int
				Decorative                                                           bool
				Sizes                                                                []struct {
					URL           string
					Width, Height int
				}
				Poster *struct {
					URL           string
					Width, Height int
				}
			}
		}
	}
	if err := json.Unmarshal(files["timeline.json"], &data); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, e := range data.Events {
		byID[e.ID] = i
	}
	harbour := data.Events[byID["1880-harbour"]].Media
	if len(harbour) != 1 || harbour[0].Type != "image" || !strings.HasPrefix(harbour[0].URL, "media/harbour-") || harbour[0].Width != 1600 || harbour[0].Height != 2400 ||
		harbour[0].Alt == "" || harbour[0].Credit != "Archivo del Puerto" || len(harbour[0].Sizes) != 4 || harbour[0].MediaType != "image/jpeg" {
		t.Errorf("timeline.json 1880-harbour media: %+v", harbour)
	}
	for _, s := range harbour[0].Sizes {
		if _, ok := files[s.URL]; !ok {
			t.Errorf("timeline.json names %s, which the build does not write", s.URL)
		}
	}
	doc := data.Events[byID["1931-documentary"]].Media
	if len(doc) != 1 || doc[0].Type != "remote" || doc[0].URL != "https://www.youtube.com/watch?v=dQw4w9WgXcQ" || doc[0].Provider != "YouTube" || doc[0].Poster == nil || doc[0].Poster.Width != 1920 {
		t.Errorf("timeline.json 1931-documentary media: %+v", doc)
	}
	if m := data.Events[byID["1899-customs-house"]].Media; m != nil {
		t.Errorf("timeline.json gives an event without media %+v", m)
	}
	if bytes.Contains(files["timeline.json"], []byte(`"media":null`)) || bytes.Contains(files["timeline.json"], []byte(`"media":[]`)) {
		t.Errorf("timeline.json writes an empty media")
	}

	var tljs struct {
		Events []struct {
			UniqueID string `json:"unique_id"`
			Media    *struct {
				URL, Caption, Credit, Alt, Thumbnail, Link string
			} `json:"media"`
		} `json:"events"`
	}
	if err := json.Unmarshal(files["timelinejs.json"], &tljs); err != nil {
		t.Fatal(err)
	}
	for _, e := range tljs.Events {
		switch e.UniqueID {
		case "1880-harbour":
			if m := e.Media; m == nil || !strings.HasPrefix(m.URL, "media/harbour-") || !strings.HasSuffix(m.Thumbnail, "-320.jpg") || m.Alt == "" || m.Credit != "Archivo del Puerto" || m.Link != "https://example.org/archive/harbour" {
				t.Errorf("timelinejs.json %s media: %+v", e.UniqueID, m)
			}
		case "1931-documentary":
			if m := e.Media; m == nil || m.URL != "https://www.youtube.com/watch?v=dQw4w9WgXcQ" || !strings.Contains(m.Thumbnail, "documentary-still-") {
				t.Errorf("timelinejs.json %s media: %+v", e.UniqueID, m)
			}
		case "1899-customs-house":
			if e.Media != nil {
				t.Errorf("timelinejs.json %s: media %+v for an event without", e.UniqueID, e.Media)
			}
		}
	}

	feed := string(files["feed.xml"])
	if !regexp.MustCompile(`&lt;img src="https://example\.org/harbour/media/harbour-[0-9a-f]{8}-960\.jpg" width="960" height="1440" alt="Steamships`).MatchString(feed) {
		t.Errorf("feed.xml lacks the lead image of 1880-harbour, with an absolute address:\n%s", feed[:min(len(feed), 3000)])
	}

	page := string(files["events/1880-harbour.html"])
	for _, want := range []string{
		`<meta property="og:image" content="https://example.org/harbour/media/harbour-`,
		`<meta property="og:image:width" content="1600">`,
		`<meta property="og:image:height" content="2400">`,
		`<meta property="og:image:alt" content="Steamships and sailing ships at anchor in a wide bay, hills behind">`,
		`<meta name=twitter:card content="summary_large_image">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("events/1880-harbour.html lacks %s", want)
		}
	}
	if other := string(files["events/1899-customs-house.html"]); strings.Contains(other, "og:image") || !strings.Contains(other, `<meta name=twitter:card content="summary">`) {
		t.Errorf("a page without media has an image card")
	}
	// SVG is not shared: no reader of Open Graph shows it.
	if strings.Contains(string(files["events/1906-08-16-earthquake.html"]), `og:image" content="https://example.org/harbour/media/seal`) {
		t.Errorf("an SVG is shared in Open Graph")
	}
}
