package render

import (
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/internal/minify"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/search"
)

// searchPolicy lets a page with a search load the index, a script of the
// site: script-src 'self' (see package search).
const searchPolicy = "script-src 'self'"

// searchAssets are the search's client and style sheet, minified once.
type searchAssets struct {
	style  template.CSS
	script template.JS
}

// newSearchAssets minifies the search's client and style sheet.
func newSearchAssets() (searchAssets, error) {
	css, err := minify.File("search.css", []byte(search.Style))
	if err != nil {
		return searchAssets{}, err
	}
	js, err := minify.File("search.js", []byte(search.Script))
	if err != nil {
		return searchAssets{}, err
	}
	return searchAssets{style: template.CSS(css), script: template.JS(js)}, nil
}

// withSearch gives a page that lists events the search: its placeholder,
// reached from the page by root ("" or "../"), its style and its client.
func (r *renderer) withSearch(data *pageData, root string) {
	data.Search = r.searchBox(root, data.LinkTarget)
	data.Style += r.search.style
	if data.Script != "" {
		data.Script += ";"
	}
	data.Script += r.search.script
}

// searchBox returns the placeholder the search's client turns into a
// search form, with the words of the interface in the page's language.
func (r *renderer) searchBox(root, target string) template.HTML {
	var b strings.Builder
	attr := func(name, value string) {
		b.WriteString(" data-" + name + `="` + template.HTMLEscapeString(value) + `"`)
	}
	b.WriteString(`<div class="search" id="search" hidden`)
	attr("index", root+output.SearchIndex)
	attr("root", root)
	attr("label", r.msgs.T("search_label"))
	forms := r.msgs.Forms("search_found")
	for _, category := range []string{"zero", "one", "two", "few", "many", "other"} {
		if text, ok := forms[category]; ok {
			attr("found-"+category, text)
		}
	}
	attr("none", r.msgs.T("search_none"))
	attr("more", r.msgs.T("search_more"))
	attr("loading", r.msgs.T("search_loading"))
	attr("error", r.msgs.T("search_error"))
	if target != "" {
		attr("target", target)
	}
	b.WriteString(`></div>`)
	return template.HTML(b.String())
}

// searchIndex renders search-index.js: the words of every event, with
// its title, dates and page, in timeline order.
func (r *renderer) searchIndex() ([]byte, error) {
	docs := make([]search.Doc, len(r.site.Events))
	keys := make([]string, len(r.site.Events))
	for i, e := range r.site.Events {
		// The version sums the event's file and its translation's: the
		// words the index holds.
		keys[i] = e.ID + "\x00" + string(e.Version[:])
		docs[i] = search.Doc{
			ID: e.ID, Title: e.Title, Dates: r.view(i).Span, URL: output.EventPage(e.ID),
			Tags: e.Tags, Place: e.Place, Summary: e.Summary, BodyHTML: string(e.HTML),
		}
	}
	return search.BuildCached(docs, keys, r.searchCache), nil
}
