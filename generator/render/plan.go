package render

import (
	"crypto/sha256"
	"encoding/binary"
	"strconv"
	"strings"
	"sync"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/csp"
	"github.com/natomongolia/timeline/generator/internal/parallel"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/render/layout"
)

// Fingerprint sums what an output is made of beyond the config, the
// layouts and the build options, which an incremental build compares
// first: two builds that give an output the same fingerprint give it the
// same bytes. Static files have the zero Fingerprint: they are read again
// every time.
type Fingerprint [16]byte

// Output is one file of a site and how to make it.
type Output struct {
	// Name is the file's slash-separated path in the output folder.
	Name        string
	Fingerprint Fingerprint
	// AsIs tells a static file, copied as it is.
	AsIs bool
	// List tells a file that lists every event, rendered from one part
	// per event.
	List   bool
	render func() (output.Pieces, error)
	// policy holds the directives a page adds to its
	// Content-Security-Policy (pagePolicy).
	policy []string
}

// Render renders the output, minified, with a page's
// Content-Security-Policy.
func (o *Output) Render() (output.Pieces, error) {
	content, err := o.render()
	if err != nil || o.AsIs || o.List || !strings.HasSuffix(o.Name, ".html") {
		return content, err
	}
	return output.Pieces{csp.SetOwned(content[0], o.policy...)}, nil
}

// Plan returns every output file of site, those of its static/ folder
// too, the large ones first so that they overlap with the many small
// ones. It parses the layouts, so that a layout error stops a build before
// anything is written.
func Plan(site *content.Site, opts Options) ([]Output, error) {
	r, err := newRenderer(site, opts)
	if err != nil {
		return nil, err
	}
	outs, err := r.plan()
	if err != nil {
		return nil, err
	}
	if r.folder != "" {
		return r.inFolder(outs), nil
	}
	outs = append(outs, r.mediaOutputs()...)
	static, err := staticOutputs(site.Dir, outs)
	if err != nil {
		return nil, err
	}
	return append(outs, static...), nil
}

// plan lists the outputs of the site's layouts and events. Each kind of
// output says what it shows in its fingerprint: the site's events for the
// index, the embed and the lists; an event, the pages of its tags and its
// neighbours for an event page; a year's events, the pages of their tags
// and the counts of the years beside it for a year page; a tag's events
// for its page; every tag's page and count for the index of tags; and for
// every page the site's own layouts. A layout that reads the whole site
// (.Site) shows every event.
func (r *renderer) plan() ([]Output, error) {
	pages := map[string]*pageLayoutInfo{}
	for _, name := range []string{"event.html", "404.html", "index.html", "year.html", "tag.html", "tags.html"} {
		if name == "year.html" && !r.paged() || (name == "tag.html" || name == "tags.html") && !r.hasTags() {
			continue
		}
		p, err := r.layouts.Page(name)
		if err != nil {
			return nil, err
		}
		pages[name] = &pageLayoutInfo{page: p, wholeSite: p.Reads("Site"), counts: name == "event.html" && p.Reads("Count")}
	}
	embed, err := r.embedLayout()
	if err != nil {
		return nil, err
	}
	fp := &fingerprinter{site: r.siteVersion(), base: r.pageBase(), version: r.version, tagSlug: func(name string) string { return r.tags.Tag(name).Slug }}
	whole := fp.start("site").site0().sum()
	page := fp.start("page").page().site0().sum()
	outs := make([]Output, 0, len(r.site.Events)+len(r.site.Events)/8+16)
	outs = append(outs, []Output{
		{Name: output.Index, Fingerprint: page, policy: []string{searchPolicy}, render: pageOf(func() ([]byte, error) { return r.index(pages["index.html"].page) })},
		{Name: output.Embed, Fingerprint: page, policy: []string{searchPolicy}, render: pageOf(func() ([]byte, error) { return r.embedPage(embed) })},
		{Name: output.SearchIndex, Fingerprint: whole, render: pageOf(r.searchIndex)},
		{Name: output.Feed, Fingerprint: whole, List: true, render: r.feed},
		{Name: output.JSON, Fingerprint: whole, List: true, render: r.json},
		{Name: output.TimelineJS, Fingerprint: whole, List: true, render: r.timelineJS},
	}...)
	if r.hasCalendar() {
		outs = append(outs, Output{Name: output.Calendar, Fingerprint: whole, List: true, render: r.ics})
	}
	if year := pages["year.html"]; year != nil {
		outs = append(outs, r.yearPages(year, fp)...)
	}
	if tag := pages["tag.html"]; tag != nil {
		outs = append(outs, r.tagPages(tag, pages["tags.html"], fp)...)
	}
	event := pages["event.html"]
	for i, e := range r.site.Events {
		// Where the page leads back to: the event's year, on the index or
		// its year's page.
		f := fp.start("event").page().int(e.Date.Year).event(e).tags(e)
		if i > 0 {
			f.event(r.site.Events[i-1])
		}
		f.string("|")
		if i+1 < len(r.site.Events) {
			f.event(r.site.Events[i+1])
		}
		if c := r.categories[e.Category]; event.counts && c != nil {
			f.int(c.Count)
		}
		out := Output{Name: output.EventPage(e.ID), Fingerprint: event.sum(f), render: pageOf(func() ([]byte, error) { return r.eventPage(event.page, i) })}
		if len(e.Media) > 0 {
			out.policy = pagePolicy(r.view(i).Media)
		}
		outs = append(outs, out)
	}
	notFound := pages["404.html"]
	outs = append(outs,
		Output{Name: output.NotFound, Fingerprint: notFound.sum(fp.start("404").page()), render: pageOf(func() ([]byte, error) { return r.notFound(notFound.page) })},
		Output{Name: output.EmbedJS, Fingerprint: fp.start("embed.js").page().sum(), render: pageOf(r.embedScript)},
	)
	// A sitemap and robots.txt need absolute URLs, and crawlers read
	// robots.txt only at the root of a host.
	if base := r.site.Config.BaseURL; base != "" {
		outs = append(outs, Output{Name: output.Sitemap, Fingerprint: whole, List: true, render: r.sitemap})
		if content.AtHostRoot(base) {
			outs = append(outs, Output{Name: output.Robots, Fingerprint: fp.start("robots").sum(), render: pageOf(func() ([]byte, error) { return r.robots(), nil })})
		}
	}
	return outs, nil
}

