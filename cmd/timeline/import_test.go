package main

import (
	"path/filepath"
	"strings"
	"testing"
)

const importSheet = `Year,Month,Headline,Text,Type,Group
,,Imported,<p>A site from a sheet.</p>,title,
2005,12,Mongolia joins KFOR,<p>It began.</p>,,Operations
2010,3,Mongolia deploys to ISAF,<p>It went on.</p>,,Operations
`

func TestImportIntoNewFolderPassesCheck(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTestFile(t, "sheet.csv", importSheet)
	code, stdout, stderr := runCLI(t, "import", "-site", "site", "sheet.csv")
	want := filepath.Join("site", "config.toml") + " written with 1 category (operations)\n" +
		"2 events written to " + filepath.Join("site", "events") + string(filepath.Separator) + "\n"
	if code != exitOK || stdout != want || stderr != "" {
		t.Fatalf("import: exit %d, stdout %q, stderr %q; want 0 and %q", code, stdout, stderr, want)
	}
	if code, stdout, stderr := runCLI(t, "check", "-site", "site"); code != exitOK || stdout != "2 events, no errors\n" {
		t.Errorf("check after import: exit %d\n%s%s", code, stdout, stderr)
	}
	// Again: nothing is overwritten, each id takes the next free one.
	code, _, stderr = runCLI(t, "import", "-site", "site", "sheet.csv")
	wantLine := "sheet.csv:3: " + filepath.Join("site", "events", "2005-12-mongolia-joins-kfor.toml") + " exists: written as " + filepath.Join("site", "events", "2005-12-mongolia-joins-kfor-2.toml") + ", the file is left as it was\n"
	if code != exitOK || !strings.HasPrefix(stderr, wantLine) {
		t.Errorf("second import: exit %d, stderr %q; want 0 and %q first", code, stderr, wantLine)
	}
}

func TestImportSkippedRowsExitOne(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTestFile(t, "sheet.csv", importSheet+",,No year,,,\n")
	code, stdout, stderr := runCLI(t, "import", "sheet.csv")
	if want := "sheet.csv:5: no Year: add the date the event happened, such as 2005 or -500 for 500 BCE; the row is left out\n"; code != exitContent || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	if want := "2 events written to events" + string(filepath.Separator) + ", 1 row skipped\n"; !strings.HasSuffix(stdout, want) {
		t.Errorf("stdout %q lacks %q", stdout, want)
	}
}

func TestImportDryRunWritesNothing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTestFile(t, "sheet.csv", importSheet)
	before := snapshot(t, dir)
	code, stdout, stderr := runCLI(t, "import", "sheet.csv", "-dry-run")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"--- would write config.toml\n",
		"--- would write " + filepath.Join("events", "2005-12-mongolia-joins-kfor.toml") + "\ntitle    = \"Mongolia joins KFOR\"\n",
		"(dry run: nothing was written)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the dry run's output lacks %q:\n%s", want, stdout)
		}
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("the dry run wrote files:\n%s", after)
	}
}

func TestImportUsageErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTestFile(t, "sheet.csv", importSheet)
	writeTestFile(t, "other.csv", "Name,When\nx,2005\n")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"import"}, "timeline import: give one file to import\n"},
		{[]string{"import", "a.csv", "b.csv"}, "timeline import: give one file to import\n"},
		{[]string{"import", "missing.csv"}, "timeline: cannot read missing.csv: no such file or directory\n"},
		{[]string{"import", "-format", "excel", "sheet.csv"}, `timeline import: -format: unknown format "excel": use auto, timelinejs-sheet, timelinejs-json, timelinesetter` + "\n"},
		{[]string{"import", "-format", "timelinejs-json", "sheet.csv"}, "timeline: sheet.csv is not JSON: leave out -format, or give a TimelineJS JSON file\n"},
		{[]string{"import", "other.csv"}, "timeline: other.csv: the header row is neither the TimelineJS template's (Year, Month, Day, … Headline, Text, …) nor TimelineSetter's (date, display_date, description, link, series, html)\n"},
		{[]string{"import", "-bogus", "sheet.csv"}, "flag provided but not defined: -bogus\n"},
	} {
		code, _, stderr := runCLI(t, tc.args...)
		if code != exitUsage || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("timeline %s: exit %d, stderr %q; want 2 and %q", strings.Join(tc.args, " "), code, stderr, tc.want)
		}
	}
}

func TestImportHelp(t *testing.T) {
	code, help, _ := runCLI(t, "help", "import")
	for _, want := range []string{"Usage: timeline import [-site DIR] [-format F] [-dry-run] FILE", "-dry-run", "-format format", "\nExamples:\n  timeline import"} {
		if code != exitOK || !strings.Contains(help, want) {
			t.Errorf("timeline help import: exit %d, lacks %q:\n%s", code, want, help)
		}
	}
	if _, usage, _ := runCLI(t, "help"); !strings.Contains(usage, "timeline import  [-site DIR]") {
		t.Errorf("timeline help does not list import:\n%s", usage)
	}
}
