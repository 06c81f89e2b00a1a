package e2e_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/serve"
)

// TestHTMLIsValid runs the Nu HTML Checker (vnu.jar) over every HTML page
// of every built site, and over pages as serve shows them with its error
// overlay, and fails on any error.
func TestHTMLIsValid(t *testing.T) {
	java, err := exec.LookPath("java")
	browsertest.Need(t, err == nil, "Java is not installed (the Nu HTML Checker needs it)")
	jar := os.Getenv("TIMELINE_VNU")
	if jar == "" {
		jar = filepath.Join(repoRoot, ".ci", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	}
	_, err = os.Stat(jar)
	browsertest.Need(t, err == nil, "vnu.jar is not installed at "+jar+" (npm install --prefix .ci)")

	var files []string
	for _, s := range sites {
		err = filepath.WalkDir(s.built(t), func(path string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, ".html") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 20 {
		t.Fatalf("found %d HTML files; want every page of every site", len(files))
	}
	files = append(files, overlayPages(t)...)
	args := append([]string{"-jar", jar, "--format", "json", "--errors-only"}, files...)
	out, err := exec.Command(java, args...).CombinedOutput()
	var report struct {
		Messages []struct {
			Type, URL, Message, Extract string
			LastLine                    int
		}
	}
	if jsonErr := json.Unmarshal(out, &report); jsonErr != nil {
		t.Fatalf("vnu.jar: %v\n%s", err, out)
	}
	for _, m := range report.Messages {
		t.Errorf("%s:%d: %s: %s (%q)", strings.TrimPrefix(m.URL, "file:"), m.LastLine, m.Type, m.Message, m.Extract)
	}
	if err != nil && len(report.Messages) == 0 {
		t.Errorf("vnu.jar failed: %v\n%s", err, out)
	}
	t.Logf("checked %d pages", len(files))
}

// overlayPages returns files holding pages as serve sends them while the
// site has an error: the index of the last good build with the error
// overlay, and the page shown while the site has never built.
func overlayPages(tb testing.TB) []string {
	tb.Helper()
	dir := copySite(tb)
	url, stop := startServer(tb, dir)
	defer stop()
	broken := filepath.Join(dir, "events", "2012-03-ipcp.toml")
	if err := os.WriteFile(broken, []byte("title = \"Broken\"\ndate = \"2012-13\"\nsummary = \"x\"\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	out := tb.TempDir()
	var pages []string
	save := func(name, page string) {
		path := filepath.Join(out, name)
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, path)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		page := httpGet(tb, url+"index.html")
		if strings.Contains(page, `id="timeline-errors"`) {
			save("serve-overlay.html", page)
			break
		}
		if time.Now().After(deadline) {
			tb.Fatal("serve showed no error overlay after a broken edit")
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	// A site that has never built.
	url, stop = startServer(tb, dir)
	defer stop()
	save("serve-failed.html", httpGet(tb, url+"index.html"))
	return pages
}

// startServer serves the site in dir on a free loopback port and returns
// its URL and the function that stops it.
func startServer(tb testing.TB, dir string) (string, func()) {
	tb.Helper()
	server, err := serve.New(serve.Options{SiteDir: dir, Addr: "127.0.0.1:0"})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Run(ctx) }()
	var once sync.Once
	return server.URL(), func() { once.Do(func() { cancel(); <-done }) }
}

func httpGet(tb testing.TB, url string) string {
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
	return string(body)
}
