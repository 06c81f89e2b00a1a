package render

import (
	"crypto/sha256"
	"fmt"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/media"
	"github.com/natomongolia/timeline/generator/output"
)

// mediaView is a media of an event as the layouts show it. Its addresses
// lead from the site root; At gives them from a page.
type mediaView struct {
	// Kind is "image", "video", "audio" or "remote".
	Kind string
	// Src is the file a page shows (for an image, the size closest to the
	// text column's), Type its media type; for remote media, the URL.
	Src, Type string
	// Srcset lists every size of an image, for the srcset attribute, and
	// Sizes says how wide the text column shows it, never wider than it
	// is: empty for an image of one size.
	Srcset, Sizes string
	// Width and Height are the size as shown (a video's, its poster's),
	// or zero when not known.
	Width, Height int
	Alt           string
	Decorative    bool
	// Caption and Credit are plain text; CreditLabel names what the
	// credit is for ("Photo", "Video", "Audio", "Credit").
	Caption, Credit, CreditLabel string
	Link                         string
	// Poster is a video's or remote item's still, an image.
	Poster *mediaView
	// Captions is the address of the WebVTT captions of a video or a
	// sound, with CaptionsLang their language.
	Captions, CaptionsLang string
	// Provider names the site remote media is on ("YouTube", or its
	// host), Action what its link does ("Watch on YouTube").
	Provider, Action string
	// EmbedURL is the address of the provider's player when the site
	// embeds it, after a click; EmbedHost its host, shown to readers.
	EmbedURL, EmbedHost string

	// sizes are an image's files, smallest first.
	sizes []content.MediaOutput
	// up leads from the root of the page's language tree to the site
	// root, where the media files are: "" or "../"; at is what At put
	// before the addresses.
	up, at string
}

// At returns the view with its addresses leading from a page whose way to
// the site root is root ("" or "../").
func (m *mediaView) At(root string) *mediaView {
	v := *m
	v.at = root + m.up
	if v.Kind != "remote" {
		v.Src = v.at + v.Src
	}
	if v.Captions != "" {
		v.Captions = v.at + v.Captions
	}
	if v.Srcset != "" {
		parts := strings.Split(v.Srcset, ", ")
		for i, p := range parts {
			parts[i] = v.at + p
		}
		v.Srcset = strings.Join(parts, ", ")
	}
	if v.Poster != nil {
		v.Poster = v.Poster.At(root)
	}
	return &v
}

// Thumb returns the picture a list shows for the media, or nil: the image
// itself, or the poster of a video or remote item, with the media's alt,
// its smallest size as src.
func (m *mediaView) Thumb() *mediaView {
	picture := m.Poster
	if m.Kind == "image" {
		picture = m
	}
	if picture == nil {
		return nil
	}
	v := *picture
	v.Src = v.at + v.sizes[0].Name
	return &v
}

// ogImageWidth is the width Open Graph readers show a large image at.
const ogImageWidth = 1200

// shareImage returns the size of the media's picture that a page shares
// in its Open Graph tags: the smallest at least ogImageWidth wide, or the
// largest. SVG is left out: no reader of those tags shows it.
func (m *mediaView) shareImage() (content.MediaOutput, string, bool) {
	picture := m.Thumb()
	if picture == nil || picture.Type == "image/svg+xml" {
		return content.MediaOutput{}, "", false
	}
	for _, o := range picture.sizes {
		if o.Width >= ogImageWidth {
			return o, picture.Alt, true
		}
	}
	return picture.sizes[len(picture.sizes)-1], picture.Alt, true
}

// shownWidth is the width an image is shown at in the text column at one
// device pixel per CSS pixel; src gets the size closest above it.
const shownWidth = 960

// imageView returns the view of an image file.
func imageView(f *content.MediaFile) *mediaView {
	v := &mediaView{Kind: "image", Type: f.Type, Width: f.Width, Height: f.Height}
	sizes := make([]string, len(f.Outputs))
	for i, o := range f.Outputs {
		sizes[i] = o.Name + " " + strconv.Itoa(o.Width) + "w"
		if v.Src == "" && o.Width >= shownWidth {
			v.Src = o.Name
		}
	}
	if v.Src == "" {
		v.Src = f.Outputs[len(f.Outputs)-1].Name
	}
	v.sizes = f.Outputs
	if f.Type != "image/svg+xml" && len(sizes) > 1 {
		v.Srcset = strings.Join(sizes, ", ")
		v.Sizes = fmt.Sprintf("(min-width: 48rem) min(43rem, %dpx), min(calc(100vw - 5rem), %dpx)", f.Width, f.Width)
	}
	return v
}

