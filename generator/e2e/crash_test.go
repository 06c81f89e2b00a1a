package e2e_test

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/corpus"
)

// TestKilledBuildLeavesOldOrNewOutput kills builds of the command with
// SIGKILL at instants spread across their run, and checks each time that
// the output folder is the old output or the complete new one, byte for
// byte (or, for a first build, no output or the new one), and that the
// next build removes what the killed ones left.
func TestKilledBuildLeavesOldOrNewOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: kills about 50 builds")
	}
	bin := buildCommand(t)
	root := t.TempDir()
	site := filepath.Join(root, "site")
	out := filepath.Join(root, "public")
	// The builds keep their build cache (see buildCommand), which the
	// kills hit too.
	// 200 events take 100–300 ms to build: long enough to kill a build at
	// many points of its run.
	writeCorpus(t, site, 1)
	runCommand(t, bin, "build", "-site", site, "-out", out)
	old := snapshotTree(t, out)
	// The changed site has other events: the new output shares only a few
	// names with the old one, and those differ in content.
	if err := os.RemoveAll(filepath.Join(site, "events")); err != nil {
		t.Fatal(err)
	}
	writeCorpus(t, site, 2)
	newOut := filepath.Join(root, "new", "public")
	runCommand(t, bin, "build", "-site", site, "-out", newOut)
	fresh := snapshotTree(t, newOut)
	if maps.Equal(old, fresh) {
		t.Fatal("the old and the new output are the same; the test needs them to differ")
	}

	// A build run to its end, to spread the kills across its length.
	began := time.Now()
	runCommand(t, bin, "build", "-site", site, "-out", out)
	length := time.Since(began)
	resetTree(t, out, old)

	const kills = 50
	var leftOld, leftNew, leftTemp, finished int
	for i := range kills {
		// Half the kills are at delays from 0 to 1.25 times the length of
		// a build; the other half land in its short publishing phase: a
		// delay after the build made its temporary folder.
		var delay time.Duration
		afterTemp := i%2 == 1
		if afterTemp {
			delay = time.Duration(i/2) * length / 4 / (kills / 2)
		} else {
			delay = time.Duration(i/2) * length * 5 / 4 / (kills/2 - 1)
		}
		before := tempFolders(t, root)
		if killBuild(t, bin, site, out, delay, afterTemp) {
			finished++
		}
		for _, name := range tempFolders(t, root) {
			if !slices.Contains(before, name) {
				leftTemp++
				break
			}
		}
		got := snapshotTree(t, out)
		switch {
		case maps.Equal(got, old):
			leftOld++
		case maps.Equal(got, fresh):
			leftNew++
			resetTree(t, out, old)
		default:
			t.Fatalf("kill %d (%v after start, after temp folder: %v) left a tree that is neither the old nor the new output:\nagainst the old: %s\nagainst the new: %s",
				i, delay, afterTemp, diffTrees(got, old), diffTrees(got, fresh))
		}
	}
	t.Logf("%d kills over a build of %v: %d left the old output, %d the new; %d left a temporary folder, %d builds had finished",
		kills, length, leftOld, leftNew, leftTemp, finished)

	// A first build, into no output folder, leaves none or the new output.
	for i := range 10 {
		if err := os.RemoveAll(out); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(i) * length * 5 / 4 / 9
		killBuild(t, bin, site, out, delay, false)
		_, err := os.Lstat(out)
		if got := snapshotTree(t, out); !errors.Is(err, fs.ErrNotExist) && !maps.Equal(got, fresh) {
			t.Fatalf("first build killed %v after start left a tree that is neither no output nor the new output: %s", delay, diffTrees(got, fresh))
		}
	}

	runCommand(t, bin, "build", "-site", site, "-out", out)
	if got := snapshotTree(t, out); !maps.Equal(got, fresh) {
		t.Errorf("the build after the kills differs from the new output: %s", diffTrees(got, fresh))
	}
	if left := tempFolders(t, root); len(left) > 0 {
		t.Errorf("after a full build, temporary folders remain: got %v, want none", left)
	}
}

// TestBuildRestoresOutputLeftMidSwap checks the swap without atomic
// exchange: a build killed between its renames leaves no output folder and
// the old output under a temporary name. The next build puts the old output
// back first, so that it stays when that build fails.
func TestBuildRestoresOutputLeftMidSwap(t *testing.T) {
	root := t.TempDir()
	site := filepath.Join(root, "site")
	writeSmallSite(t, site)
	out := filepath.Join(root, "public")
	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	old := snapshotTree(t, out)
	// The state between the first two renames of swapByRename.
	if err := os.Rename(out, filepath.Join(root, ".public.tmp-7.old")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(root, ".public.tmp-7", "index.html"), "the new output\n")

	bad := filepath.Join(site, "events", "2006-bad.toml")
	writeFile(t, bad, "title = \"No date\"\nsummary = \"A broken event.\"\n")
	_, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out})
	var contentErrs content.ContentErrors
	if !errors.As(err, &contentErrs) {
		t.Fatalf("Build of a broken site: got error %v, want content errors", err)
	}
	if got := snapshotTree(t, out); !maps.Equal(got, old) {
		t.Fatalf("after a failed build, the output is not the old one: %s", diffTrees(got, old))
	}

	if err := os.Remove(bad); err != nil {
		t.Fatal(err)
	}
	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatalf("Build: got error %v, want none", err)
	}
	if left := tempFolders(t, root); len(left) > 0 {
		t.Errorf("after a full build, temporary folders remain: got %v, want none", left)
	}
}

