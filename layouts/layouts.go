// Package layouts holds the default look of a timeline site: Go
// html/template layouts, the style sheet and the script. They travel inside
// the binary; a site's own layouts/ folder overrides them file by file.
package layouts

import "embed"

// FS holds the default layouts: base.html, partials.html, index.html,
// event.html, 404.html, year.html, style.css and timeline.js; tag.html (a
// tag's page), tags.html (the index of tags) and tags.css, the rules of
// the tags, on the pages of a site whose events have some; embed.html with
// embed.css and embed-frame.js (the page for iframes), embed.js (the
// script for host pages) and embed-snippet.js (the index's copy button);
// media.css and media.js, the rules of the pages that show media and the
// script that loads an embedded player after a click; languages.css, the
// rules of the language switcher of a site in several languages; eras.css,
// the rules of eras, and today.css, those of the present day on the
// overview.
//
//go:embed *.html *.css *.js
var FS embed.FS
