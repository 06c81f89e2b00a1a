package render

import (
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/render/layout"
	"github.com/natomongolia/timeline/generator/render/overview"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// yearGroup is the events that start in one year: count events of the
// site from the first.
type yearGroup struct {
	Year         int
	r            *renderer
	first, count int
}

// Label returns the year for readers ("2005", "500 BCE").
func (g yearGroup) Label() string { return g.r.dates.Year(g.Year) }

// Events returns the year's events as the layouts show them.
func (g yearGroup) Events() []*eventView { return g.views(g.first, g.first+g.count) }

// events returns the year's events.
func (g yearGroup) events() []*content.Event { return g.r.site.Events[g.first : g.first+g.count] }

// pageData is what every layout receives.
type pageData struct {
	Site   *content.Site
	Config *content.Config
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
	// RTL tells a language written from right to left.
	RTL bool
	// SourceLink is the site's source as HTML: a link to it, or its title.
	SourceLink template.HTML
	// Search is the placeholder of the search form, on the pages that
	// list events: the index, the year pages and the embed.
	Search template.HTML
	// Languages lists the page in each language of a multilingual site,
	// for the hreflang links and the language switcher; nil otherwise.
	Languages []pageLanguage
	// Untranslated is the language an event page's text is shown in
	// when the event has no translation into the page's language yet.
	Untranslated string
	// TagIndex leads from the site root to the index of tags,
	// tags/index.html, when an event has a tag.
	TagIndex string

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
	// Fuzzy tells that the overview draws dates that are approximate,
	// uncertain or not known in full, dashed.
	Fuzzy bool
	// LinkTarget is the target of links that leave the page, "_top" in
	// the embed.
	LinkTarget string
	// Year, YearLabel, PrevYear and NextYear are set on a year page.
	Year               int
	YearLabel          string
	PrevYear, NextYear *yearLink
	// EmbedSnippet is the HTML a host page pastes to embed the timeline.
	EmbedSnippet string
	// EmbedQuery, EmbedIDs and EmbedHash are the parts of the embed's
	// help as HTML: the query, the category ids, the fragment; NewCommand
	// the command that makes an event, on an empty site.
	EmbedQuery, EmbedIDs, EmbedHash, NewCommand template.HTML

	// An event page.
	Event      *eventView
	Category   *categoryInfo
	Prev, Next *eventView
	// Back leads from the site root to the event's place in the timeline.
	Back string
	// ShareImage is the picture an event page shares in its Open Graph
	// tags, when the site has a base URL.
	ShareImage *shareImage

	// A tag's page: the tag, with its events.
	Tag *tagView
	// The index of tags: every tag, sorted by name.
	AllTags []*tagView
}

// shareImage is a picture in a page's Open Graph tags.
type shareImage struct {
	URL           string
	Width, Height int
	Alt           string
}

// pageLanguage is a page in one language of the site.
type pageLanguage struct {
	Tag, Name string
	// URL leads to the page in that language: absolute with a base URL.
	URL string
	// Current tells the language of the page itself.
	Current bool
	// Default tells the site's default language (hreflang x-default).
	Default bool
}

// pageLanguages returns the page at path (from a tree's root; "" for the
// index) in every language of the site, reached from a page whose way to
// its tree's root is root.
func (r *renderer) pageLanguages(root, path string) []pageLanguage {
	if len(r.languages) == 0 {
		return nil
	}
	out := make([]pageLanguage, len(r.languages))
	for i, l := range r.languages {
		url := r.rootBase + l.Folder + path
		if r.rootBase == "" {
			if path == "" {
				path = output.Index
			}
			url = root + r.up + l.Folder + path
		}
		out[i] = pageLanguage{Tag: l.Tag, Name: l.Name, URL: url, Current: l.Folder == r.folder, Default: i == 0}
	}
	return out
}

// eventPage renders the page of the ith event.
func (r *renderer) eventPage(t *layout.Page, i int) ([]byte, error) {
	e := r.site.Events[i]
	data := r.base("../", output.EventPage(e.ID), e.Summary)
	data.Event, data.Category, data.Back = r.view(i), r.categories[e.Category], r.eventURL(e)
	if data.Event.OtherLang != "" {
		data.Untranslated = display.Tags(language.Make(r.site.Config.Language)).Name(language.Make(data.Event.OtherLang))
	}
	if lead := data.Event.Lead; lead != nil {
		data.Style = r.mediaStyle
		if o, alt, ok := lead.shareImage(); ok && r.site.Config.BaseURL != "" {
			data.ShareImage = &shareImage{URL: r.rootBase + o.Name, Width: o.Width, Height: o.Height, Alt: alt}
		}
	}
	if i > 0 {
		data.Prev = r.view(i - 1)
	}
	if i+1 < len(r.site.Events) {
		data.Next = r.view(i + 1)
	}
	data.Script = ""
	if len(frameHosts(data.Event.Media)) > 0 {
		data.Script = r.mediaScript
	}
	return t.Execute(data)
}

// notFound renders 404.html.
func (r *renderer) notFound(t *layout.Page) ([]byte, error) {
	data := r.base("", "", r.msgs.T("not_found_description"))
	if r.site.Config.BaseURL != "" {
		// A host serves 404.html at any depth: only absolute links work there.
		data.Root = r.site.Config.BaseURL
	}
	data.Canonical, data.Script, data.Languages = "", "", nil
	return t.Execute(data)
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
	if d, err := edtf.ParseDate(cfg.Source.Updated); err == nil {
		data.SourceUpdated = r.dates.Date(d).Text
	}
	data.Calendar = r.hasCalendar()
	data.Languages = r.pageLanguages(root, path)
	if r.hasTags() {
		data.TagIndex = output.TagIndex
	}
	data.RTL = r.msgs.Dir() == "rtl"
	data.SourceLink = template.HTML(template.HTMLEscapeString(cfg.Source.Title))
	if cfg.Source.URL != "" {
		data.SourceLink = template.HTML(`<a href="` + template.HTMLEscapeString(cfg.Source.URL) + `">` + string(data.SourceLink) + `</a>`)
	}
	return data
}

// hasCalendar reports whether the site has a calendar, timeline.ics: it
// needs an event the calendar can carry.
func (r *renderer) hasCalendar() bool { return r.calendar }

func (r *renderer) index(t *layout.Page) ([]byte, error) {
	data := r.timeline()
	var err error
	data.EmbedSnippet = r.embedSnippet()
	data.EmbedQuery, data.EmbedHash = "<code>?category=</code>", "<code>#</code>"
	data.NewCommand = `<code>timeline new "Title"</code>`
	if len(data.Categories) > 0 {
		ids := make([]string, len(data.Categories))
		for i, c := range data.Categories {
			ids[i] = "<code>" + template.HTMLEscapeString(c.ID) + "</code>"
		}
		data.EmbedIDs = template.HTML(" (" + strings.Join(ids, ", ") + ")")
	}
	if data.Script, err = r.withLayoutScript(data.Script, "embed-snippet.js"); err != nil {
		return nil, err
	}
	r.withSearch(data, "")
	return t.Execute(data)
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
		data.Style = r.listStyle(nil)
	} else {
		data.Years, data.EventCount = years, len(r.site.Events)
		data.Style = r.listStyle(r.site.Events)
	}
	if events := r.site.Events; len(events) > 0 {
		data.Style += r.todayStyle
		from, to := r.dates.Date(events[0].Date).Text, r.dates.Date(lastDate(events)).Text
		count := r.msgs.N("event_count", len(events))
		span := r.msgs.T("overview_span", "Count", count, "From", from, "To", to)
		if from == to {
			span = r.msgs.T("overview_one_date", "Count", count, "Date", from)
		}
		if len(events) > overviewDetailLimit {
			data.Overview = overview.DrawYears(r.overviewYears(years), r.overviewEras(), r.axisLabels())
			data.OverviewCaption = r.msgs.T("overview_years", "Span", span)
		} else {
			events := r.overviewEvents()
			data.Overview = overview.Draw(events, r.overviewEras(), r.axisLabels())
			data.OverviewCaption = r.msgs.T("overview_events", "Span", span)
			for _, e := range events {
				data.Fuzzy = data.Fuzzy || e.Fuzzy
			}
			if data.Fuzzy {
				data.OverviewCaption += r.msgs.T("overview_fuzzy")
			}
		}
	}
	return data
}

