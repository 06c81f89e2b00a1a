package main

import (
	"fmt"
	"io"

	"github.com/natomongolia/timeline/generator/scaffold"
)

func initSite(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "timeline init [-layouts] DIR", stderr)
	var opts scaffold.SiteOptions
	fs.BoolVar(&opts.Layouts, "layouts", false, "also copy the default layouts into DIR/layouts, to customise them")
	operands, code := parseOperands(fs, args)
	if code >= 0 {
		return code
	}
	if len(operands) != 1 {
		fmt.Fprintln(stderr, "timeline init: give one folder for the new site")
		fs.Usage()
		return exitUsage
	}
	dir := operands[0]
	written, err := scaffold.NewSite(dir, opts)
	if err != nil {
		return report(err, stderr)
	}
	fmt.Fprintf(stdout, "Created a site in %s:\n", dir)
	for _, path := range written {
		fmt.Fprintln(stdout, " ", path)
	}
	fmt.Fprintf(stdout, "Next:\n  cd %s\n  timeline new \"The first event\"\n  timeline serve -drafts\n", dir)
	return exitOK
}
