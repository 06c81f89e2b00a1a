package serve

import (
	"bufio"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/natomongolia/timeline/generator/output"
)

// EventsPath is the Server-Sent Events stream that tells open pages to
// reload. Each message is an "event: reload" whose data is the new build's
// id; a client that passes the id of its page in the "build" query
// parameter is told at once when its page is already out of date.
const EventsPath = "/_timeline/events"

// ServeHTTP serves the current build: "/" and any path ending in "/" as
// its index.html, a missing file as 404.html with status 404, and every page
// uncached. Paths that lead outside the site ("..", also percent-encoded)
// are refused with status 400.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path == EventsPath {
		s.serveEvents(w, r)
		return
	}
	name, ok := fileName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path: it leads outside the site", http.StatusBadRequest)
		return
	}
	t := s.current.Load()
	if t.failed != nil {
		write(w, r, "failed.html", output.Pieces{t.failed}, http.StatusInternalServerError)
		return
	}
	if content, found := t.served(name); found {
		write(w, r, name, content, http.StatusOK)
		return
	}
	if _, isDir := t.rendered[name+"/index.html"]; isDir {
		target := r.URL.Path + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	if content, found := t.served("404.html"); found {
		write(w, r, "404.html", content, http.StatusNotFound)
		return
	}
	http.NotFound(w, r)
}

// fileName returns the output file a request path names, slash-separated
// and relative to the site root, or false for a path that is not inside
// the site. urlPath is decoded already, so "%2e%2e" arrives as "..".
func fileName(urlPath string) (string, bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	name := urlPath[1:]
	for _, segment := range strings.Split(name, "/") {
		if segment == ".." {
			return "", false
		}
	}
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	return name, true
}

// contentTypes are the media types of the files a build makes; other files
// (from static/) get theirs from the mime package or from their content.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".xml":  "application/xml",
	".ics":  "text/calendar; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
}

func contentType(name string, content output.Pieces) string {
	if name == "feed.xml" {
		return "application/atom+xml; charset=utf-8"
	}
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	// DetectContentType reads at most the first 512 bytes.
	var first []byte
	for _, piece := range content {
		if first = append(first, piece[:min(len(piece), 512-len(first))]...); len(first) == 512 {
			break
		}
	}
	return http.DetectContentType(first)
}

func write(w http.ResponseWriter, r *http.Request, name string, content output.Pieces, status int) {
	h := w.Header()
	h.Set("Content-Type", contentType(name, content))
	h.Set("Content-Length", strconv.Itoa(content.Len()))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	if len(content) == 1 {
		w.Write(content[0])
		return
	}
	// A list of every event comes in thousands of small pieces.
	buf := bufio.NewWriterSize(w, 64<<10)
	content.WriteTo(buf)
	buf.Flush()
}

// serveEvents streams a reload message to the page each time the site is
// rebuilt, until the page goes away or the server shuts down.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	// Reconnect soon after a restart of the server.
	fmt.Fprint(w, "retry: 1000\n\n")
	if err := rc.Flush(); err != nil {
		return
	}
	seen := r.URL.Query().Get("build")
	for {
		t := s.current.Load()
		if seen == "" {
			seen = t.id
		}
		if t.id != seen {
			fmt.Fprintf(w, "event: reload\ndata: %s\n\n", t.id)
			if err := rc.Flush(); err != nil {
				return
			}
			seen = t.id
		}
		select {
		case <-t.changed:
		case <-r.Context().Done():
			return
		case <-s.quit:
			return
		}
	}
}
