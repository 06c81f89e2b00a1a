// Package importer brings timelines made with other tools into a site:
// Knight Lab's TimelineJS (its Google Sheets template as CSV or XLSX, and
// its JSON) and ProPublica's TimelineSetter (CSV). It is "timeline
// import".
//
// Each format has a reader (sheet.go, tljson.go, setter.go) that fills
// one Site of Events, Eras and Messages; the planner (plan.go) gives the
// events free ids and categories and decides the files; toml.go renders
// them and write.go writes them, taking back a write that fails half-way;
// Import does it all. README.md beside this file tells users what
// is carried and how.
//
// The rules in short:
//   - A title is plain text (HTML stripped, entities decoded), at most 500
//     characters; an entry without a headline takes its display date, its
//     text's first sentence or its date, with a message.
//   - TimelineJS has no summary: it is the first sentence of the text as
//     plain text (two when the first is under 60 characters), at most
//     2,000 characters, or the title when there is no text.
//   - The body is the text converted to Markdown by html-to-markdown, with
//     scripts, styles, frames, embedded objects and javascript: links
//     removed first: it holds no raw HTML.
//   - Dates are EDTF. A negative TimelineJS year counts as TimelineJS shows
//     it ("-500" shows as "500 BCE"), so it is one more in EDTF's
//     astronomical count: year -500 is "-0499".
//   - An id is "<date>-<slug of the title>" as "timeline new" makes it
//     (TimelineJS's unique_id when it is a valid id); a date before year 1
//     is written as the BCE year followed by "bce" ("0500-bce-…",
//     "0044-03-15-bce-…"), since an id has no minus sign. An id taken by
//     an existing file, or by an earlier entry, becomes id-2, id-3….
//   - A display date that says what the site would show anyway is left
//     out; "since March 2010" makes the event ongoing.
package importer