// mediaViews returns the views of an event's media.
func (r *renderer) mediaViews(e *content.Event) []*mediaView {
	views := make([]*mediaView, 0, len(e.Media))
	for i := range e.Media {
		m := &e.Media[i]
		var v *mediaView
		switch {
		case m.Remote:
			v = r.remoteView(m.Src)
		default:
			f := r.site.Media[m.Src]
			if f == nil {
				continue
			}
			switch f.Kind {
			case "image":
				v = imageView(f)
			default:
				v = &mediaView{Kind: f.Kind, Type: f.Type, Src: f.Outputs[0].Name}
			}
		}
		v.up = r.up
		v.Alt, v.Decorative, v.Caption, v.Credit, v.Link = m.Alt, m.Decorative, m.Caption, m.Credit, m.Link
		v.CreditLabel = r.msgs.T(creditLabel(v))
		if p := r.site.Media[m.Poster]; m.Poster != "" && p != nil {
			v.Poster = imageView(p)
			v.Poster.up = r.up
			v.Poster.Alt, v.Poster.Decorative = m.Alt, m.Decorative
			if v.Kind == "video" {
				v.Width, v.Height = p.Width, p.Height
			}
		}
		if c := r.site.Media[m.Captions]; m.Captions != "" && c != nil {
			v.Captions, v.CaptionsLang = c.Outputs[0].Name, r.site.Config.Language
		}
		views = append(views, v)
	}
	return views
}

// creditLabel returns the message that names what a media's credit is
// for: a photograph, another picture, a video, a sound, or anything else.
func creditLabel(v *mediaView) string {
	switch {
	case v.Type == "image/jpeg":
		return "credit_photo"
	case v.Kind == "image":
		return "credit_image"
	case v.Kind == "video":
		return "credit_video"
	case v.Kind == "audio":
		return "credit_audio"
	}
	return "credit_other"
}

