package generator

import (
	"encoding/json"
	"html/template"
	"strconv"
	"strings"
	"sync"
)

// categoryInfo is a declared category as the layouts show it.
type categoryInfo struct {
	ID, Label string
	Class     string // the colour class: "c1", "c2"…
	Count     int    // events in the category
}

// eventItem is an event with its category, as the layouts show it.
type eventItem struct {
	Event    *Event
	Category *categoryInfo
}

// yearGroup is the events that start in one year.
type yearGroup struct {
	Year   int
	Events []eventItem
}

// pageData is what every layout receives.
type pageData struct {
	Site   *Site
	Config *Config
	// Root leads from the page to the site root: "" or "../".
	Root        string
	Description string
	// Canonical is the page's absolute URL, when the site has a base URL.
	Canonical     string
	SourceUpdated string
	// Calendar tells that the site has a calendar file, timeline.ics.
	Calendar bool
	Style    template.CSS
	Script   template.JS

	// The index and the year pages.
	Categories []*categoryInfo
	// Years holds the events the page lists in full, by year.
	Years []yearGroup
	// EventCount is the number of events in Years.
	EventCount int
	// YearLinks lists the years with their pages, on the index of a site
	// too large for one page.
	YearLinks       []yearLink
	Overview        template.HTML
	OverviewCaption string
	// LinkTarget is the target of links that leave the page, "_top" in
	// the embed.
	LinkTarget string
	// Year, PrevYear and NextYear are set on a year page.
	Year               int
	PrevYear, NextYear *yearLink
	// EmbedSnippet is the HTML a host page pastes to embed the timeline.
	EmbedSnippet string

	// An event page.
	Event      *Event
	Category   *categoryInfo
	Prev, Next *Event
	// Back leads from the site root to the event's place in the timeline.
	Back string
}

// renderer turns a loaded site into its output files.
type renderer struct {
	site       *Site
	layouts    layoutSet
	categories map[string]*categoryInfo
	ordered    []*categoryInfo
	style      template.CSS
	script     template.JS
	// parts keeps the events' parts of the files that list them across the
	// builds of a session; nil outside one.
	parts *partCache
	// lists takes the parts of unchanged events from the previous output,
	// and records where they go, in a build with a build cache; nil
	// outside one.
	lists *listParts
}

// newRenderer returns a renderer of site. Parsed, when not nil, keeps its
// layouts parsed and minified for the next builds of a session.
func newRenderer(site *Site, parsed *parsedLayouts) (*renderer, error) {
	r := &renderer{site: site, layouts: layoutSet{siteDir: site.Dir, parsed: parsed}, categories: map[string]*categoryInfo{}}
	for i, c := range site.Config.Categories {
		info := &categoryInfo{ID: c.ID, Label: c.Label, Class: "c" + strconv.Itoa(i%6+1)}
		r.categories[c.ID] = info
		r.ordered = append(r.ordered, info)
	}
	for _, e := range site.Events {
		if info := r.categories[e.Category]; info != nil {
			info.Count++
		}
	}
	// Pages inline these; minifying them once here spares the page
	// minifier from doing it for every page.
	style, err := r.layouts.minified("style.css")
	if err != nil {
		return nil, err
	}
	script, err := r.layouts.minified("timeline.js")
	if err != nil {
		return nil, err
	}
	r.style, r.script = template.CSS(style), template.JS(script)
	return r, nil
}

// output is one file of the site and how to make it: render makes it
// whole, pieces (for the files that list every event) in pieces.
type output struct {
	name   string // slash-separated path in the output folder
	render func() ([]byte, error)
	pieces func() (Pieces, error)
	asIs   bool // copied as it is, never minified (static files)
}

// content renders the output, and adds a page's Content-Security-Policy.
func (o *output) content() (Pieces, error) {
	if o.pieces != nil {
		return o.pieces()
	}
	data, err := o.render()
	if err != nil {
		return nil, err
	}
	if !o.asIs && strings.HasSuffix(o.name, ".html") {
		data = setCSP(data)
	}
	return Pieces{data}, nil
}

// emitFunc receives the rendered files of a site. The renderer calls it
// from several goroutines at once.
type emitFunc func(name string, content Pieces) error

