package main

import (
	"strings"
	"testing"
)

func TestHelpListsEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}, {"-help"}} {
		code, stdout, stderr := runCLI(t, args...)
		if code != exitOK || stderr != "" {
			t.Errorf("timeline %s: exit %d, stderr %q; want 0 and nothing", strings.Join(args, " "), code, stderr)
		}
		for _, want := range []string{"timeline serve ", "timeline new ", "timeline init ", "timeline check ", "timeline version", "timeline init mysite"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("timeline %s lacks %q:\n%s", strings.Join(args, " "), want, stdout)
			}
		}
	}
}

func TestHelpOfEachCommand(t *testing.T) {
	for _, name := range []string{"build", "check", "serve", "new", "init", "version", "help"} {
		code, help, stderr := runCLI(t, "help", name)
		if code != exitOK || stderr != "" {
			t.Errorf("timeline help %s: exit %d, stderr %q; want 0 and nothing", name, code, stderr)
		}
		for _, want := range []string{"Usage: timeline " + name, "\nExamples:\n  timeline"} {
			if !strings.Contains(help, want) {
				t.Errorf("timeline help %s lacks %q:\n%s", name, want, help)
			}
		}
		if name == "version" || name == "help" {
			continue
		}
		if !strings.Contains(help, "\nFlags:\n  -") {
			t.Errorf("timeline help %s lists no flags:\n%s", name, help)
		}
		// -h prints the same help, to stderr as the flag package does.
		code, stdout, dashH := runCLI(t, name, "-h")
		if code != exitOK || stdout != "" || dashH != help {
			t.Errorf("timeline %s -h: exit %d, stdout %q, stderr:\n%s\nwant 0 and the help:\n%s", name, code, stdout, dashH, help)
		}
	}
}

func TestHelpRefuses(t *testing.T) {
	for _, args := range [][]string{{"help", "nope"}, {"help", "new", "init"}, {"nope"}, {"new", "-nope", "x"}} {
		if code, _, stderr := runCLI(t, args...); code != exitUsage || stderr == "" {
			t.Errorf("timeline %s: exit %d, stderr %q; want 2 and a message", strings.Join(args, " "), code, stderr)
		}
	}
}
