// Package render turns a loaded site into its output files: it plans every
// file with what it is made of (Plan), and renders them, minified, on
// every CPU (Run). Each output kind declares its fingerprint, the sum of
// what it shows beyond the config, the layouts and the build options: an
// incremental build renders again exactly the outputs whose fingerprints
// changed, and a new kind of output cannot be forgotten by it.
package render

import (
	"crypto/sha256"
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/i18n"
	"github.com/natomongolia/timeline/generator/render/layout"
	"github.com/natomongolia/timeline/generator/render/overview"
	"github.com/natomongolia/timeline/generator/search"
	"github.com/natomongolia/timeline/generator/tags"
)

// Options say how to render a site.
type Options struct {
	// Layouts, when not nil, keeps the layouts parsed for the next builds
	// with the same layouts; its digest must be the site's layouts'.
	Layouts *layout.Parsed
	// Parts, when not nil, holds the parts of the files that list every
	// event as an earlier build rendered them, and takes this build's.
	Parts Parts
	// MediaData returns the bytes of a media output file ("media/…"),
	// when the build writes it.
	MediaData func(name string) ([]byte, error)
	// Messages are the words of the interface in the site's language;
	// nil means English.
	Messages *i18n.Catalog
	// Languages lists the languages a multilingual site is published in,
	// its default language first; nil for a site in one language.
	Languages []Language
	// SearchCache, when not nil, keeps the events' words for the search
	// index from one build to the next.
	SearchCache *search.Cache
	// Folder is the folder of the language tree rendered, "fr/" for a
	// further language (Language.Folder), "" for the site root. A tree
	// in a folder has the pages, the embed and the exports of the site
	// root, in its language; the media, the static files, 404.html, the
	// sitemap and robots.txt are the root's alone.
	Folder string
}

// Language is one language a site is published in.
type Language struct {
	// Tag is its BCP 47 tag, Name its name in itself ("français"), Dir
	// the direction of its script, "ltr" or "rtl".
	Tag, Name, Dir string
	// Folder holds its tree: "" for the default language, "<tag>/" for
	// the others.
	Folder string
}

// Parts keeps the part each event has in each file that lists every event
// (feed.xml, timeline.json and the like), from one build to the next. Its
// method is safe for concurrent use.
type Parts interface {
	// List returns the parts of file as an earlier build rendered them,
	// in the same context (what the parts depend on besides their
	// events), and takes this build's.
	List(file, context string) List
}

// List is the parts of one file that lists every event. One goroutine at a
// time renders the file and uses its List.
type List interface {
	// Part returns the part of e as an earlier build rendered it, when
	// what e shows (content.Event.Shown) is the same.
	Part(e *content.Event, shown [sha256.Size]byte) ([]byte, bool)
	// Put keeps the part this build rendered for e, which shows shown.
	Put(e *content.Event, shown [sha256.Size]byte, part []byte)
	// Done tells how the parts lie in the file, once it is rendered.
	Done(layout ListLayout)
}

// ListLayout tells where the events' parts lie in a file that lists every
// event: after Head bytes, one part for each published event in timeline
// order, of Lens bytes, joined by Sep bytes. Context is what the parts
// depend on besides their events.
type ListLayout struct {
	Context   string
	Head, Sep int
	Lens      []int
	// Shown holds what each part shows (content.Event.Shown), in the
	// files of a further language's tree, whose parts show the event's
	// translation too; nil in the others, whose parts show what the
	// event's file does.
	Shown [][sha256.Size]byte
}

// categoryInfo is a declared category as the layouts show it.
type categoryInfo struct {
	ID, Label string
	Class     string // the colour class: "c1", "c2"…, or "c-<id>" (colourClass)
	Count     int    // events in the category
}

// renderer turns a loaded site into its output files.
type renderer struct {
	site *content.Site
	// layoutsDigest sums the site's own layouts: every page shows them.
	layoutsDigest [32]byte
	layouts       layout.Set
	parts         Parts
	msgs          *i18n.Catalog
	dates         *datefmt.Formatter
	views         *views
	// calendar tells that the site has a calendar (see hasCalendar).
	calendar   bool
	categories map[string]*categoryInfo
	ordered    []*categoryInfo
	style      template.CSS
	script     template.JS
	// mediaStyle is style with the rules of media, for the pages that show
	// them; mediaScript the script of the players embedded after a click.
	mediaStyle  template.CSS
	mediaScript template.JS
	mediaData   func(name string) ([]byte, error)
	search      searchAssets
	searchCache *search.Cache
	// shown holds what each event with media shows (content.Event.Shown).
	shown map[*content.Event][sha256.Size]byte
	// media tells that some published event shows media.
	media bool
	// folder is the language tree's folder ("" or "fr/"), up leads from
	// it to the site root ("" or "../"), and rootBase is the site root's
	// base URL, or "".
	folder, up, rootBase string
	languages            []Language
	// eras are the site's eras; erasStyle the rules that draw them, on the
	// pages that list events, and todayStyle those of the present day, on
	// the pages with an overview.
	eras                  []*eraView
	erasStyle, todayStyle template.CSS
	// tags are the tags of the published events.
	tags *tags.Index
}

