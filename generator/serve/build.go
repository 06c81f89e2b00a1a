package serve

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"maps"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/csp"
	"github.com/natomongolia/timeline/generator/output"
)

// tree is one build of the site as it is served. It never changes once the
// server stores it, so a response is always one whole page of one build.
type tree struct {
	// id names the build; pages carry it so that the reload stream knows
	// whether they are out of date.
	id string
	// rendered is the last good output, as the session rendered it (nil
	// when the site has never built).
	rendered map[string]output.Pieces
	// client is what every HTML page is served with, before its closing
	// body tag: the reload client and, when the build failed, the error
	// overlay, whose style sheet clientHead goes before the closing head
	// tag.
	client, clientHead []byte
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

// rebuild renders the site again after the files at changed were written,
// created or removed (everything when changed is nil) and swaps the result
// in whole. It returns an error only when the folder is not a site (a
// content.UsageError) on the first build; every other failure is shown in
// the pages and the log.
func (s *Server) rebuild(changed []string) error {
	began := time.Now()
	s.builds++
	old := s.current.Load()
	var rendered map[string]output.Pieces
	var err error
	if old == nil || changed == nil {
		rendered, err = s.session.Build()
	} else {
		rendered, err = s.session.Update(changed)
	}
	var usageErr *content.UsageError
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
	var buf bytes.Buffer
	if err := inject.ExecuteTemplate(&buf, "client", data); err != nil {
		return err
	}
	t.client = bytes.Clone(buf.Bytes())
	buf.Reset()
	if err := inject.ExecuteTemplate(&buf, "client-head", data); err != nil {
		return err
	}
	t.clientHead = buf.Bytes()
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
	events := 0
	if site := s.session.Site(); site != nil {
		events = len(site.Events)
		if err == nil && len(site.Warnings) > 0 {
			s.logf("%s", site.Warnings)
		}
		if err == nil {
			if err := s.watcher.watchMedia(slices.Sorted(maps.Keys(site.Media))); err != nil {
				s.logf("%v", err)
			}
		}
	}
	s.logBuild(old == nil, events, len(t.rendered), time.Since(began), data.Errors, t.rendered != nil)
	return nil
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
	var contentErrs content.ContentErrors
	if errors.As(err, &contentErrs) {
		lines := make([]string, len(contentErrs))
		for i, e := range contentErrs {
			lines[i] = e.Error()
		}
		return lines
	}
	return strings.Split(err.Error(), "\n")
}

// served returns a file of the tree as it is served: an HTML page with the
// client added before its closing body tag, and its
// Content-Security-Policy written anew to allow the client's code and its
// connection back here. Pages get the client when they are asked for, so
// that a rebuild costs nothing for the pages it did not change.
func (t *tree) served(name string) (output.Pieces, bool) {
	content, found := t.rendered[name]
	if !found || path.Ext(name) != ".html" {
		return content, found
	}
	data := content.Bytes()
	at := bytes.LastIndex(data, []byte("</body>"))
	if at < 0 {
		at = len(data)
	}
	// The overlay's style sheet goes in the head, where HTML allows one.
	head := bytes.Index(data[:at], []byte("</head>"))
	page := make([]byte, 0, len(data)+len(t.clientHead)+len(t.client))
	if head < 0 {
		page = append(append(page, t.clientHead...), data[:at]...)
	} else {
		page = append(append(append(page, data[:head]...), t.clientHead...), data[head:at]...)
	}
	page = append(page, t.client...)
	return output.Pieces{csp.Set(append(page, data[at:]...), "connect-src 'self'")}, true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
