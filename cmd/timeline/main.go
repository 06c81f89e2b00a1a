// Command timeline builds a static timeline website from one TOML file per
// dated event. Run "timeline help" for its commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/store"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // content errors: the site needs fixing
	exitUsage   = 2 // bad flags, or an output folder refused
	exitWrite   = 3 // the output could not be written: a full disk, a read-only folder
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `timeline builds a static timeline website from one TOML file per event.

Usage:
  timeline [build] [-site DIR] [-out DIR] [-drafts] [-base-url URL]
  timeline check   [-site DIR]
  timeline serve   [-site DIR] [-addr 127.0.0.1:8080] [-drafts] [-any-addr]
  timeline new     [-site DIR] [-date YYYY[-MM[-DD]]] TITLE
  timeline init    [-layouts] DIR
  timeline import  [-site DIR] [-format F] [-dry-run] FILE
  timeline version
  timeline help    [COMMAND]

Commands:
  build    validate the site and write it to the output folder (the default)
  check    validate the site and write nothing
  serve    preview the site from memory, rebuilt and reloaded on every change
  new      write a new event file: a draft with every key explained
  init     write a new site: config.toml and an example event
  import   write event files from a TimelineJS sheet or JSON, or a TimelineSetter CSV
  version  print the version
  help     print the help of a command

Start a timeline:
  timeline init mysite && cd mysite
  timeline new "The first event"
  timeline serve -drafts

Run "timeline help COMMAND" or "timeline COMMAND -h" for a command's flags
and examples.
`

// run runs the command with its arguments and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	command := "build"
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		args = append([]string{"help"}, args[1:]...)
	}
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		command, args = args[0], args[1:]
	}
	switch command {
	case "build":
		return build(args, stdout, stderr)
	case "check":
		return check(args, stdout, stderr)
	case "serve":
		return serveSite(args, stdout, stderr)
	case "new":
		return newEvent(args, stdout, stderr)
	case "init":
		return initSite(args, stdout, stderr)
	case "import":
		return importFile(args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "timeline", version())
		return exitOK
	case "help":
		return help(args, stdout, stderr)
	}
	fmt.Fprintf(stderr, "timeline: unknown command %q\n\n%s", command, usage)
	return exitUsage
}

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { printUsage(stderr, synopsis, name, fs) }
	return fs
}

// parse parses flags and refuses stray arguments. It returns an exit code
// to stop with, or -1 to go on.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "timeline %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	return -1
}

func build(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "timeline build [-site DIR] [-out DIR] [-drafts] [-base-url URL]", stderr)
	var opts generator.BuildOptions
	fs.StringVar(&opts.SiteDir, "site", ".", "the site `folder` (holds config.toml and events/)")
	fs.StringVar(&opts.OutDir, "out", "", "the output `folder` (default SITE/public)")
	fs.BoolVar(&opts.Drafts, "drafts", false, "include draft events")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the absolute `URL` the site is served from (overrides baseURL)")
	if code := parse(fs, args, stderr); code >= 0 {
		return code
	}
	opts.CacheDir = store.DefaultDir()
	opts.MediaProgress = progressLine(stderr, "processing media: %d of %d files")
	result, err := generator.Build(opts)
	if err != nil {
		return report(err, stderr)
	}
	warn(result.Warnings, stderr)
	fmt.Fprintln(stdout, result)
	return exitOK
}

func check(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "timeline check [-site DIR]", stderr)
	siteDir := fs.String("site", ".", "the site `folder` (holds config.toml and events/)")
	if code := parse(fs, args, stderr); code >= 0 {
		return code
	}
	site, err := generator.CheckWith(*siteDir, generator.CheckOptions{
		CacheDir: store.DefaultDir(), MediaProgress: progressLine(stderr, "processing media: %d of %d files"),
	})
	if err != nil {
		return report(err, stderr)
	}
	warn(site.Warnings, stderr)
	fmt.Fprintf(stdout, "%d events, no errors\n", len(site.Events))
	return exitOK
}

// warn prints the warnings of a site, if it has any.
func warn(warnings content.Warnings, stderr io.Writer) {
	if len(warnings) > 0 {
		fmt.Fprintln(stderr, warnings)
	}
}

// report prints err and returns the exit code for it.
func report(err error, stderr io.Writer) int {
	var contentErrs content.ContentErrors
	var contentErr *content.Error
	var usageErr *content.UsageError
	var writeErr *content.WriteError
	switch {
	case errors.As(err, &contentErrs):
		fmt.Fprintln(stderr, contentErrs)
		fmt.Fprintf(stderr, "%d error%s; nothing was written\n", len(contentErrs), plural(len(contentErrs)))
		return exitContent
	case errors.As(err, &contentErr):
		fmt.Fprintln(stderr, contentErr)
		return exitContent
	case errors.As(err, &usageErr):
		fmt.Fprintln(stderr, "timeline:", usageErr)
		return exitUsage
	case errors.As(err, &writeErr):
		fmt.Fprintln(stderr, "timeline:", writeErr)
		fmt.Fprintln(stderr, "The previous output, if any, is as it was.")
		return exitWrite
	}
	fmt.Fprintln(stderr, "timeline:", err)
	return exitContent
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// version returns the module version the binary was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "(devel)"
	}
	return info.Main.Version
}
