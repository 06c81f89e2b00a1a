package serve

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"path"
	"strings"
	"time"

	"github.com/natomongolia/timeline/generator"
)

// tree is one build of the site as it is served. It never changes once the
// server stores it, so a response is always one whole page of one build.
type tree struct {
	// id names the build; pages carry it so that the reload stream knows
	// whether they are out of date.
	id string
	// rendered is the last good output, as generator.Render made it (nil
	// when the site has never built).
	rendered map[string][]byte
	// files is rendered as served: HTML pages carry the reload client and,
	// when the build failed, the error overlay.
	files map[string][]byte
	// failed is the page served for every path while the site has never
	// built, or nil.
	failed []byte
	// changed is closed when a newer tree replaces this one.
	changed chan struct{}
}

//go:embed inject.html
var injectHTML string

// inject holds "client", the reload client and error overlay added to every
// HTML page, and "failed", the page shown while the site has never built.
var inject = template.Must(template.New("inject").Parse(injectHTML))

// injectData is what the inject templates receive.
type injectData struct {
	ID     string
	Errors []string
}

// rebuild loads and renders the site and swaps the result in whole. It
// returns an error only when the folder is not a site (a
// generator.UsageError) on the first build; every other failure is shown in
// the pages and the log.
func (s *Server) rebuild() error {
	began := time.Now()
	s.builds++
	old := s.current.Load()
	rendered, events, err := s.render()
	var usageErr *generator.UsageError
	if old == nil && errors.As(err, &usageErr) {
		return err
	}
	t := &tree{id: fmt.Sprintf("%x-%d", s.started, s.builds), rendered: rendered, changed: make(chan struct{})}
	data := injectData{ID: t.id}
	if err != nil {
		data.Errors = errorLines(err)
		if old != nil {
			t.rendered = old.rendered
		}
	}
	if t.files, err = injectAll(t.rendered, data); err != nil {
		return err
	}
	if t.rendered == nil {
		var buf bytes.Buffer
		if err := inject.ExecuteTemplate(&buf, "failed", data); err != nil {
			return err
		}
		t.failed = buf.Bytes()
	}
	s.current.Store(t)
	if old != nil {
		close(old.changed)
	}
	s.logBuild(old == nil, events, len(t.files), time.Since(began), data.Errors, t.rendered != nil)
	return nil
}

// render builds the site in memory. A site with a baseURL is served with
// the server's own URL in its place, so that absolute links stay here.
func (s *Server) render() (map[string][]byte, int, error) {
	site, err := generator.Load(s.siteDir, generator.LoadOptions{Drafts: s.opts.Drafts})
	if err != nil {
		return nil, 0, err
	}
	if site.Config.BaseURL != "" {
		site.Config.BaseURL = s.url
	}
	files, err := generator.Render(site)
	return files, len(site.Events), err
}

func (s *Server) logBuild(first bool, events, files int, took time.Duration, errs []string, stale bool) {
	verb := "Rebuilt"
	if first {
		verb = "Built"
	}
	if len(errs) == 0 {
		s.logf("%s: %d event%s, %d files in %d ms", verb, events, plural(events), files, took.Milliseconds())
		return
	}
	shown := "the pages show them"
	if stale {
		shown = "serving the last good build; the pages show the errors"
	}
	s.logf("%s\n%d error%s: %s", strings.Join(errs, "\n"), len(errs), plural(len(errs)), shown)
}

// errorLines returns the errors of a failed build, one "path:line:col:
// message" per line.
func errorLines(err error) []string {
	var contentErrs generator.ContentErrors
	if errors.As(err, &contentErrs) {
		lines := make([]string, len(contentErrs))
		for i, e := range contentErrs {
			lines[i] = e.Error()
		}
		return lines
	}
	return strings.Split(err.Error(), "\n")
}

// injectAll returns files with the client (and overlay) added to each HTML
// page, before its closing body tag. The page's Content-Security-Policy is
// written anew to allow the client's code and its connection back here.
func injectAll(files map[string][]byte, data injectData) (map[string][]byte, error) {
	var buf bytes.Buffer
	if err := inject.ExecuteTemplate(&buf, "client", data); err != nil {
		return nil, err
	}
	client := buf.Bytes()
	out := make(map[string][]byte, len(files))
	for name, page := range files {
		if path.Ext(name) != ".html" {
			out[name] = page
			continue
		}
		at := bytes.LastIndex(page, []byte("</body>"))
		if at < 0 {
			at = len(page)
		}
		served := make([]byte, 0, len(page)+len(client))
		served = append(served, page[:at]...)
		served = append(served, client...)
		out[name] = generator.SetCSP(append(served, page[at:]...), "connect-src 'self'")
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
