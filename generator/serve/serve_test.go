package serve_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/serve"
)

// wait is how long a test waits for a rebuild before it gives up: far more
// than a rebuild takes, so that a slow machine does not fail the tests.
const wait = 5 * time.Second

const testConfig = `title = "Test timeline"
[[categories]]
id = "ops"
label = "Operations"
`

func eventFile(title string) string {
	return fmt.Sprintf("title = %q\ndate = \"2005-12\"\nsummary = \"A summary.\"\ncategory = \"ops\"\n", title)
}

// newSite writes a site with one event, events/2005-12-a.toml, titled
// "First title", and returns its folder.
func newSite(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	writeFile(tb, filepath.Join(dir, "config.toml"), testConfig)
	writeFile(tb, filepath.Join(dir, "events", "2005-12-a.toml"), eventFile("First title"))
	return dir
}

func writeFile(tb testing.TB, path, content string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// start serves the site in dir on a free loopback port until the test
// ends, and checks that the server then stops cleanly.
func start(tb testing.TB, dir string) *serve.Server {
	tb.Helper()
	s, err := serve.New(serve.Options{SiteDir: dir, Addr: "127.0.0.1:0", Log: testLog{tb}})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				tb.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			pprof.Lookup("goroutine").WriteTo(os.Stderr, 1)
			tb.Error("the server did not stop")
		}
	})
	return s
}