// outputs lists every file the site's layouts and events make, the large
// ones first so that they overlap with the many small ones. It parses the
// layouts, so that a layout error stops a build before anything is written.
func (r *renderer) outputs() ([]output, error) {
	eventPage, err := r.layouts.page("event.html")
	if err != nil {
		return nil, err
	}
	notFound, err := r.layouts.page("404.html")
	if err != nil {
		return nil, err
	}
	index, err := r.layouts.page("index.html")
	if err != nil {
		return nil, err
	}
	embed, err := r.embedLayout()
	if err != nil {
		return nil, err
	}
	var yearPage *pageLayout
	if r.paged() {
		if yearPage, err = r.layouts.page("year.html"); err != nil {
			return nil, err
		}
	}
	outs := []output{
		{name: "index.html", render: func() ([]byte, error) { return r.index(index) }},
		{name: "embed.html", render: func() ([]byte, error) { return r.embedPage(embed) }},
		{name: "feed.xml", pieces: r.feed},
		{name: "timeline.json", pieces: r.json},
		{name: "timelinejs.json", pieces: r.timelineJS},
	}
	if r.hasCalendar() {
		outs = append(outs, output{name: "timeline.ics", pieces: r.ics})
	}
	outs = append(outs, r.yearPages(yearPage)...)
	for i, e := range r.site.Events {
		outs = append(outs, output{name: "events/" + e.ID + ".html", render: func() ([]byte, error) { return r.eventPage(eventPage, i) }})
	}
	outs = append(outs,
		output{name: "404.html", render: func() ([]byte, error) { return r.notFound(notFound) }},
		output{name: "embed.js", render: r.embedScript},
	)
	// A sitemap and robots.txt need absolute URLs, and crawlers read
	// robots.txt only at the root of a host.
	if base := r.site.Config.BaseURL; base != "" {
		outs = append(outs, output{name: "sitemap.xml", pieces: r.sitemap})
		if atHostRoot(base) {
			outs = append(outs, output{name: "robots.txt", render: func() ([]byte, error) { return r.robots(), nil }})
		}
	}
	return outs, nil
}

// render renders outs and hands each file to emit: the files that list
// every event one after another, on a goroutine of their own, and the
// others on every CPU meanwhile. A list holds a part for each event until
// it is written; rendering two at once would double the memory they take,
// for no gain in time while there are pages to render beside them. Every
// output renders itself minified; render adds each page's
// Content-Security-Policy. It returns the error of the first output that
// failed, in the order of outs.
func render(outs []output, emit emitFunc) error {
	var lists, others []int
	for i, o := range outs {
		if o.pieces != nil {
			lists = append(lists, i)
		} else {
			others = append(others, i)
		}
	}
	errs := make([]error, len(outs))
	renderOne := func(i int) error {
		content, err := outs[i].content()
		if err == nil {
			err = emit(outs[i].name, content)
		}
		errs[i] = err
		return err
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for _, i := range lists {
			if renderOne(i) != nil {
				return
			}
		}
	})
	_ = forEach(len(others), func(k int) error { return renderOne(others[k]) })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// files renders every output of the site into memory, by slash-separated
// path.
func (r *renderer) files() (map[string]Pieces, error) {
	outs, err := r.outputs()
	if err != nil {
		return nil, err
	}
	return renderToMemory(outs)
}

