package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/natomongolia/timeline/generator/importer"
)

func importFile(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "timeline import [-site DIR] [-format F] [-dry-run] FILE", stderr)
	var opts importer.Options
	fs.StringVar(&opts.SiteDir, "site", ".", "the site `folder`; one without config.toml gets one")
	names := make([]string, len(importer.Formats))
	for i, f := range importer.Formats {
		names[i] = string(f)
	}
	format := fs.String("format", string(importer.Auto), "the file's `format`: "+strings.Join(names, ", "))
	fs.BoolVar(&opts.DryRun, "dry-run", false, "print the files it would write, and write nothing")
	operands, code := parseOperands(fs, args)
	if code >= 0 {
		return code
	}
	if len(operands) != 1 {
		fmt.Fprintln(stderr, "timeline import: give one file to import")
		fs.Usage()
		return exitUsage
	}
	var err error
	if opts.Format, err = importer.ParseFormat(*format); err != nil {
		fmt.Fprintf(stderr, "timeline import: -format: %v\n", err)
		return exitUsage
	}
	opts.File = operands[0]
	opts.Progress = progressLine(stderr, "importing: %d of %d events")
	result, err := importer.Import(opts)
	if err != nil {
		return report(err, stderr)
	}
	for _, m := range result.Messages {
		fmt.Fprintln(stderr, m)
	}
	if opts.DryRun {
		if err := result.WriteDryRun(stdout); err != nil {
			return report(err, stderr)
		}
	}
	for _, line := range result.Summary() {
		fmt.Fprintln(stdout, line)
	}
	if result.Site.Skipped > 0 {
		return exitContent
	}
	return exitOK
}
