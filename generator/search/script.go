package search

import _ "embed"

// Script is the client of the index, to be inlined in a <script> at the
// end of each page that has a search placeholder (see the package doc). It
// turns the placeholder into a search form, loads the index on first use,
// and searches as the reader types. It defines window.timelineSearch with
// fold, terms and Index, which the tests use.
//
//go:embed search.js
var Script string

// Style is the style sheet of the search form, written with the custom
// properties of the default layouts' style sheet (--text, --surface,
// --muted, --line), to be added to it.
//
//go:embed search.css
var Style string