// testLog shows the server's log in the test's.
type testLog struct{ tb testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.tb.Logf("server: %s", strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

// tail shortens a page for a failure message: its end holds the overlay and
// the client.
func tail(body string) string {
	if len(body) > 1500 {
		return "…" + body[len(body)-1500:]
	}
	return body
}

func get(tb testing.TB, url string) (int, string) {
	tb.Helper()
	resp, err := http.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// reloads subscribes to the server's reload stream as a page does and
// returns the ids of the builds it announces.
func reloads(tb testing.TB, s *serve.Server) <-chan string {
	tb.Helper()
	resp, err := http.Get(strings.TrimSuffix(s.URL(), "/") + serve.EventsPath)
	if err != nil {
		tb.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		tb.Fatalf("events stream: got Content-Type %q, want text/event-stream", ct)
	}
	tb.Cleanup(func() { resp.Body.Close() })
	ids := make(chan string, 100)
	go func() {
		defer close(ids)
		scanner := bufio.NewScanner(resp.Body)
		event := ""
		for scanner.Scan() {
			line := scanner.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				event = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && event == "reload":
				ids <- strings.TrimPrefix(line, "data: ")
			case line == "":
				event = ""
			}
		}
	}()
	return ids
}

// nextReload waits for the next reload message and returns how long it took.
func nextReload(tb testing.TB, ids <-chan string, since time.Time) time.Duration {
	tb.Helper()
	select {
	case _, ok := <-ids:
		if !ok {
			tb.Fatal("the reload stream ended")
		}
		return time.Since(since)
	case <-time.After(wait):
		tb.Fatalf("no reload message within %v", wait)
	}
	return 0
}

func TestEditReloadsThePage(t *testing.T) {
	dir := newSite(t)
	s := start(t, dir)
	ids := reloads(t, s)
	if status, body := get(t, s.URL()); status != 200 || !strings.Contains(body, "First title") {
		t.Fatalf("GET /: got %d, want 200 and the first title:\n%s", status, tail(body))
	}

	began := time.Now()
	writeFile(t, filepath.Join(dir, "events", "2005-12-a.toml"), eventFile("Second title"))
	latency := nextReload(t, ids, began)
	status, body := get(t, s.URL()+"events/2005-12-a.html")
	t.Logf("an edit reached the page in %v", time.Since(began))
	if status != 200 || !strings.Contains(body, "Second title") || strings.Contains(body, "First title") {
		t.Fatalf("after the edit: got %d, want 200 and only the new title:\n%s", status, tail(body))
	}
	if latency > time.Second {
		t.Errorf("the reload came %v after the edit, want within a second", latency)
	}
	// The edit renders only what it touches, and that includes the feeds.
	for _, file := range []string{"", "timeline.json", "feed.xml", "timeline.ics"} {
		if _, body := get(t, s.URL()+file); !strings.Contains(body, "Second title") || strings.Contains(body, "First title") {
			t.Errorf("/%s after the edit: want only the new title:\n%s", file, tail(body))
		}
	}
}

func TestPagesCarryTheReloadClient(t *testing.T) {
	s := start(t, newSite(t))
	for _, path := range []string{"", "index.html", "events/2005-12-a.html", "missing.html"} {
		_, body := get(t, s.URL()+path)
		if !strings.Contains(body, "EventSource(\""+serve.EventsPath) || !strings.HasSuffix(body, "</body></html>") {
			t.Errorf("/%s: the reload client is missing or misplaced:\n%s", path, tail(body))
		}
	}
	_, data := get(t, s.URL()+"timeline.json")
	if strings.Contains(data, "EventSource") {
		t.Errorf("timeline.json carries the client: %s", data)
	}
}

func TestErrorOverlayAndRecovery(t *testing.T) {
	dir := newSite(t)
	s := start(t, dir)
	ids := reloads(t, s)

	// Two broken files: the overlay lists both errors, escaped.
	broken := filepath.Join(dir, "events", "2005-12-a.toml")
	writeFile(t, broken, "title = \"First title\"\ndate = \"2005-13\"\nsummary = \"A summary.\"\ncategory = \"<b>ops</b>\"\n")
	other := filepath.Join(dir, "events", "2006-b.toml")
	writeFile(t, other, "title = \"B\"\ndate = \"2006\"\nsumary = \"typo\"\n")
	nextReload(t, ids, time.Now())
	waitFor(t, s, "", "sumary") // the two writes may make two builds

	status, body := get(t, s.URL())
	if status != 200 {
		t.Errorf("with errors: got status %d, want 200 (the last good build)", status)
	}
	for _, want := range []string{
		broken + `:2:8: impossible date &#34;2005-13&#34;: the month is out of range: 01–12, or 21–24 for a season`,
		broken + `:4:12: unknown category &#34;&lt;b&gt;ops&lt;/b&gt;&#34;`,
		other + `:3:1: unknown key &#34;sumary&#34;`,
		"First title", // the last good build
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the overlay lacks %q:\n%s", want, tail(body))
		}
	}
	if strings.Contains(body, "<b>ops</b>") {
		t.Errorf("the overlay shows an error's text unescaped:\n%s", tail(body))
	}

	// Fixing both files reloads the page, without the overlay.
	for drained := false; !drained; {
		select {
		case <-ids:
		default:
			drained = true
		}
	}
	began := time.Now()
	writeFile(t, broken, eventFile("Fixed title"))
	if err := os.Remove(other); err != nil {
		t.Fatal(err)
	}
	t.Logf("the fix reloaded the page in %v", nextReload(t, ids, began))
	waitFor(t, s, "", "Fixed title")
	if _, body := get(t, s.URL()); strings.Contains(body, `<div id="timeline-errors"`) {
		t.Errorf("the overlay stays after the fix:\n%s", tail(body))
	}
}

// waitFor waits until the page at path holds want, following the reloads.
func waitFor(tb testing.TB, s *serve.Server, path, want string) string {
	tb.Helper()
	deadline := time.Now().Add(wait)
	for {
		_, body := get(tb, s.URL()+path)
		if strings.Contains(body, want) {
			return body
		}
		if time.Now().After(deadline) {
			tb.Fatalf("/%s still lacks %q after %v:\n%s", path, want, wait, tail(body))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestFirstBuildFailsThenRecovers(t *testing.T) {
	dir := newSite(t)
	path := filepath.Join(dir, "events", "2005-12-a.toml")
	writeFile(t, path, "title = \"A\"\n")
	s := start(t, dir)
	status, body := get(t, s.URL()+"events/2005-12-a.html")
	if status != http.StatusInternalServerError || !strings.Contains(body, path+`:1:1: missing required key &#34;date&#34;`) {
		t.Errorf("a site that never built: got %d, want 500 and the error:\n%s", status, tail(body))
	}
	writeFile(t, path, eventFile("Now it builds"))
	waitFor(t, s, "events/2005-12-a.html", "Now it builds")
}

func TestNotASite(t *testing.T) {
	_, err := serve.New(serve.Options{SiteDir: t.TempDir(), Addr: "127.0.0.1:0"})
	var usageErr *content.UsageError
	if !errors.As(err, &usageErr) || !strings.Contains(err.Error(), "timeline init") {
		t.Errorf("got %v, want a UsageError that suggests timeline init", err)
	}
}

func TestAddedAndRemovedFiles(t *testing.T) {
	dir := newSite(t)
	s := start(t, dir)

	// A static/ folder made while serving, and a subfolder of it.
	writeFile(t, filepath.Join(dir, "static", "img", "logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>")
	waitFor(t, s, "img/logo.svg", "<svg")
	resp, err := http.Head(s.URL() + "img/logo.svg")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "image/svg+xml" {
		t.Errorf("logo.svg: got Content-Type %q, want image/svg+xml", ct)
	}
	writeFile(t, filepath.Join(dir, "static", "img", "more", "note.txt"), "a note")
	waitFor(t, s, "img/more/note.txt", "a note")

	// A new event, then its removal.
	added := filepath.Join(dir, "events", "2007-c.toml")
	writeFile(t, added, strings.Replace(eventFile("Added event"), "2005-12", "2007", 1))
	waitFor(t, s, "", "Added event")
	if err := os.Remove(added); err != nil {
		t.Fatal(err)
	}
	waitFor(t, s, "events/2007-c.html", "Page not found")

	// A layout of the site's own, and config.toml.
	writeFile(t, filepath.Join(dir, "layouts", "404.html"), `{{define "main"}}<p>Custom missing page</p>{{end}}`)
	waitFor(t, s, "nowhere", "Custom missing page")
	writeFile(t, filepath.Join(dir, "config.toml"), strings.Replace(testConfig, "Test timeline", "Renamed timeline", 1))
	waitFor(t, s, "", "Renamed timeline")
}

func TestConcurrentRequestsGetWholePages(t *testing.T) {
	dir := newSite(t)
	s := start(t, dir)
	ids := reloads(t, s)
	titles := []string{"Title alpha", "Title beta"}

	// Rewrite the event while the pages are fetched, slower than the
	// debounce so that each write makes a build.
	stop := make(chan struct{})
	var running sync.WaitGroup
	running.Add(1)
	go func() {
		defer running.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(150 * time.Millisecond):
			}
			writeFile(t, filepath.Join(dir, "events", "2005-12-a.toml"), eventFile(titles[i%2]))
		}
	}()

	var (
		mu       sync.Mutex
		requests int
		bad      []string
		seen     = map[string]int{}
	)
	check := func(path string) {
		resp, err := http.Get(s.URL() + path)
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			bad = append(bad, err.Error())
			return
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		page := string(body)
		requests++
		switch {
		case err != nil || resp.StatusCode != 200:
			bad = append(bad, fmt.Sprintf("/%s: status %d, %v", path, resp.StatusCode, err))
		case !strings.HasPrefix(page, "<!doctype html>") || !strings.HasSuffix(page, "</html>") || strings.Count(page, "</html>") != 1:
			bad = append(bad, fmt.Sprintf("/%s: not one whole page (%d bytes)", path, len(body)))
		}
		found := 0
		for _, title := range append(titles, "First title") {
			if strings.Contains(page, title) {
				seen[title]++
				found++
			}
		}
		if found != 1 {
			bad = append(bad, fmt.Sprintf("/%s: a page of %d builds", path, found))
		}
	}
	const workers = 20
	for w := 0; w < workers; w++ {
		running.Add(1)
		go func() {
			defer running.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				check([]string{"", "events/2005-12-a.html"}[i%2])
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}

	// At least 500 requests and 3 rebuilds, within a bounded time.
	builds, deadline := 0, time.After(4*wait)
	for done := false; !done; {
		select {
		case <-ids:
			builds++
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			done = true
		}
		mu.Lock()
		done = done || builds >= 3 && requests >= 500
		mu.Unlock()
	}
	close(stop)
	running.Wait()

	t.Logf("%d requests from %d goroutines during %d rebuilds; pages by title: %v", requests, workers, builds, seen)
	if len(bad) > 0 {
		t.Errorf("%d bad responses, such as: %s", len(bad), bad[0])
	}
	if builds < 3 || requests < 500 {
		t.Errorf("got %d requests during %d rebuilds, want at least 500 during 3", requests, builds)
	}
}

func TestShutdownEndsReloadStreams(t *testing.T) {
	s, err := serve.New(serve.Options{SiteDir: newSite(t), Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	ids := reloads(t, s)
	get(t, s.URL()) // the server is up

	began := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: got %v, want nil", err)
		}
	case <-time.After(wait):
		t.Fatal("Run did not return after the context ended")
	}
	t.Logf("shut down in %v", time.Since(began))
	select {
	case _, open := <-ids:
		if open {
			t.Error("a reload message at shutdown")
		}
	case <-time.After(wait):
		t.Error("the reload stream stayed open after shutdown")
	}
	if _, err := http.Get(s.URL()); err == nil {
		t.Error("the server still answers after shutdown")
	}
}
