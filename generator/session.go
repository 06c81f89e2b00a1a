package generator

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Session keeps a site loaded and rendered in memory between builds, for a
// server that rebuilds it after every edit. After edits of event files
// alone, Update decodes only those files and re-renders only what they
// touch: the events' own pages and their neighbours', their years' pages,
// the index, the embed and the feeds. After edits of layouts or static
// files alone, it renders the whole site again from the events it holds.
// Any other change loads and renders the whole site again.
type Session struct {
	dir  string
	opts LoadOptions
	// site and files are the last good build, and all its decoded events,
	// drafts too, by id.
	site  *Site
	all   map[string]*Event
	files map[string]Pieces
	// parts keeps the events' parts of the files that list every event,
	// and layouts the layouts, parsed.
	parts   *partCache
	layouts *parsedLayouts
	// pending holds the ids of the event files of an update that failed:
	// the next update reads them again.
	pending map[string]bool
	// failed tells that the last whole build failed, so that what changed
	// since the last good build is not known: the next update builds the
	// whole site again.
	failed bool
}

// NewSession returns a session for the site in dir. It loads nothing until
// Build or Update.
func NewSession(dir string, opts LoadOptions) *Session {
	return &Session{dir: dir, opts: opts}
}

// Site returns the site of the last good build, or nil.
func (s *Session) Site() *Site { return s.site }

// Build loads and renders the whole site, as Load and Render do. On error
// the session keeps its last good build for Update to start from.
func (s *Session) Build() (map[string]Pieces, error) {
	s.failed = true
	site, eventFiles, err := load(s.dir, s.opts, nil)
	if err != nil {
		return nil, err
	}
	s.parts, s.layouts = newPartCache(), newParsedLayouts()
	files, err := renderWith(site, s)
	if err != nil {
		return nil, err
	}
	s.site, s.files, s.pending, s.failed = site, files, nil, false
	s.all = make(map[string]*Event, len(eventFiles))
	for _, f := range eventFiles {
		s.all[f.event.ID] = f.event
	}
	return files, nil
}

// Update rebuilds the site after the files at paths were written, created
// or removed, and returns every output file, as Build does. The maps it
// returns share their contents: callers must not change them.
func (s *Session) Update(paths []string) (map[string]Pieces, error) {
	changed, ok := s.changedEvents(paths)
	switch {
	case s.failed:
		return s.Build()
	case !ok && s.site != nil && len(s.pending) == 0 && s.onlyUnder(paths, "layouts", "static"):
		return s.renderAgain()
	case !ok:
		return s.Build()
	}
	all := maps.Clone(s.all)
	var errs ContentErrors
	events := newEventReader(s.site.Dir)
	for _, id := range changed {
		name := id + ".toml"
		if _, err := os.Lstat(filepath.Join(s.site.Dir, "events", name)); errors.Is(err, fs.ErrNotExist) {
			delete(all, id)
			continue
		}
		e, fileErrs := events.load(name, &s.site.Config)
		if len(fileErrs) > 0 {
			errs = append(errs, fileErrs...)
			continue
		}
		all[id] = e
	}
	if len(errs) > 0 {
		errs.sort()
		s.pending = map[string]bool{}
		for _, id := range changed {
			s.pending[id] = true
		}
		return nil, errs
	}
	site := &Site{Dir: s.site.Dir, Config: s.site.Config, Events: published(slices.Collect(maps.Values(all)), s.opts.Drafts), Warnings: s.site.Warnings}
	site.Drafts = len(all) - len(site.Events)
	md := newMarkdown()
	for _, e := range site.Events {
		if slices.Contains(changed, e.ID) {
			e.HTML, e.ListHTML = md.render(e.Body)
		}
	}
	s.parts.next()
	files, err := s.rerender(site, changed)
	if err != nil {
		return nil, err
	}
	s.parts.prune()
	s.site, s.all, s.files, s.pending = site, all, files, nil
	return files, nil
}

// onlyUnder reports whether every path lies inside one of the site's
// folders dirs.
func (s *Session) onlyUnder(paths []string, dirs ...string) bool {
	for _, path := range paths {
		abs, err := filepath.Abs(path)
		if err != nil {
			return false
		}
		if !slices.ContainsFunc(dirs, func(dir string) bool {
			dir = filepath.Join(s.site.Dir, dir)
			return abs != dir && isWithin(dir, abs)
		}) {
			return false
		}
	}
	return true
}

// renderAgain renders the site of the last good build again, its layouts
// and static files read afresh: edits to those change no event, so none
// is decoded again.
func (s *Session) renderAgain() (map[string]Pieces, error) {
	s.layouts = newParsedLayouts()
	s.parts.next()
	files, err := renderWith(s.site, s)
	if err != nil {
		return nil, err
	}
	s.parts.prune()
	s.files = files
	return files, nil
}

// newRenderer returns a renderer of site that keeps what it parses and
// renders in the session, or a plain one when s is nil.
func (s *Session) newRenderer(site *Site) (*renderer, error) {
	if s == nil {
		return newRenderer(site, nil)
	}
	r, err := newRenderer(site, s.layouts)
	if err != nil {
		return nil, err
	}
	r.parts = s.parts
	return r, nil
}

