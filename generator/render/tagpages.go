package render

import (
	"html/template"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/tags"
)

// tagView is a tag as the layouts show it: on its page (.Tag), and in the
// index of tags (.AllTags).
type tagView struct {
	Name string
	// URL leads from the site root to the tag's page.
	URL string
	// Count is the number of events that carry the tag.
	Count int
	tag   *tags.Tag
	r     *renderer
}

// Isolated returns the tag's name as HTML, isolated from the direction
// of the words around it (<bdi>): a Latin tag in an Arabic sentence.
func (t *tagView) Isolated() template.HTML {
	return template.HTML("<bdi>" + template.HTMLEscapeString(t.Name) + "</bdi>")
}

// Events returns the events that carry the tag, in timeline order, as the
// layouts show them.
func (t *tagView) Events() []*eventView {
	views := make([]*eventView, len(t.tag.Events))
	for i, at := range t.tag.Events {
		views[i] = t.r.view(at)
	}
	return views
}

// tagLink is a tag of an event, with the address of its page.
type tagLink struct {
	Name, URL string
}

// String returns the tag's name: a layout that prints a tag as it would
// print one of the event's .Tags shows its name.
func (l tagLink) String() string { return l.Name }

// tagList is the tags of an event as the partial "tags" shows them.
type tagList struct {
	Tags []tagLink
}

// TagsAt returns the event's tags with the addresses of their pages from
// a page at root ("" or "../"): {{template "tags" (.TagsAt $.Root)}}.
func (v *eventView) TagsAt(root string) tagList {
	if len(v.tagLinks) == 0 {
		return tagList{}
	}
	links := make([]tagLink, len(v.tagLinks))
	for i, l := range v.tagLinks {
		links[i] = tagLink{Name: l.Name, URL: root + l.URL}
	}
	return tagList{Tags: links}
}

// eventTagLinks returns the tags of the ith event with the addresses of
// their pages from the site root.
func (r *renderer) eventTagLinks(i int) []tagLink {
	names := r.site.Events[i].Tags
	if len(names) == 0 {
		return nil
	}
	links := make([]tagLink, len(names))
	for k, name := range names {
		links[k] = tagLink{Name: name, URL: output.TagPage(r.tags.Tag(name).Slug)}
	}
	return links
}

// hasTags reports whether an event of the site has a tag: then the site
// has tag pages and their index, tags/index.html.
func (r *renderer) hasTags() bool { return len(r.tags.Tags) > 0 }

// tagViews returns every tag of the site, sorted by name in the
// language of the tree.
func (r *renderer) tagViews() []*tagView {
	sorted := r.tags.Tags
	if r.msgs.Tag != r.tags.Lang {
		sorted = r.tags.SortedIn(r.msgs.Tag)
	}
	views := make([]*tagView, len(sorted))
	for i, t := range sorted {
		views[i] = &tagView{Name: t.Name, URL: output.TagPage(t.Slug), Count: len(t.Events), tag: t, r: r}
	}
	return views
}

// tagPages returns the outputs of the tags: a page per tag, which shows
// the events that carry it, and the index of tags, which shows every
// tag's name, page and count.
func (r *renderer) tagPages(tag, index *pageLayoutInfo, fp *fingerprinter) []Output {
	views := r.tagViews()
	outs := make([]Output, 0, len(views)+1)
	f := fp.start("tags").page()
	for _, t := range views {
		f.string(t.Name).string(t.URL).int(t.Count)
	}
	outs = append(outs, Output{Name: output.TagIndex, Fingerprint: index.sum(f), render: pageOf(func() ([]byte, error) {
		data := r.base("../", output.TagIndex, r.msgs.T("tags_description", "Site", r.site.Config.Title))
		data.AllTags, data.Script = views, ""
		return index.page.Execute(data)
	})})
	for _, t := range views {
		f := fp.start("tag").page().string(t.Name).string(t.URL)
		for _, at := range t.tag.Events {
			f.event(r.site.Events[at])
		}
		outs = append(outs, Output{Name: t.URL, Fingerprint: tag.sum(f), render: pageOf(func() ([]byte, error) {
			count := r.msgs.N("event_count", t.Count)
			data := r.base("../", t.URL, r.msgs.T("tag_description", "Count", count, "Tag", t.Name, "Site", r.site.Config.Title))
			data.Tag, data.Script = t, ""
			return tag.page.Execute(data)
		})})
	}
	return outs
}

// tags adds the names of the pages of an event's tags, which the pages
// that show the event link to: a slug depends on the other tags of the
// site (tags.New), not only on the event.
func (f *fingerprinter) tags(e *content.Event) *fingerprinter {
	for _, name := range e.Tags {
		f.string(f.tagSlug(name))
	}
	return f
}
