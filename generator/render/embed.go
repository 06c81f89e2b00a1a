package render

import (
	"html/template"
	"strings"

	"github.com/natomongolia/timeline/generator/render/layout"
)

// embedHeight is the height an embed's iframe has until embed.js sizes it,
// and without embed.js: the frame then scrolls.
const embedHeight = "600px"

// embedPage renders embed.html: the overview and the events, compact,
// without the site's header and footer, for an iframe. Links to pages open
// in the top window; the category filter can be preset with ?category=ID
// or #category=ID.
func (r *renderer) embedPage(layout *embedLayout) ([]byte, error) {
	data := r.timeline()
	data.Style += layout.style
	data.Script += ";" + layout.script
	data.LinkTarget = "_top"
	r.withSearch(data, "")
	return layout.page.Execute(data)
}

// embedLayout is what embed.html adds to the timeline: its own page layout,
// style sheet and script.
type embedLayout struct {
	page   *layout.Page
	style  template.CSS
	script template.JS
}

func (r *renderer) embedLayout() (*embedLayout, error) {
	t, err := r.layouts.Standalone("embed.html")
	if err != nil {
		return nil, err
	}
	css, err := r.layouts.Minified("embed.css")
	if err != nil {
		return nil, err
	}
	script, err := r.layouts.Minified("embed-frame.js")
	if err != nil {
		return nil, err
	}
	return &embedLayout{page: t, style: template.CSS(css), script: template.JS(script)}, nil
}

// embedScript returns embed.js, the script host pages load to size their
// embeds.
func (r *renderer) embedScript() ([]byte, error) {
	script, err := r.layouts.Minified("embed.js")
	return []byte(script), err
}

// withLayoutScript returns script followed by the named layout script,
// minified.
func (r *renderer) withLayoutScript(script template.JS, name string) (template.JS, error) {
	more, err := r.layouts.Minified(name)
	if err != nil {
		return "", err
	}
	return script + template.JS(";"+more), nil
}

// embedSnippet returns the HTML that embeds the timeline in another page:
// an iframe with a title and the script that sizes it. Its addresses are
// absolute with a base URL; without one they are relative, right for a page
// beside index.html.
func (r *renderer) embedSnippet() string {
	cfg := &r.site.Config
	var b strings.Builder
	b.WriteString(`<iframe src="`)
	b.WriteString(template.HTMLEscapeString(cfg.BaseURL + "embed.html"))
	b.WriteString(`" title="`)
	b.WriteString(template.HTMLEscapeString(cfg.Title))
	b.WriteString(`" style="width:100%;height:` + embedHeight + `;border:0" loading="lazy" data-timeline-embed></iframe>` + "\n")
	b.WriteString(`<script src="`)
	b.WriteString(template.HTMLEscapeString(cfg.BaseURL + "embed.js"))
	b.WriteString(`" async></script>`)
	return b.String()
}