// changedEvents returns the ids of the event files among paths, with those
// of an update that failed, sorted, and whether only event files changed.
func (s *Session) changedEvents(paths []string) ([]string, bool) {
	if s.site == nil {
		return nil, false
	}
	eventsDir := filepath.Join(s.site.Dir, "events")
	ids := slices.Collect(maps.Keys(s.pending))
	for _, path := range paths {
		abs, err := filepath.Abs(path)
		if err != nil || filepath.Dir(abs) != eventsDir || !strings.HasSuffix(abs, ".toml") {
			return nil, false
		}
		if info, err := os.Lstat(abs); err == nil && info.IsDir() {
			return nil, false
		}
		ids = append(ids, strings.TrimSuffix(filepath.Base(abs), ".toml"))
	}
	slices.Sort(ids)
	return slices.Compact(ids), true
}

// rerender renders the outputs of site that the changed events touch, and
// takes every other file from the last build.
func (s *Session) rerender(site *Site, changed []string) (map[string]Pieces, error) {
	before := &renderer{site: s.site} // for its years and links
	r, err := s.newRenderer(site)
	if err != nil {
		return nil, err
	}
	outs, err := r.outputs()
	if err != nil {
		return nil, err
	}
	touched, all, err := touchedOutputs(before, r, changed, outs)
	if err != nil {
		return nil, err
	}
	if all {
		return renderWith(site, s)
	}

	files := maps.Clone(s.files)
	for _, e := range s.site.Events {
		delete(files, "events/"+e.ID+".html")
	}
	for name := range files {
		if strings.HasPrefix(name, "years/") {
			delete(files, name)
		}
	}
	var redo []output
	for _, o := range outs {
		if touched[o.name] || s.files[o.name] == nil {
			redo = append(redo, o)
		} else {
			files[o.name] = s.files[o.name]
		}
	}
	var mu sync.Mutex
	err = render(redo, func(name string, content Pieces) error {
		mu.Lock()
		defer mu.Unlock()
		files[name] = content
		return nil
	})
	return files, err
}

// touchedOutputs returns the outputs among outs, those of the renderer
// after, that may differ from the renderer before's when the events of the
// ids changed went from before's site to after's, changed, added or
// removed: the events' own pages and their neighbours', their years'
// pages, the index, the embed and the feeds, and every page of a layout
// that shows the whole site. All reports that every output may differ.
func touchedOutputs(before, after *renderer, changed []string, outs []output) (touched map[string]bool, all bool, err error) {
	if len(changed) == 0 {
		return nil, false, nil
	}
	if after.paged() != before.paged() || after.hasCalendar() != before.hasCalendar() {
		return nil, true, nil // every link to an event, or to the calendar, changes
	}
	touched = map[string]bool{
		"index.html": true, "embed.html": true, "feed.xml": true, "timeline.json": true,
		"timelinejs.json": true, "timeline.ics": true, "sitemap.xml": true,
	}
	// An event page shows its neighbours' titles and dates.
	for _, events := range [][]*Event{before.site.Events, after.site.Events} {
		for i, e := range events {
			if slices.Contains(changed, e.ID) {
				for _, n := range events[max(i-1, 0):min(i+2, len(events))] {
					touched["events/"+n.ID+".html"] = true
				}
			}
		}
	}
	if after.paged() {
		for name := range touchedYearPages(before, after, changed) {
			touched[name] = true
		}
	}
	whole, err := after.wholeSitePages()
	if err != nil {
		return nil, false, err
	}
	for _, o := range outs {
		if whole[pageKind(o.name)] {
			touched[o.name] = true
		}
	}
	return touched, false, nil
}

// touchedYearPages returns the year pages that change when the changed
// events go from the site of before to that of after: the pages of their
// years, and those of the years beside a year whose count changed, which
// show that count. When the years themselves change, every page does.
func touchedYearPages(before, after *renderer, changed []string) map[string]bool {
	old, now := before.yearLinks(before.years()), after.yearLinks(after.years())
	pages := map[string]bool{}
	if len(old) != len(now) {
		for _, y := range now {
			pages[y.URL] = true
		}
		return pages
	}
	for i := range now {
		if old[i].Year != now[i].Year {
			for _, y := range now {
				pages[y.URL] = true
			}
			return pages
		}
		if old[i].Count != now[i].Count {
			for _, y := range now[max(i-1, 0):min(i+2, len(now))] {
				pages[y.URL] = true
			}
		}
	}
	for _, r := range []*renderer{before, after} {
		for _, e := range r.site.Events {
			if slices.Contains(changed, e.ID) {
				pages["years/"+strconv.Itoa(e.Date.Year)+".html"] = true
			}
		}
	}
	return pages
}

// pageKind names the layout of an output page: "event.html" for
// events/<id>.html, "year.html" for years/<year>.html, or the page's own
// name.
func pageKind(name string) string {
	switch {
	case strings.HasPrefix(name, "events/"):
		return "event.html"
	case strings.HasPrefix(name, "years/"):
		return "year.html"
	}
	return name
}

// wholeSitePages returns the page layouts that may show any event of the
// site, by name: those that read .Site, and the event page when it reads
// the site-wide count of its category (.Category.Count). Every page of
// such a layout changes with any event.
func (r *renderer) wholeSitePages() (map[string]bool, error) {
	whole := map[string]bool{}
	for _, name := range []string{"event.html", "year.html", "404.html"} {
		if name == "year.html" && !r.paged() {
			continue
		}
		page, err := r.layouts.page(name)
		if err != nil {
			return nil, err
		}
		whole[name] = page.reads("Site") || name == "event.html" && page.reads("Count")
	}
	return whole, nil
}
