package main

import (
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// serveWait bounds every wait of these tests, far above what a rebuild
// takes, so that a slow machine does not fail them.
const serveWait = 5 * time.Second

var servedURL = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

func getPage(tb testing.TB, url string) (int, string) {
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

// TestServeCommand runs "timeline serve" as a user does: it serves the site
// from memory, shows an edit, and stops cleanly on Ctrl-C.
func TestServeCommand(t *testing.T) {
	inNewSite(t)
	if code, _, stderr := runCLI(t, "new", "-date", "2020", "A draft"); code != exitOK {
		t.Fatalf("new: exit %d\n%s", code, stderr)
	}
	var stdout, stderr syncBuffer
	exited := make(chan int, 1)
	go func() { exited <- run([]string{"serve", "-addr", "127.0.0.1:0", "-drafts"}, &stdout, &stderr) }()

	var url string
	for deadline := time.Now().Add(serveWait); url == ""; time.Sleep(10 * time.Millisecond) {
		select {
		case code := <-exited:
			t.Fatalf("serve exited with %d:\n%s%s", code, stdout.String(), stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no URL in %v:\n%s%s", serveWait, stdout.String(), stderr.String())
		}
		url = servedURL.FindString(stdout.String())
	}

	status, page := getPage(t, url)
	if status != 200 || !strings.Contains(page, "The timeline begins") || !strings.Contains(page, "A draft") {
		t.Errorf("GET %s: got %d, want the example event and the draft", url, status)
	}

	example := filepath.Join("events", "2024-01-example.toml")
	writeTestFile(t, example, strings.Replace(readTestFile(t, example), "The timeline begins", "An edited title", 1))
	began := time.Now()
	for !strings.Contains(page, "An edited title") {
		if time.Since(began) > serveWait {
			t.Fatalf("the edit did not reach the page in %v:\n%s", serveWait, stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
		_, page = getPage(t, url+"events/2024-01-example.html")
	}
	t.Logf("the edit reached the page in %v", time.Since(began))
	if _, err := os.Stat("public"); err == nil {
		t.Error("serve wrote public/")
	}

	// Ctrl-C.
	self, err := os.FindProcess(os.Getpid())
	if err == nil {
		err = self.Signal(os.Interrupt)
	}
	if err != nil {
		t.Skip("cannot interrupt this process:", err)
	}
	select {
	case code := <-exited:
		if code != exitOK || !strings.HasSuffix(stdout.String(), "Stopped.\n") {
			t.Errorf("after Ctrl-C: exit %d, stdout %q; want 0 and Stopped.", code, stdout.String())
		}
	case <-time.After(serveWait):
		t.Fatal("serve did not stop on Ctrl-C")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after Ctrl-C")
	}
}

func TestServeRefuses(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	inNewSite(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "-site", t.TempDir(), "-addr", "127.0.0.1:0"}, "has no config.toml (create one with timeline init)"},
		{[]string{"serve", "-addr", busy.Addr().String()}, "cannot listen on " + busy.Addr().String()},
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("timeline %s: exit %d, stdout %q, stderr %q; want 2 and %q", strings.Join(tc.args, " "), code, stdout, stderr, tc.want)
		}
	}
}
