// Package layouts holds the default look of a timeline site: Go
// html/template layouts, the style sheet and the script. They travel inside
// the binary; a site's own layouts/ folder overrides them file by file.
package layouts

import "embed"

// FS holds the default layouts: base.html, partials.html, index.html,
// event.html, 404.html, style.css and timeline.js.
//
//go:embed *.html *.css *.js
var FS embed.FS
