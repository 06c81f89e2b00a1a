package e2e_test

import (
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
)

// writeSmallSite writes a one-event site with every kind of folder a site
// has (events/, layouts/, static/) into dir.
func writeSmallSite(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"config.toml": "title = \"A small site\"\n\n[[categories]]\nid = \"operations\"\nlabel = \"Operations\"\n",
		"events/2005-12-kfor.toml": "title = \"Mongolia joins KFOR\"\ndate = \"2005-12\"\nsummary = \"Mongolia took part in KFOR.\"\n" +
			"category = \"operations\"\nbody = \"Peace-support operations.\"\n",
		"layouts/README": "Layouts that override the built-in ones go here.\n",
		"static/CNAME":   "timeline.example.org\n",
	}
	for name, text := range files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), text)
	}
}

// writeFile writes text to path, making its folder.
func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlink makes a symbolic link at link to target.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestRefusedOutputFolders checks that a build refuses every output folder
// it must not replace, through the library (a *UsageError) and through the
// command (exit status 2), and that neither changes any file.
func TestRefusedOutputFoldersAllWays(t *testing.T) {
	bin := buildCommand(t)
	tests := []struct {
		name string
		// setup makes the folders of the case in root, where the site is
		// root/site, and returns the site and output folders to build with.
		setup func(t *testing.T, root string) (site, out string)
	}{
		{"the site folder", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site"
		}},
		{"the site folder, written differently", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site/events/.."
		}},
		{"a folder that holds the site", func(t *testing.T, root string) (string, string) {
			return root + "/site", root
		}},
		{"events/", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site/events"
		}},
		{"a new folder inside events/", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site/events/public"
		}},
		{"a new folder inside layouts/", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site/layouts/public"
		}},
		{"a new folder inside static/", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site/static/public"
		}},
		{"config.toml", func(t *testing.T, root string) (string, string) {
			return root + "/site", root + "/site/config.toml"
		}},
		{"a folder with files no build made", func(t *testing.T, root string) (string, string) {
			writeFile(t, root+"/notes/todo.txt", "keep me\n")
			return root + "/site", root + "/notes"
		}},
		{"a folder with only hidden files no build made", func(t *testing.T, root string) (string, string) {
			writeFile(t, root+"/home/.profile", "keep me\n")
			return root + "/site", root + "/home"
		}},
		{"a file", func(t *testing.T, root string) (string, string) {
			writeFile(t, root+"/notes.txt", "keep me\n")
			return root + "/site", root + "/notes.txt"
		}},
		{"a symbolic link to a built output", func(t *testing.T, root string) (string, string) {
			writeFile(t, root+"/built/.timeline-build", "built\n")
			symlink(t, root+"/built", root+"/public")
			return root + "/site", root + "/public"
		}},
		{"a folder inside events/ through a link", func(t *testing.T, root string) (string, string) {
			symlink(t, root+"/site/events", root+"/alias")
			return root + "/site", root + "/alias/public"
		}},
		{"a folder inside static/ of a site named through a link", func(t *testing.T, root string) (string, string) {
			symlink(t, root+"/site", root+"/alias")
			return root + "/alias", root + "/site/static/public"
		}},
		{"a folder that holds a site named through a link", func(t *testing.T, root string) (string, string) {
			symlink(t, root+"/site", root+"/alias")
			return root + "/alias", root + "/site"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeSmallSite(t, filepath.Join(root, "site"))
			site, out := tt.setup(t, root)
			before := snapshotTree(t, root)

			_, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out})
			var usageErr *content.UsageError
			if !errors.As(err, &usageErr) {
				t.Fatalf("Build: got error %v (%T), want a *content.UsageError", err, err)
			}
			if !strings.Contains(err.Error(), "refusing") {
				t.Errorf("Build: got error %q, want one that says it is refusing", err)
			}
			if after := snapshotTree(t, root); !maps.Equal(after, before) {
				t.Fatalf("Build changed files: %s", diffTrees(after, before))
			}

			cmd := exec.Command(bin, "build", "-site", site, "-out", out)
			output, err := cmd.CombinedOutput()
			if code := cmd.ProcessState.ExitCode(); code != 2 {
				t.Errorf("timeline build: got exit status %d (%v), want 2\n%s", code, err, output)
			}
			if after := snapshotTree(t, root); !maps.Equal(after, before) {
				t.Fatalf("timeline build changed files: %s", diffTrees(after, before))
			}
		})
	}
}