// inFolder returns the outputs of a further language's tree: those the
// site root alone has left out, the others' names put in its folder.
func (r *renderer) inFolder(outs []Output) []Output {
	kept := outs[:0]
	for _, o := range outs {
		switch o.Name {
		case output.NotFound, output.Sitemap, output.Robots:
			continue
		}
		o.Name = r.folder + o.Name
		kept = append(kept, o)
	}
	return kept
}

// pageLayoutInfo is a page layout with what its pages show beyond their
// own data.
type pageLayoutInfo struct {
	page *layout.Page
	// wholeSite tells a layout that reads .Site, and counts one that reads
	// .Category.Count, the category's count across the site.
	wholeSite, counts bool
}

// sum returns the fingerprint f sums, with the site's version too when
// the layout reads the whole site.
func (p *pageLayoutInfo) sum(f *fingerprinter) Fingerprint {
	if p.wholeSite {
		f.site0()
	}
	return f.sum()
}

// pageBase is what every page shows of the site as a whole beyond its
// config: its own layouts, whether it links a calendar, whether it has
// year pages, where links to events lead, and whether it has tag pages.
func (r *renderer) pageBase() string {
	return string(r.layoutsDigest[:]) + strconv.FormatBool(r.hasCalendar()) + strconv.FormatBool(r.paged()) + strconv.FormatBool(r.hasTags())
}

// siteVersion sums the published events, their ids and versions in
// timeline order: what the index, the embed and the lists show.
func (r *renderer) siteVersion() [sha256.Size]byte {
	h := sha256.New()
	for _, e := range r.site.Events {
		h.Write([]byte(e.ID))
		h.Write([]byte{0})
		v := r.version(e)
		h.Write(v[:])
	}
	var v [sha256.Size]byte
	copy(v[:], h.Sum(nil))
	return v
}

// fingerprinter sums the fields of one output after another in one
// buffer: a plan sums an output per event.
type fingerprinter struct {
	buf  []byte
	site [sha256.Size]byte
	base string
	// version gives what an event shows (renderer.version).
	version func(*content.Event) [sha256.Size]byte
	// tagSlug gives the slug of a tag's page.
	tagSlug func(name string) string
}

// start starts the fingerprint of an output of the given kind.
func (f *fingerprinter) start(kind string) *fingerprinter {
	f.buf = f.buf[:0]
	return f.string(kind)
}

// string adds a field, length-prefixed so that no two lists of fields
// sum alike.
func (f *fingerprinter) string(s string) *fingerprinter {
	f.buf = binary.AppendUvarint(f.buf, uint64(len(s)))
	f.buf = append(f.buf, s...)
	return f
}

// int adds a number.
func (f *fingerprinter) int(n int) *fingerprinter {
	f.buf = binary.AppendVarint(f.buf, int64(n))
	return f
}

// event adds an event's id and version.
func (f *fingerprinter) event(e *content.Event) *fingerprinter {
	f.string(e.ID)
	v := f.version(e)
	f.buf = append(f.buf, v[:]...)
	return f
}

// page adds what every page shows of the site (pageBase).
func (f *fingerprinter) page() *fingerprinter { return f.string(f.base) }

// site0 adds the version of the whole site.
func (f *fingerprinter) site0() *fingerprinter {
	f.buf = append(f.buf, f.site[:]...)
	return f
}

// sum returns the fingerprint of the fields added since start.
func (f *fingerprinter) sum() Fingerprint {
	full := sha256.Sum256(f.buf)
	return Fingerprint(full[:16])
}

// pageOf turns a function that renders a whole file into one that renders
// its pieces.
func pageOf(render func() ([]byte, error)) func() (output.Pieces, error) {
	return func() (output.Pieces, error) {
		data, err := render()
		if err != nil {
			return nil, err
		}
		return output.Pieces{data}, nil
	}
}

// Run renders outs and hands each file to emit: the files that list every
// event one after another, on a goroutine of their own, and the others on
// every CPU meanwhile. A list holds a part for each event until it is
// written; rendering two at once would double the memory they take, for
// no gain in time while there are pages to render beside them. It returns
// the error of the first output that failed, in the order of outs. Emit is
// called from several goroutines at once.
func Run(outs []Output, emit func(name string, content output.Pieces) error) error {
	var lists, others []int
	for i, o := range outs {
		if o.List {
			lists = append(lists, i)
		} else {
			others = append(others, i)
		}
	}
	errs := make([]error, len(outs))
	renderOne := func(i int) error {
		content, err := outs[i].Render()
		if err == nil {
			err = emit(outs[i].Name, content)
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
	_ = parallel.ForEach(len(others), func(k int) error { return renderOne(others[k]) })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
