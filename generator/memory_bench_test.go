//go:build unix

package generator_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/natomongolia/timeline/generator"
)

// serveMemorySite names the site the child process of
// BenchmarkSessionMemory serves, in its environment.
const serveMemorySite = "TIMELINE_BENCH_SERVE_SITE"

// BenchmarkSessionMemory measures the peak memory of what serve holds at
// 10,000 and 20,000 events: a session's first build and one event edited
// after it, in a process of its own (this test binary, run again), whose
// peak resident set the kernel reports when it ends. It reports peak-MB.
func BenchmarkSessionMemory(b *testing.B) {
	for _, n := range []int{10000, 20000} {
		site := benchCorpus(b, n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			var peak int64
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestSessionMemoryChild$", "-test.count=1")
				cmd.Env = append(os.Environ(), serveMemorySite+"="+site)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("the serving process: %v\n%s", err, out)
				}
				peak = max(peak, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
			}
			b.ReportMetric(float64(peak)/1024, "peak-MB")
		})
	}
}

// TestSessionMemoryChild is the process BenchmarkSessionMemory measures;
// it does nothing unless run by it.
func TestSessionMemoryChild(t *testing.T) {
	site := os.Getenv(serveMemorySite)
	if site == "" {
		t.Skip("skipped: run by BenchmarkSessionMemory only")
	}
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(site, "events", session.Site().Events[len(session.Site().Events)/2].ID+".toml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, "\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := session.Update([]string{path}); err != nil {
		t.Fatal(err)
	}
}
