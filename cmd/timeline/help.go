package main

import (
	"flag"
	"fmt"
	"io"
)

// commandDoc is what a command's help says besides its synopsis and flags.
type commandDoc struct {
	about    string // what the command does, a paragraph
	examples string // example command lines, with a comment each
}

var docs = map[string]commandDoc{
	"build": {
		about: `Validates the site and writes it to the output folder, replacing the old
output whole. On content errors it prints every one as path:line:col: message,
writes nothing and exits with status 1.

A build keeps a cache of what it did in the user's cache folder, so that the
next build of the same site into the same folder decodes only the event files
that changed and renders only the files they touch. TIMELINE_CACHE=DIR keeps
the cache in DIR; TIMELINE_CACHE=off builds without one.`,
		examples: `  timeline                                   # build the site in this folder into public/
  timeline build -site mysite -out /tmp/site  # build another site elsewhere
  timeline build -base-url https://example.org/timeline/
  TIMELINE_CACHE=off timeline                 # build everything from scratch`,
	},
	"check": {
		about: `Validates everything a build validates (drafts included) and writes
nothing. Exits with status 1 and prints every error when there are some.`,
		examples: `  timeline check
  timeline check -site mysite`,
	},
	"serve": {
		about: `Builds the site in memory and serves it for previewing: the output folder
is never touched. Every change to config.toml, events/, layouts/ or static/
rebuilds the site and reloads the pages open in the browser; errors show in
the page until they are fixed. Ctrl-C stops it.`,
		examples: `  timeline serve                    # http://127.0.0.1:8080/
  timeline serve -drafts            # include draft events
  timeline serve -addr 127.0.0.1:0  # any free port
  timeline serve -any-addr -addr 0.0.0.0:8080  # on the network too (warns)`,
	},
	"new": {
		about: `Writes events/DATE-SLUG.toml, a draft event with every key present and
explained, and prints its path. SLUG comes from the title. It never
overwrites a file.`,
		examples: `  timeline new "Mongolia joins the Kosovo Force"  # dated today
  timeline new -date 2005-12 "Mongolia joins the Kosovo Force"
  $EDITOR "$(timeline new -date 2014 'Five Hills')"`,
	},
	"init": {
		about: `Writes a new site into DIR: a config.toml and an events/ folder with one
example event. It refuses a folder that already holds a site.`,
		examples: `  timeline init mysite
  timeline init -layouts mysite  # also copy the default layouts to change them`,
	},
	"import": {
		about: `Writes one events/ID.toml per event of a timeline made with Knight Lab's
TimelineJS (its Google Sheets template downloaded as CSV or XLSX, or its
JSON) or ProPublica's TimelineSetter (CSV). A folder without config.toml
also gets one, from the title slide; into an existing site it appends the
categories and eras it needs to config.toml. It never overwrites a file: an
id taken by an existing file becomes the next free one (ID-2), and it says
so. It prints FILE:ROW: message (FILE:PATH for JSON) for every thing it
could not carry, then a summary, and exits with status 1 when it left
entries out.`,
		examples: `  timeline import timeline.csv                # into this folder
  timeline import -site mysite timeline.xlsx  # a new site in mysite/
  timeline import -dry-run timeline.json      # print the files, write nothing
  timeline import -format timelinesetter cards.csv`,
	},
	"version": {
		about:    `Prints the version of timeline, from the module it was built from.`,
		examples: `  timeline version`,
	},
	"help": {
		about: `Prints the list of commands, or the help of one command.`,
		examples: `  timeline help
  timeline help serve`,
	},
}

// help runs "timeline help [COMMAND]".
func help(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, usage)
		return exitOK
	case 1:
	default:
		fmt.Fprintf(stderr, "timeline help: give one command, not %d\n", len(args))
		return exitUsage
	}
	switch name := args[0]; name {
	case "version":
		printUsage(stdout, "timeline version", name, nil)
		return exitOK
	case "help":
		printUsage(stdout, "timeline help [COMMAND]", name, nil)
		return exitOK
	default:
		if _, ok := docs[name]; !ok {
			fmt.Fprintf(stderr, "timeline help: unknown command %q\n\n%s", name, usage)
			return exitUsage
		}
		// The command prints its own help, flags included.
		return run([]string{name, "-h"}, stdout, stdout)
	}
}

// printUsage prints the help of the named command: its synopsis, what it
// does, its flags (fs is nil for a command without flags) and examples.
func printUsage(w io.Writer, synopsis, name string, fs *flag.FlagSet) {
	doc := docs[name]
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", synopsis, doc.about)
	if fs != nil {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.PrintDefaults()
	}
	fmt.Fprintf(w, "\nExamples:\n%s\n", doc.examples)
}