// TestAcceptedOutputFolders checks that a build writes to the output
// folders it may replace, again and again, and leaves no temporary folder.
func TestAcceptedOutputFoldersAllWays(t *testing.T) {
	tests := []struct {
		name string
		// setup prepares the output folder out, beside the site root/site.
		out   string
		setup func(t *testing.T, out string)
	}{
		{"a new folder", "public", func(*testing.T, string) {}},
		{"a new folder two levels down", "deploy/www/public", func(*testing.T, string) {}},
		{"an empty folder", "public", func(t *testing.T, out string) {
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
		{"a sibling of events/ whose name starts the same", "site/events-public", func(*testing.T, string) {}},
		{"a name with glob characters", "pub[lic*", func(*testing.T, string) {}},
		{"the default site/public", "", func(*testing.T, string) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			site := filepath.Join(root, "site")
			writeSmallSite(t, site)
			out := filepath.Join(root, filepath.FromSlash(tt.out))
			if tt.out == "" {
				out = filepath.Join(site, "public")
			}
			tt.setup(t, out)
			for range 2 {
				opts := generator.BuildOptions{SiteDir: site, OutDir: out}
				if tt.out == "" {
					opts.OutDir = ""
				}
				if _, err := generator.Build(opts); err != nil {
					t.Fatalf("Build: got error %v, want none", err)
				}
			}
			for _, name := range []string{"index.html", "events/2005-12-kfor.html", "CNAME", ".timeline-build"} {
				if _, err := os.Stat(filepath.Join(out, name)); err != nil {
					t.Errorf("output: got %v, want %s", err, name)
				}
			}
			entries, err := os.ReadDir(filepath.Dir(out))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("beside the output: got %s, want no temporary folder", e.Name())
				}
			}
		})
	}
}

// TestReplacingNeverFollowsLinks checks that replacing an output that holds
// symbolic links to folders outside it, and removing temporary folders that
// are or hold such links, removes the links and never what they point to.
func TestReplacingNeverFollowsLinks(t *testing.T) {
	root := t.TempDir()
	site := filepath.Join(root, "site")
	writeSmallSite(t, site)
	out := filepath.Join(root, "public")
	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(root, "outside")
	writeFile(t, filepath.Join(outside, "precious.txt"), "keep me\n")
	writeFile(t, filepath.Join(outside, "deep", "more.txt"), "keep me too\n")
	keep := snapshotTree(t, outside)
	// Links in the old output, at its top and deeper, to the folder and to
	// a file; and leftovers of killed builds that are or hold links.
	symlink(t, outside, filepath.Join(out, "outside"))
	symlink(t, outside, filepath.Join(out, "events", "outside"))
	symlink(t, filepath.Join(outside, "precious.txt"), filepath.Join(out, "precious.txt"))
	symlink(t, outside, filepath.Join(root, ".public.tmp-1"))
	if err := os.Mkdir(filepath.Join(root, ".public.tmp-2"), 0o755); err != nil {
		t.Fatal(err)
	}
	symlink(t, outside, filepath.Join(root, ".public.tmp-2", "outside"))

	if _, err := generator.Build(generator.BuildOptions{SiteDir: site, OutDir: out}); err != nil {
		t.Fatalf("Build: got error %v, want none", err)
	}
	if got := snapshotTree(t, outside); !maps.Equal(got, keep) {
		t.Fatalf("the folder the links point to changed: %s", diffTrees(got, keep))
	}
	for _, name := range []string{"public/outside", "public/events/outside", "public/precious.txt", ".public.tmp-1", ".public.tmp-2"} {
		if _, err := os.Lstat(filepath.Join(root, filepath.FromSlash(name))); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s after the build: got %v, want it gone", name, err)
		}
	}
}
