// Package e2e holds the tests of the whole program: builds killed at
// every instant (crash), output folders refused or accepted (outdir),
// public/ being what a build makes now (public), and the browser suite,
// which builds the repository's site and a fixture unlike it, opens the
// pages in headless Chromium (driven with chromedp) and checks what a
// person gets: no network, no errors, accessibility (axe-core), keyboard
// use, reading without JavaScript, reflow, print, embedding and valid HTML
// (the Nu HTML Checker).
//
// The browser tests skip when Chromium (or, for validation, Java and
// vnu.jar) is missing, unless CI=true, where they fail instead. The tools
// are found at the paths .ci/run installs them to, or through the
// environment variables TIMELINE_CHROMIUM, TIMELINE_AXE and TIMELINE_VNU.
// With TIMELINE_SCREENSHOTS set to a folder, the suite writes PNG
// screenshots of every page there.
package e2e
