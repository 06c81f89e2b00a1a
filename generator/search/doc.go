// Package search is the search of a timeline's pages: Build writes the
// index file of the events, search-index.js, and Script is the client that
// pages inline, which turns a placeholder into a search form, loads the
// index the first time the field gets focus, and finds events by the words
// of their title, tags, place, summary and body as the reader types. It
// works from file:// (the index is a script, not JSON to fetch), under a
// Content-Security-Policy from default-src 'none', and asks no other
// server for anything.
//
// # Words
//
// Fold and Terms say what a word is, the same in Go and in search.js:
// compared without regard to case and accents ("Ærøskøbing" is found as
// "aeroskobing", "Straße" as "strasse", "Αθῆναι" as "αθηναι"), each word
// of the query a prefix of a word of the event ("mong" finds
// "Mongolia"), and an event found only when it holds every word of the
// query. Chinese, Japanese, Thai and the other scripts written without
// spaces are indexed by pairs of neighbouring characters, and the query
// by its pairs, so that "北京大学" finds an event that holds "北京大学"
// and any single character finds the events that hold it.
//
// Events are ranked by the sum, over the words of the query, of the
// weight of the weightiest field the word is found in: 16 in the title, 8
// in the tags, 4 in the place, 2 in the summary, 1 in the body, doubled
// when the word is whole rather than a prefix; equal ranks keep the order
// of the docs given to Build, which is the timeline's.
//
// # The index file
//
// search-index.js is a UTF-8 byte order mark, then
//
//	window.timelineSearchIndex={"v":1,"id":[…],"title":[…],"date":[…],"url":["events/",".html"],"terms":"…","postings":"…"};
//
// with, for the nth event of the timeline, id[n], title[n] and date[n]
// (its dates as its page shows them), and its URL from the site root:
// url[0] + id[n] + url[1] when every URL is so made, or else urls[n]
// instead of url. terms holds every folded term, sorted in UTF-16 order
// (as JavaScript compares strings), separated by spaces; postings holds
// the posting list of each term, in the same order, separated by spaces.
// A posting list tells which events hold the term, in timeline order,
// and in which field (0 title, 1 tags, 2 place, 3 summary, 4 body: the
// weightiest the term is in): for each event one number,
// (gap-1)*5 + field, where gap is how far the event comes after the one
// before (the first after -1). A number is written in base 32, most
// significant digit first, the last digit as a character from ']' (0) to
// '|' (31) and any before it from '#' (0) to 'B' (31). A term found in
// the body of every event so costs one character an event, and the
// file's gzipped size stays small beside the events' text.
//
// # The placeholder
//
// A page that has a search holds, where the form goes,
//
//	<div class="search" id="search" hidden
//	     data-index="search-index.js" data-root=""
//	     data-label="Search events"
//	     data-found-one="{n} event found" data-found-other="{n} events found"
//	     data-none="No events found" data-more="(the first {n} shown)"
//	     data-loading="Loading the search…" data-error="The search could not be loaded."></div>
//
// and inlines Script after it, in a <script> at the end of <body>, and
// Style in its style sheet. Without JavaScript the placeholder stays
// hidden, so the page shows no field that cannot work. The attributes:
//
//   - data-index: the URL of search-index.js from this page
//     ("../search-index.js" from years/ and events/); required.
//   - data-root: the path from this page to the site root, put before the
//     URLs of the results ("" or "../").
//   - data-label: the label of the field; data-results, optionally, the
//     accessible name of the list of results (the label by default);
//     data-placeholder, optionally, the field's placeholder.
//   - data-found-zero, -one, -two, -few, -many, -other: the count of the
//     events found, {n} standing for the number, in the plural forms of
//     the page's language (its lang attribute, through Intl.PluralRules;
//     -other is the fallback, and the number is written with
//     Intl.NumberFormat).
//   - data-none: what the count says when no event is found.
//   - data-more: added after the count when more events are found than
//     the 50 shown, {n} standing for 50.
//   - data-loading, data-error: what the count says while the index loads
//     and when it cannot.
//   - data-target, optionally: the target of the results' links ("_top"
//     in the embed).
//   - id: optional; the ids of the form's elements are made from it
//     ("search-q" for the field, "search-status", "search-results"), or
//     from "search-1", "search-2"… without it.
//
// The script builds, inside the placeholder, a <form role="search"> with
// the <label>, an <input type="search">, the count of the events found
// (shown at each key, and hidden from screen readers), a <p role="status">
// hidden from sight that announces it once typing pauses, and an <ol> of
// the results, each a link holding the event's title and dates. The field
// and the titles take their direction from their text (dir="auto"), as
// the pages' titles do. Down arrow goes from
// the field to the results and along them, Up arrow back, Enter in the
// field to the first result, Escape clears the search and returns to the
// field; the form is never submitted.
//
// # Content-Security-Policy
//
// The inline Script is allowed by its hash, as every inline script of the
// pages; loading search-index.js needs script-src to allow it too:
// script-src 'self' 'sha256-…'. On a server 'self' is the site's origin;
// from file:// Chromium lets it match the files beside the page (the
// browser tests check both that the index loads with it and that it is
// refused without it). No other directive is needed: the index is a
// script, and the results are links.
package search