// newRenderer returns a renderer of site.
func newRenderer(site *content.Site, opts Options) (*renderer, error) {
	msgs := opts.Messages
	if msgs == nil {
		msgs = i18n.English()
	}
	r := &renderer{
		site: site, layouts: layout.NewSet(site.Dir, opts.Layouts, layoutWords(msgs)), parts: opts.Parts, categories: map[string]*categoryInfo{},
		msgs: msgs, dates: msgs.Dates(), views: newViews(len(site.Events)),
		calendar:  LeftOutOfCalendar(site.Events) < len(site.Events),
		mediaData: opts.MediaData, shown: map[*content.Event][sha256.Size]byte{},
		searchCache: opts.SearchCache,
		folder:      opts.Folder, rootBase: strings.TrimSuffix(site.Config.BaseURL, opts.Folder), languages: opts.Languages,
	}
	if r.folder != "" {
		r.up = "../"
	}
	// Every tree names a tag's page alike, as its default language does:
	// a page's address in another language is its folder and the same
	// path.
	slugLang := msgs.Tag
	if len(r.languages) > 0 {
		slugLang = r.languages[0].Tag
	}
	r.tags = tags.New(site.Events, slugLang)
	for _, e := range site.Events {
		if len(e.Media) > 0 {
			r.shown[e], r.media = e.Shown(site.Media), true
		}
	}
	if opts.Layouts != nil {
		r.layoutsDigest = opts.Layouts.Digest()
	} else {
		digest, err := layout.Digest(site.Dir)
		if err != nil {
			return nil, err
		}
		r.layoutsDigest = digest
	}
	for i, c := range site.Config.Categories {
		info := &categoryInfo{ID: c.ID, Label: c.Label, Class: colourClass(i, c)}
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
	style, err := r.layouts.Minified("style.css")
	if err != nil {
		return nil, err
	}
	script, err := r.layouts.Minified("timeline.js")
	if err != nil {
		return nil, err
	}
	if len(r.languages) > 0 {
		css, err := r.layouts.Minified("languages.css")
		if err != nil {
			return nil, err
		}
		style += css
	}
	if r.hasTags() {
		css, err := r.layouts.Minified("tags.css")
		if err != nil {
			return nil, err
		}
		style += css
	}
	r.style, r.script = template.CSS(style)+colourRules(site.Config.Categories), template.JS(script)
	if r.search, err = newSearchAssets(); err != nil {
		return nil, err
	}
	today, err := r.layouts.Minified("today.css")
	if err != nil {
		return nil, err
	}
	r.todayStyle = template.CSS(today)
	if r.eras = r.newEraViews(); len(r.eras) > 0 {
		css, err := r.layouts.Minified("eras.css")
		if err != nil {
			return nil, err
		}
		r.erasStyle = template.CSS(css)
	}
	if r.media {
		css, err := r.layouts.Minified("media.css")
		if err != nil {
			return nil, err
		}
		js, err := r.layouts.Minified("media.js")
		if err != nil {
			return nil, err
		}
		r.mediaStyle, r.mediaScript = r.style+template.CSS(css), template.JS(js)
	}
	return r, nil
}

// defaultLanguage returns the tag of the site's default language when the
// renderer renders a further language's tree, or "".
func (r *renderer) defaultLanguage() string {
	if r.folder == "" || len(r.languages) == 0 {
		return ""
	}
	return r.languages[0].Tag
}

// version returns what the event shows: its version, with its media
// files' when it has some (content.Event.Shown).
func (r *renderer) version(e *content.Event) [sha256.Size]byte {
	if v, ok := r.shown[e]; ok {
		return v
	}
	return e.Version
}

// axisLabels are the labels of the overview's axis in the site's language.
func (r *renderer) axisLabels() overview.Labels {
	return overview.Labels{
		Year:  r.dates.Year,
		Month: func(_, m int) string { return r.dates.ShortMonth(m) },
		Day:   func(_, m, d int) string { return r.dates.Number(d) + " " + r.dates.ShortMonth(m) },
		YearBar: func(years string, count int) string {
			return r.msgs.T("overview_bar", "Years", years, "Count", r.msgs.N("event_count", count))
		},
		Eras:        r.msgs.T("eras"),
		RightToLeft: r.msgs.Dir() == "rtl",
	}
}
