package importer

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/natomongolia/timeline/generator/content"
)

// Options say what to import and where.
type Options struct {
	// File is the file to import.
	File string
	// SiteDir is the site folder; empty means the working folder. A
	// folder with no config.toml gets one.
	SiteDir string
	// Format is the file's format; empty means Auto.
	Format Format
	// DryRun plans the import and writes nothing.
	DryRun bool
	// Progress, when set, is called after each event file is written (or
	// planned, in a dry run) with the number done and the total.
	Progress func(done, total int)
}

// Result tells what an import wrote, or would write in a dry run.
type Result struct {
	Site *Site
	// Config is config.toml, new or the text appended to it; nil when
	// the site's needs no change.
	Config *File
	// Events are the event files, in the order of the imported file.
	Events []File
	// Copies are the media files copied into media/.
	Copies []Copy
	// Messages are those of the reading, then those of the writing
	// (ids taken by existing files, media not found).
	Messages []Message
	// NewConfig tells that config.toml was written whole.
	NewConfig bool
	// Categories and Eras are those added to config.toml.
	Categories []Category
	Eras       []Era
	DryRun     bool
	siteDir    string
}

// Import reads the file and writes its timeline into the site folder:
// one events/<id>.toml per event, its media copied into media/, and
// config.toml: a new one into a folder with none, else the categories and
// eras the events need appended to it, the rest of its bytes unchanged.
// It never overwrites a file: an id taken by an existing file becomes the
// next free one (id-2, id-3…), with a message.
//
// A file that cannot be read at all, in a format Import does not know,
// or a config.toml that cannot take the additions, is a
// *content.UsageError, and nothing is written; a failure to write (a full
// disk) is a *content.WriteError, after what was written is taken back.
// Entries left out are counted in the Site's Skipped, and said in
// Messages.
func Import(opts Options) (*Result, error) {
	format := opts.Format
	if format == "" {
		format = Auto
	}
	data, err := os.ReadFile(opts.File)
	if err != nil {
		return nil, &content.UsageError{Msg: fmt.Sprintf("cannot read %s: %v", opts.File, unwrapPath(err))}
	}
	site, err := Read(opts.File, data, format)
	if err != nil {
		return nil, &content.UsageError{Msg: err.Error()}
	}
	siteDir := opts.SiteDir
	if siteDir == "" {
		siteDir = "."
	}
	res := &Result{Site: site, Messages: site.Messages, DryRun: opts.DryRun, siteDir: siteDir}
	p := &planner{site: site, file: opts.File, siteDir: siteDir, result: res, media: map[string]string{}, mediaNames: map[string]bool{}, mediaNext: map[string]int{}}
	if err := p.plan(); err != nil {
		return nil, &content.UsageError{Msg: err.Error()}
	}
	if opts.DryRun {
		for i := range site.Events {
			progress(opts.Progress, i+1, len(site.Events))
		}
		return res, nil
	}
	if err := res.write(opts.Progress); err != nil {
		return nil, err
	}
	return res, nil
}

func progress(report func(done, total int), done, total int) {
	if report != nil {
		report(done, total)
	}
}

// unwrapPath returns the reason of a *fs.PathError, whose path the
// caller already says.
func unwrapPath(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}

// WriteDryRun prints the files a dry run would write, each as its path
// and content, and the media it would copy.
func (r *Result) WriteDryRun(w io.Writer) error {
	files := r.Events
	if r.Config != nil {
		files = append([]File{*r.Config}, files...)
	}
	for _, f := range files {
		verb := "write"
		if f.Append {
			verb = "append to"
		}
		if _, err := fmt.Fprintf(w, "--- would %s %s\n%s\n", verb, f.Path, f.Data); err != nil {
			return err
		}
	}
	for _, c := range r.Copies {
		if _, err := fmt.Fprintf(w, "--- would copy %s to %s\n", c.From, c.To); err != nil {
			return err
		}
	}
	return nil
}

// Summary returns the lines that end an import's report, such as
// "12 events written to events/, 2 rows skipped".
func (r *Result) Summary() []string {
	would := func(done string) string {
		if r.DryRun {
			return "would be " + done
		}
		return done
	}
	var lines []string
	if r.Config != nil {
		var added []string
		if len(r.Categories) > 0 {
			ids := make([]string, len(r.Categories))
			for i, c := range r.Categories {
				ids[i] = c.ID
			}
			added = append(added, count(len(ids), "category", "categories")+" ("+listWords(ids)+")")
		}
		if len(r.Eras) > 0 {
			added = append(added, count(len(r.Eras), "era", "eras"))
		}
		if r.NewConfig {
			line := fmt.Sprintf("%s %s", r.Config.Path, would("written"))
			if len(added) > 0 {
				line += " with " + listWords(added)
			}
			lines = append(lines, line)
		} else {
			lines = append(lines, fmt.Sprintf("%s: %s %s", r.Config.Path, listWords(added), would("added")))
		}
	}
	if n := len(r.Copies); n > 0 {
		lines = append(lines, fmt.Sprintf("%s %s to %s%c", count(n, "media file", "media files"), would("copied"), filepath.Join(r.siteDir, mediaDir), filepath.Separator))
	}
	line := fmt.Sprintf("%s %s to %s%c", count(len(r.Events), "event", "events"), would("written"), filepath.Join(r.siteDir, "events"), filepath.Separator)
	if r.Site.Skipped > 0 {
		line += fmt.Sprintf(", %s skipped", count(r.Site.Skipped, r.Site.Unit, r.Site.Unit+"s"))
	}
	if r.DryRun {
		line += " (dry run: nothing was written)"
	}
	return append(lines, line)
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