// remoteView returns the view of media on another server: a link, or a
// player the site embeds after a click.
func (r *renderer) remoteView(src string) *mediaView {
	v := &mediaView{Kind: "remote", Src: src}
	remote, _ := media.ClassifyURL(src)
	v.Provider = media.ProviderName(remote.Provider)
	if v.Provider == "" {
		if u, err := url.Parse(src); err == nil {
			v.Provider = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	switch remote.Provider {
	case "youtube", "vimeo":
		v.Action = r.msgs.T("watch_on", "Provider", v.Provider)
	case "soundcloud":
		v.Action = r.msgs.T("listen_on", "Provider", v.Provider)
	default:
		v.Action = r.msgs.T("view_on", "Provider", v.Provider)
	}
	if remote.EmbedURL != "" && slices.Contains(r.site.Config.Embeds, remote.Provider) {
		v.EmbedURL, v.EmbedHost = remote.EmbedURL, remote.FrameHost
	}
	return v
}

// listStyle returns the style sheet of a page that lists events: with the
// rules of media when one of them has a lead picture, and those of eras
// when the site has some.
func (r *renderer) listStyle(events []*content.Event) template.CSS {
	for _, e := range events {
		if len(e.Media) > 0 {
			return r.mediaStyle + r.erasStyle
		}
	}
	return r.style + r.erasStyle
}

// frameHosts returns the hosts of the players an event's page embeds, for
// its Content-Security-Policy.
func frameHosts(views []*mediaView) []string {
	var hosts []string
	for _, v := range views {
		if v.EmbedHost != "" && !slices.Contains(hosts, v.EmbedHost) {
			hosts = append(hosts, v.EmbedHost)
		}
	}
	return hosts
}

// pagePolicy returns the directives an event's page adds to its
// Content-Security-Policy: its own videos and sounds, and the players it
// embeds, each by its host.
func pagePolicy(views []*mediaView) []string {
	var extra []string
	for _, v := range views {
		if v.Kind == "video" || v.Kind == "audio" {
			extra = append(extra, "media-src 'self'")
			break
		}
	}
	if hosts := frameHosts(views); len(hosts) > 0 {
		extra = append(extra, "frame-src https://"+strings.Join(hosts, " https://"))
	}
	return extra
}

// mediaOutputs returns the files of the media the published events show,
// once each, in the order of their names. A file's name carries a hash of
// its content, and its fingerprint sums that name and the source's
// SHA-256.
func (r *renderer) mediaOutputs() []Output {
	seen := map[string]bool{}
	var outs []Output
	for _, e := range r.site.Events {
		for i := range e.Media {
			for _, p := range e.Media[i].Files() {
				f := r.site.Media[p]
				if f == nil {
					continue
				}
				for _, o := range f.Outputs {
					if seen[o.Name] {
						continue
					}
					seen[o.Name] = true
					h := sha256.New()
					h.Write([]byte("media\x00" + o.Name + "\x00"))
					h.Write(f.Sum[:])
					var fp Fingerprint
					copy(fp[:], h.Sum(nil))
					name := o.Name
					outs = append(outs, Output{Name: name, Fingerprint: fp, AsIs: true, render: func() (output.Pieces, error) {
						data, err := r.mediaData(name)
						if err != nil {
							return nil, err
						}
						return output.Pieces{data}, nil
					}})
				}
			}
		}
	}
	slices.SortFunc(outs, func(a, b Output) int { return strings.Compare(a.Name, b.Name) })
	return outs
}

// jsonMedia is a media of an event in timeline.json. Its addresses lead
// from the site root, or to another server (type "remote").
type jsonMedia struct {
	// Type is "image", "video", "audio" or "remote".
	Type string `json:"type"`
	// URL is the file a page shows, MediaType its type.
	URL       string `json:"url"`
	MediaType string `json:"mediaType,omitempty"`
	Width     int    `json:"width,omitempty"`
	Height    int    `json:"height,omitempty"`
	// Sizes lists every size of an image, smallest first.
	Sizes      []jsonSize `json:"sizes,omitempty"`
	Alt        string     `json:"alt,omitempty"`
	Decorative bool       `json:"decorative,omitempty"`
	Caption    string     `json:"caption,omitempty"`
	Credit     string     `json:"credit,omitempty"`
	Link       string     `json:"link,omitempty"`
	Poster     *jsonSize  `json:"poster,omitempty"`
	Captions   string     `json:"captions,omitempty"`
	Provider   string     `json:"provider,omitempty"`
}

// jsonSize is one file of an image.
type jsonSize struct {
	URL    string `json:"url"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
}

// jsonMediaOf returns the media of an event for timeline.json, or nil.
func jsonMediaOf(views []*mediaView) []jsonMedia {
	if len(views) == 0 {
		return nil
	}
	out := make([]jsonMedia, len(views))
	for i, v := range views {
		v = v.At("")
		m := jsonMedia{
			Type: v.Kind, URL: v.Src, MediaType: v.Type, Width: v.Width, Height: v.Height,
			Alt: v.Alt, Decorative: v.Decorative, Caption: v.Caption, Credit: v.Credit, Link: v.Link,
			Captions: v.Captions,
		}
		if v.Kind == "remote" {
			m.Provider = v.Provider
		}
		for _, o := range v.sizes {
			m.Sizes = append(m.Sizes, jsonSize{v.at + o.Name, o.Width, o.Height})
		}
		if p := v.Poster; p != nil {
			m.Poster = &jsonSize{p.Src, p.Width, p.Height}
		}
		out[i] = m
	}
	return out
}

// tljsMedia is a TimelineJS3 media object.
type tljsMedia struct {
	URL       string `json:"url"`
	Caption   string `json:"caption,omitempty"`
	Credit    string `json:"credit,omitempty"`
	Alt       string `json:"alt,omitempty"`
	Thumbnail string `json:"thumbnail,omitempty"`
	Link      string `json:"link,omitempty"`
}

// tljsMediaOf returns the lead media of an event for timelinejs.json, or
// nil: TimelineJS shows one per slide. Its caption and credit are HTML
// there, so they are escaped; its addresses lead from the site root.
func tljsMediaOf(lead *mediaView) *tljsMedia {
	if lead == nil {
		return nil
	}
	lead = lead.At("")
	m := &tljsMedia{URL: lead.Src, Caption: template.HTMLEscapeString(lead.Caption), Credit: template.HTMLEscapeString(lead.Credit), Link: lead.Link}
	if !lead.Decorative {
		m.Alt = lead.Alt
	}
	if t := lead.Thumb(); t != nil {
		m.Thumbnail = t.Src
	}
	return m
}

// feedMedia returns the HTML of an event's lead picture for its entry in
// the feed, addressed from base ("" or the base URL), or "".
func feedMedia(lead *mediaView, base string) string {
	if lead == nil {
		return ""
	}
	picture := lead.Thumb()
	if picture == nil {
		return ""
	}
	var src content.MediaOutput
	for _, o := range picture.sizes {
		src = o
		if o.Width >= shownWidth {
			break
		}
	}
	alt := ""
	if !picture.Decorative {
		alt = picture.Alt
	}
	var b strings.Builder
	if base == "" {
		base = lead.up
	}
	b.WriteString(`<p><img src="` + template.HTMLEscapeString(base+src.Name) + `" width="` + strconv.Itoa(src.Width) + `" height="` + strconv.Itoa(src.Height) + `" alt="` + template.HTMLEscapeString(alt) + `"></p>`)
	if lead.Caption != "" || lead.Credit != "" {
		b.WriteString(`<p>` + template.HTMLEscapeString(lead.Caption))
		if lead.Caption != "" && lead.Credit != "" {
			b.WriteString(" ")
		}
		if lead.Credit != "" {
			b.WriteString(template.HTMLEscapeString(lead.CreditLabel + ": " + lead.Credit))
		}
		b.WriteString(`</p>`)
	}
	return b.String()
}
