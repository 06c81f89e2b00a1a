// Package generator compiles a timeline site (a config.toml, one TOML file
// per dated event, optional layouts and static files) into a minified,
// self-sufficient static website. Its entry points are Build, Check and a
// Session for a dev server; every one of them takes the same pipeline.
//
// # How a build flows
//
//  1. load reads config.toml and events/*.toml into a content.Site and
//     validates them, every error at once (package load). An incremental
//     build hands it a store, and it takes from there the events whose
//     files did not change.
//  2. render plans every output file with its fingerprint, the sum of
//     what it shows (package render, with its layouts in render/layout and
//     the overview's drawing in render/overview).
//  3. The pipeline keeps from the last build every output whose
//     fingerprint did not change (package store: Memory for serve, Disk
//     for the command's build cache) and renders the others on every CPU.
//  4. publish writes the new tree beside the output folder and swaps it in
//     whole (package publish); serve keeps it in memory instead.
//
// # Where things are
//
//	content/         the domain: site, config, event, dates, errors, the site's files (no I/O)
//	edtf/            EDTF dates (Level 0 and 1)
//	load/            reading and validating a site
//	render/          the output files: pages, feeds, data; their fingerprints
//	render/layout/   the layouts: a site's own, then the defaults
//	render/overview/ the overview's SVG on one linear time scale
//	output/          output paths (EventPage, YearPage…) and file content (Pieces)
//	store/           what one build keeps for the next: Memory, Disk
//	publish/         the output folder: refusals, the atomic swap, the lock
//	serve/           the dev server
//	scaffold/        timeline init and timeline new
//	importer/        timeline import
//	locale/          CLDR dates and numbers
//	internal/        Markdown, minifiers, CSP, TOML positions, file rules, test sites
//	e2e/             whole-program tests: crash, public/ freshness, the browser suite
package generator