// overviewEvents returns the site's events as the overview draws them.
func (r *renderer) overviewEvents() []overview.Event {
	events := make([]overview.Event, len(r.site.Events))
	for i, e := range r.site.Events {
		v := r.view(i)
		events[i] = overview.Event{
			Href: r.overviewHref(e), Label: e.Title + ", " + v.Span,
			First: e.Date.First(), After: e.Last().Next(), Range: !e.End.IsZero() || e.EndUnknown, Ongoing: e.Ongoing,
			Fuzzy: v.Fuzzy,
		}
		if c := r.categories[e.Category]; c != nil {
			events[i].Class = c.Class
		}
	}
	return events
}

// overviewYears returns the years of a large site as the overview draws
// them.
func (r *renderer) overviewYears(years []yearGroup) []overview.Year {
	links := r.yearLinks(years)
	bars := make([]overview.Year, len(links))
	for i, y := range links {
		bars[i] = overview.Year{Year: y.Year, Count: y.Count, URL: y.URL}
	}
	return bars
}

// overviewHref is where a marker of the overview leads: the event on the
// same page, or on its year's page.
func (r *renderer) overviewHref(e *content.Event) string {
	if r.paged() {
		return r.eventURL(e)
	}
	return "#" + e.ID
}

// lastDate returns the latest date any event reaches: its end, or its start.
func lastDate(events []*content.Event) edtf.Date {
	var last edtf.Date
	for _, e := range events {
		d := e.Date
		if !e.End.IsZero() {
			d = e.End
		}
		if last.IsZero() || d.Last().Compare(last.Last()) > 0 {
			last = d
		}
	}
	return last
}
