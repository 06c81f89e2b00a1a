package render

import (
	"html/template"
	"strings"
	"sync"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/edtf"
)

// eventView is an event as the layouts show it: the event, its category,
// and its dates written for readers in the site's language. The event's
// fields are promoted: a layout reads .Title and .When alike.
type eventView struct {
	*content.Event
	Category *categoryInfo
	// When is the event's dates as HTML: each date in a <time> where HTML
	// has a value for it, or a <span data-edtf> with its EDTF form.
	When template.HTML
	// Span is the event's dates as plain text, Start its first date's.
	Span, Start string
	// OtherLang is the language of the event's text when it is not the
	// page's: the default language's, on the page of a further language
	// that has no translation of the event yet; OtherDir its direction,
	// when it is not the page's.
	OtherLang, OtherDir string
	// Fuzzy tells that a date of the event is approximate, uncertain or
	// not known to the day it is written to.
	Fuzzy bool
	// Media holds the event's media, processed; Lead is the first, More
	// the others.
	Media []*mediaView
	Lead  *mediaView
	More  []*mediaView
	// tagLinks are the event's tags with their pages (TagsAt).
	tagLinks []tagLink
}

// views makes the event views of a site once each, when a page first asks:
// an incremental build renders a few pages of many.
type views struct {
	once  []sync.Once
	views []eventView
}

func newViews(n int) *views {
	return &views{once: make([]sync.Once, n), views: make([]eventView, n)}
}

// view returns the view of the ith event of the site.
func (r *renderer) view(i int) *eventView {
	r.views.once[i].Do(func() {
		e := r.site.Events[i]
		span := r.dates.Span(e.Date, e.End, e.Ongoing, e.EndUnknown)
		v := eventView{Event: e, Category: r.categories[e.Category], Span: span.String(), When: spanHTML(span)}
		v.Start = r.dates.Date(e.Date).Text
		if def := r.defaultLanguage(); def != "" && e.Lang == "" {
			v.OtherLang = def
			if dir := r.languages[0].Dir; dir != r.msgs.Dir() {
				v.OtherDir = dir
			}
		}
		v.Fuzzy = fuzzy(e.Date) || fuzzy(e.End) || e.EndUnknown
		v.tagLinks = r.eventTagLinks(i)
		if len(e.Media) > 0 {
			v.Media = r.mediaViews(e)
			if len(v.Media) > 0 {
				v.Lead, v.More = v.Media[0], v.Media[1:]
			}
		}
		if e.Display != "" {
			v.Span, v.Start = e.Display, e.Display
			v.When = spanHTML(datefmt.Span{{Date: &datefmt.Text{Text: e.Display, DateTime: r.dates.Date(e.Date).DateTime, EDTF: edtfOf(e)}}})
		}
		r.views.views[i] = v
	})
	return &r.views.views[i]
}

// edtfOf returns the EDTF form of an event's dates: its date, or the
// interval of its date and end.
func edtfOf(e *content.Event) string {
	switch {
	case e.Ongoing:
		return e.Date.String() + "/.."
	case e.EndUnknown:
		return e.Date.String() + "/"
	case !e.End.IsZero():
		return e.Date.String() + "/" + e.End.String()
	}
	return e.Date.String()
}

// spanHTML writes a span as HTML: text escaped, each date in a <time>
// element with its value, or in a <span data-edtf> when HTML has none for
// it (a date before year 1, approximate, or known to the decade).
func spanHTML(span datefmt.Span) template.HTML {
	var b strings.Builder
	for _, p := range span {
		if p.Date == nil {
			b.WriteString(template.HTMLEscapeString(p.Text))
			continue
		}
		if p.Date.DateTime != "" {
			b.WriteString(`<time datetime="` + p.Date.DateTime + `">`)
			b.WriteString(template.HTMLEscapeString(p.Date.Text))
			b.WriteString(`</time>`)
		} else {
			b.WriteString(`<span class="edtf" data-edtf="` + template.HTMLEscapeString(p.Date.EDTF) + `">`)
			b.WriteString(template.HTMLEscapeString(p.Date.Text))
			b.WriteString(`</span>`)
		}
	}
	return template.HTML(b.String())
}

// fuzzy reports whether d is approximate, uncertain, or has digits that
// are not specified: the overview draws such dates dashed.
func fuzzy(d edtf.Date) bool {
	return d.Approximate || d.Uncertain || d.UnspecifiedYearDigits > 0 || d.UnspecifiedMonth || d.UnspecifiedDay
}