// renderToMemory renders outs into a map by slash-separated path.
func renderToMemory(outs []output) (map[string]Pieces, error) {
	files := make(map[string]Pieces, len(outs))
	var mu sync.Mutex
	err := render(outs, func(name string, content Pieces) error {
		mu.Lock()
		defer mu.Unlock()
		files[name] = content
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// eventPage renders the page of the ith event.
func (r *renderer) eventPage(t *pageLayout, i int) ([]byte, error) {
	e := r.site.Events[i]
	data := r.base("../", "events/"+e.ID+".html", e.Summary)
	data.Event, data.Category, data.Back = e, r.categories[e.Category], r.eventURL(e)
	if i > 0 {
		data.Prev = r.site.Events[i-1]
	}
	if i+1 < len(r.site.Events) {
		data.Next = r.site.Events[i+1]
	}
	data.Script = ""
	return t.execute(data)
}

// notFound renders 404.html.
func (r *renderer) notFound(t *pageLayout) ([]byte, error) {
	data := r.base("", "", "Page not found.")
	if r.site.Config.BaseURL != "" {
		// A host serves 404.html at any depth: only absolute links work there.
		data.Root = r.site.Config.BaseURL
	}
	data.Canonical, data.Script = "", ""
	return t.execute(data)
}

func (r *renderer) base(root, path, description string) *pageData {
	cfg := &r.site.Config
	data := &pageData{
		Site: r.site, Config: cfg, Root: root, Description: description,
		Style: r.style, Script: r.script,
	}
	if cfg.BaseURL != "" {
		data.Canonical = cfg.BaseURL + path
	}
	if d, err := ParseDate(cfg.Source.Updated); err == nil {
		data.SourceUpdated = d.Human()
	}
	data.Calendar = r.hasCalendar()
	return data
}

// hasCalendar reports whether the site has a calendar, timeline.ics: it
// needs an event.
func (r *renderer) hasCalendar() bool { return len(r.site.Events) > 0 }

func (r *renderer) index(t *pageLayout) ([]byte, error) {
	data := r.timeline()
	var err error
	data.EmbedSnippet = r.embedSnippet()
	if data.Script, err = r.withLayoutScript(data.Script, "embed-snippet.js"); err != nil {
		return nil, err
	}
	return t.execute(data)
}

// timeline returns the data of a page that shows the whole timeline at the
// site root: the index and the embed. A site too large for one page gets the
// list of its years instead of its events.
func (r *renderer) timeline() *pageData {
	data := r.base("", "", r.site.Config.Description)
	for _, c := range r.ordered {
		if c.Count > 0 {
			data.Categories = append(data.Categories, c)
		}
	}
	years := r.years()
	if r.paged() {
		data.YearLinks = r.yearLinks(years)
	} else {
		data.Years, data.EventCount = years, len(r.site.Events)
	}
	if events := r.site.Events; len(events) > 0 {
		from, to := events[0].Date.Human(), lastDate(events).Human()
		span := countEvents(len(events)) + " from " + from + " to " + to
		if from == to {
			span = countEvents(len(events)) + ", " + from
		}
		if len(events) > overviewDetailLimit {
			data.Overview = renderYearOverview(r.yearLinks(years))
			data.OverviewCaption = "Overview: " + span + ", by year. Each bar links to the events of its year."
		} else {
			data.Overview = renderOverview(events, &r.site.Config, r.overviewHref)
			data.OverviewCaption = "Overview: " + span + ". Bars are periods, dots single events; each links to its entry below."
		}
	}
	return data
}

// overviewHref is where a marker of the overview leads: the event on the
// same page, or on its year's page.
func (r *renderer) overviewHref(e *Event) string {
	if r.paged() {
		return r.eventURL(e)
	}
	return "#" + e.ID
}

// lastDate returns the latest date any event reaches: its end, or its start.
func lastDate(events []*Event) Date {
	var last Date
	for _, e := range events {
		d := e.Date
		if !e.End.IsZero() {
			d = e.End
		}
		if last.IsZero() || d.Last().After(last.Last()) {
			last = d
		}
	}
	return last
}

// jsonEvent is an event in timeline.json.
type jsonEvent struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Date     string   `json:"date"`
	End      string   `json:"end,omitempty"`
	Ongoing  bool     `json:"ongoing"`
	Category string   `json:"category,omitempty"`
	Tags     []string `json:"tags"`
	Place    string   `json:"place,omitempty"`
	Summary  string   `json:"summary"`
	HTML     string   `json:"html"`
	URL      string   `json:"url"`
	Sources  []Source `json:"sources"`
}

// json renders timeline.json: the site's events as data, in timeline order.
func (r *renderer) json() (Pieces, error) {
	doc := struct {
		Title       string      `json:"title"`
		Description string      `json:"description"`
		Events      []jsonEvent `json:"events"`
	}{Title: r.site.Config.Title, Description: r.site.Config.Description, Events: []jsonEvent{}}
	head, tail, err := jsonShell("timeline.json", doc)
	if err != nil {
		return nil, err
	}
	return r.eventList("timeline.json", head, tail, ",", "", func(e *Event) ([]byte, error) {
		sources := e.Sources
		if sources == nil {
			sources = []Source{}
		}
		return json.Marshal(jsonEvent{
			ID: e.ID, Title: e.Title, Date: e.Date.String(), End: e.End.String(), Ongoing: e.Ongoing,
			Category: e.Category, Tags: e.Tags, Place: e.Place, Summary: e.Summary,
			HTML: string(e.HTML), URL: "events/" + e.ID + ".html", Sources: sources,
		})
	})
}

// countEvents returns "1 event" or "n events".
func countEvents(n int) string {
	if n == 1 {
		return "1 event"
	}
	return strconv.Itoa(n) + " events"
}