// killBuild starts a build of site into out and kills it with SIGKILL after
// delay; with afterTemp, the delay counts from the moment the build makes
// its temporary folder. It reports whether the build had finished first.
func killBuild(t *testing.T, bin, site, out string, delay time.Duration, afterTemp bool) bool {
	t.Helper()
	root := filepath.Dir(out)
	before := tempFolders(t, root)
	cmd := exec.Command(bin, "build", "-site", site, "-out", out)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()
	if afterTemp {
		// Poll for a temporary folder that was not there before.
	poll:
		for {
			select {
			case <-exited:
				return true
			default:
			}
			for _, name := range tempFolders(t, root) {
				if !slices.Contains(before, name) {
					break poll
				}
			}
			time.Sleep(50 * time.Microsecond)
		}
	}
	select {
	case <-exited:
		return true
	case <-time.After(delay):
	}
	cmd.Process.Kill()
	<-exited
	return cmd.ProcessState.Success()
}

// tempFolders returns the names of the temporary folders of builds in dir.
func tempFolders(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".public.tmp-") {
			names = append(names, e.Name())
		}
	}
	return names
}

// writeCorpus writes a synthetic site of 200 events into dir.
func writeCorpus(t *testing.T, dir string, seed uint64) {
	t.Helper()
	if err := corpus.Write(dir, corpus.Options{Events: 200, Seed: seed}); err != nil {
		t.Fatal(err)
	}
}

// buildCommand builds the timeline command into a temporary folder and
// returns the path of the binary. The test's runs of it keep their build
// cache in a temporary folder too.
func buildCommand(t *testing.T) string {
	t.Helper()
	t.Setenv("TIMELINE_CACHE", filepath.Join(t.TempDir(), "cache"))
	bin := filepath.Join(t.TempDir(), "timeline")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/natomongolia/timeline/cmd/timeline")
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, output)
	}
	return bin
}

// runCommand runs the command and fails the test unless it exits 0.
func runCommand(t *testing.T, bin string, args ...string) {
	t.Helper()
	if output, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("timeline %s: %v\n%s", strings.Join(args, " "), err, output)
	}
}

// snapshotTree returns every entry under dir by slash-separated path: a file as
// "file " and its content, a folder as "dir", a symbolic link as "link " and
// its target. A missing dir gives an empty map.
func snapshotTree(t testing.TB, dir string) map[string]string {
	t.Helper()
	tree := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil || rel == "." {
			return err
		}
		name := filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(path)
			tree[name] = "link " + target
			return err
		case d.IsDir():
			tree[name] = "dir"
		default:
			data, err := os.ReadFile(path)
			tree[name] = "file " + string(data)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// resetTree replaces dir with the files and folders of tree.
func resetTree(t *testing.T, dir string, tree map[string]string) {
	t.Helper()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range slices.Sorted(maps.Keys(tree)) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		var err error
		switch entry := tree[name]; {
		case entry == "dir":
			err = os.Mkdir(path, 0o755)
		case strings.HasPrefix(entry, "file "):
			err = os.WriteFile(path, []byte(strings.TrimPrefix(entry, "file ")), 0o644)
		default:
			err = os.Symlink(strings.TrimPrefix(entry, "link "), path)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// diffTrees describes how got differs from want, naming a few paths.
func diffTrees(got, want map[string]string) string {
	var diffs []string
	for _, name := range slices.Sorted(maps.Keys(got)) {
		if w, ok := want[name]; !ok {
			diffs = append(diffs, "extra "+name)
		} else if w != got[name] {
			diffs = append(diffs, "changed "+name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if _, ok := got[name]; !ok {
			diffs = append(diffs, "missing "+name)
		}
	}
	n := len(diffs)
	if n > 6 {
		diffs = append(diffs[:6], fmt.Sprintf("and %d more", n-6))
	}
	return fmt.Sprintf("%d entries differ: %s", n, strings.Join(diffs, ", "))
}

// TestConcurrentBuildsIntoOneOutput runs builds of one site into one output
// folder at the same time, as a dev server's rebuild and a build by hand
// may: each must succeed, and the output must be the complete site.
func TestConcurrentBuildsIntoOneOutput(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("builds lock their output folder on Linux only")
	}
	root := t.TempDir()
	site := filepath.Join(root, "site")
	writeCorpus(t, site, 1)
	want := filepath.Join(root, "want")
	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: want}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "public")
	// Half the builds share a build cache.
	errs := make(chan error, 8)
	for i := range cap(errs) {
		opts := generator.BuildOptions{SiteDir: site, OutDir: out}
		if i%2 == 0 {
			opts.CacheDir = filepath.Join(root, "cache")
		}
		go func() {
			_, err := generator.Build(opts)
			errs <- err
		}()
	}
	for range cap(errs) {
		if err := <-errs; err != nil {
			t.Errorf("Build: got error %v, want none", err)
		}
	}
	if got, want := snapshotTree(t, out), snapshotTree(t, want); !maps.Equal(got, want) {
		t.Errorf("output after concurrent builds: %s", diffTrees(got, want))
	}
	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out, CacheDir: filepath.Join(root, "cache")}); err != nil {
		t.Fatal(err)
	}
	if got, want := snapshotTree(t, out), snapshotTree(t, want); !maps.Equal(got, want) {
		t.Errorf("output of a build with the cache the concurrent builds left: %s", diffTrees(got, want))
	}
	if left := tempFolders(t, root); len(left) > 0 {
		t.Errorf("after the builds, temporary folders remain: got %v, want none", left)
	}
}
