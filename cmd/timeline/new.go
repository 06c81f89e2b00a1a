package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/natomongolia/timeline/generator/scaffold"
)

func newEvent(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "timeline new [-site DIR] [-date YYYY[-MM[-DD]]] TITLE", stderr)
	siteDir := fs.String("site", ".", "the site `folder` (holds config.toml and events/)")
	var opts scaffold.EventOptions
	fs.StringVar(&opts.Date, "date", "", "the event's `date`: YYYY, YYYY-MM or YYYY-MM-DD (default today)")
	operands, code := parseOperands(fs, args)
	if code >= 0 {
		return code
	}
	if len(operands) == 0 {
		fmt.Fprintln(stderr, "timeline new: give the event's title")
		fs.Usage()
		return exitUsage
	}
	opts.Title = strings.Join(operands, " ")
	path, err := scaffold.NewEvent(*siteDir, opts)
	if err != nil {
		return report(err, stderr)
	}
	fmt.Fprintln(stdout, path)
	return exitOK
}

// parseOperands parses flags that may stand before, between or after the
// operands, as in "timeline new Title -date 2005", and returns the
// operands; after "--" everything is an operand. It returns an exit code
// to stop with, or -1 to go on.
func parseOperands(fs *flag.FlagSet, args []string) ([]string, int) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK
			}
			return nil, exitUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, -1
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(operands, rest...), -1
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}
