// Package browsertest proves the built site in a real browser: its tests
// build the repository's site, open the pages in headless Chromium (driven
// with chromedp) and check what a person gets: no network, no errors,
// accessibility (axe-core), keyboard use, reading without JavaScript,
// reflow, print, embedding and valid HTML (the Nu HTML Checker).
//
// The tests skip when Chromium (or, for validation, Java and vnu.jar) is
// missing, unless CI=true, where they fail instead. The tools are found at
// the paths .ci/run installs them to, or through the environment variables
// TIMELINE_CHROMIUM, TIMELINE_AXE and TIMELINE_VNU. With TIMELINE_SCREENSHOTS
// set to a folder, the suite writes PNG screenshots of every page there.
package browsertest
