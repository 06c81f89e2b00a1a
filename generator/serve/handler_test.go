package serve_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/serve"
)

func TestResponses(t *testing.T) {
	s := start(t, newSite(t))
	for _, tc := range []struct {
		path, contentType string
		status            int
		want              string
	}{
		{"", "text/html; charset=utf-8", 200, "First title"},
		{"index.html", "text/html; charset=utf-8", 200, "First title"},
		{"events/2005-12-a.html", "text/html; charset=utf-8", 200, "<h1 class=event-title dir=auto>First title</h1>"},
		{"timeline.json", "application/json", 200, `"title":"First title"`},
		{"feed.xml", "application/atom+xml; charset=utf-8", 200, `<title type="text">First title</title>`},
		{"timeline.ics", "text/calendar; charset=utf-8", 200, "SUMMARY:First title"},
		{"events/missing.html", "text/html; charset=utf-8", 404, "Page not found"},
		{"config.toml", "text/html; charset=utf-8", 404, "Page not found"},
	} {
		resp, err := http.Get(s.URL() + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status || resp.Header.Get("Content-Type") != tc.contentType || !strings.Contains(string(body), tc.want) {
			t.Errorf("/%s: got %d %q, want %d %q and %q in:\n%s", tc.path, resp.StatusCode, resp.Header.Get("Content-Type"), tc.status, tc.contentType, tc.want, tail(string(body)))
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("/%s: got Cache-Control %q, want no-store", tc.path, cc)
		}
	}
}

func TestOnlyGetAndHead(t *testing.T) {
	s := start(t, newSite(t))
	for _, path := range []string{"", serve.EventsPath[1:]} {
		resp, err := http.Post(s.URL()+path, "text/plain", strings.NewReader("x"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("POST /%s: got %d, Allow %q; want 405 and GET, HEAD", path, resp.StatusCode, resp.Header.Get("Allow"))
		}
	}
	resp, err := http.Head(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.ContentLength <= 0 {
		t.Errorf("HEAD /: got %d with length %d, want 200 and the page's length", resp.StatusCode, resp.ContentLength)
	}
}

// rawGet sends path as it is, which net/http's client might clean or
// re-encode, and returns the status and the body.
func rawGet(tb testing.TB, s *serve.Server, path string) (int, string) {
	tb.Helper()
	host := strings.TrimSuffix(strings.TrimPrefix(s.URL(), "http://"), "/")
	conn, err := net.Dial("tcp", host)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestTraversalRefused(t *testing.T) {
	dir := newSite(t)
	writeFile(t, filepath.Join(dir, "static", "ok.txt"), "inside")
	s := start(t, dir)
	if status, body := rawGet(t, s, "/ok.txt"); status != 200 || body != "inside" {
		t.Fatalf("/ok.txt: got %d %q, want 200 \"inside\"", status, body)
	}
	for _, path := range []string{
		"/../config.toml",
		"/%2e%2e/config.toml",
		"/%2E%2E/config.toml",
		"/events/..%2fconfig.toml",
		"/events/%2e%2e%2f%2e%2e%2fconfig.toml",
		"/static/../../config.toml",
		"/..",
		"/events/..\\config.toml",
	} {
		status, body := rawGet(t, s, path)
		if status != http.StatusBadRequest || strings.Contains(body, "Test timeline") || strings.Contains(body, "categories") {
			t.Errorf("%s: got %d, want 400 and nothing of the site:\n%s", path, status, tail(body))
		}
	}
}

// TestLoopbackOnlyByDefault refuses to listen on an address that is not
// loopback unless AnyAddr allows it.
func TestLoopbackOnlyByDefault(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:0": true, "localhost:8080": true, "[::1]:0": true,
		"0.0.0.0:8080": false, ":8080": false, "192.0.2.1:80": false, "[::]:0": false, "example.org:80": false,
	} {
		if got := serve.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v; want %v", addr, got, want)
		}
	}
	_, err := serve.New(serve.Options{SiteDir: newSite(t), Addr: "0.0.0.0:0"})
	var usage *content.UsageError
	if !errors.As(err, &usage) || !strings.Contains(err.Error(), "-any-addr") {
		t.Errorf("New on 0.0.0.0 without AnyAddr: got %v; want a UsageError naming -any-addr", err)
	}
}

// TestPortAloneMeansLoopback checks that -addr 8092 serves on
// 127.0.0.1:8092, and that ":8092" is answered with that suggestion.
func TestPortAloneMeansLoopback(t *testing.T) {
	for addr, want := range map[string]string{"8092": "127.0.0.1:8092", "0": "127.0.0.1:0", ":8092": ":8092", "localhost:1": "localhost:1", "99999": "99999"} {
		if got := serve.ResolveAddr(addr); got != want {
			t.Errorf("ResolveAddr(%q) = %q, want %q", addr, got, want)
		}
	}
	s, err := serve.New(serve.Options{SiteDir: newSite(t), Addr: "0"})
	if err != nil {
		t.Fatalf("New with the port 0 alone: %v", err)
	}
	if !strings.HasPrefix(s.URL(), "http://127.0.0.1:") {
		t.Errorf("New with the port alone serves at %s, want 127.0.0.1", s.URL())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s.Run(ctx)
	_, err = serve.New(serve.Options{SiteDir: newSite(t), Addr: ":8092"})
	if err == nil || !strings.Contains(err.Error(), "write 127.0.0.1:8092") {
		t.Errorf("New on :8092: got %v, want the suggestion 127.0.0.1:8092", err)
	}
}
