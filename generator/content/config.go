package content

import (
	"net/url"

	"github.com/natomongolia/timeline/generator/edtf"
	"strconv"
	"strings"
)

// DefaultIndexLimit is the most events the index shows in full when
// config.toml sets no indexLimit. Measured on the default layouts, an event
// takes about 3 KB of the index, so the index stays under about 600 KB.
const DefaultIndexLimit = 200

// Config is a site's config.toml.
type Config struct {
	Title       string
	Description string
	// Language is the language of the site, or of the tree of one of its
	// further languages (Site.Translated); Default is the site's own.
	Language, Default string
	// BaseURL is the absolute URL the site is served from, ending in "/",
	// or empty for a site with relative links only.
	BaseURL string
	// Categories are the declared categories in display order.
	Categories []Category
	// Source is what the site is written from.
	Source Source
	// IndexLimit is the most events the index shows in full; a larger site
	// gets an index of years and one page per year.
	IndexLimit int
	// Embeds names the providers ("youtube", "vimeo"…) whose players the
	// site's pages may embed, after a reader's click; media of other sites
	// show as links.
	Embeds []string
	// Eras are the named spans of the timeline, in the order of their
	// dates.
	Eras []Era
	// Languages are the site's further languages ([languages.<tag>]), in
	// the order of their tags; Language is the first.
	Languages []Language
}

// Language is a further language of a multilingual site: its tag and the
// site's text in it. Empty texts are the default language's.
type Language struct {
	Tag                string
	Title, Description string
	SourceTitle        string
	// Categories holds the labels of the categories, by id.
	Categories map[string]string
}

// Tags returns the site's languages: Default, then each of Languages.
func (c *Config) Tags() []string {
	tags := []string{c.Default}
	for _, l := range c.Languages {
		tags = append(tags, l.Tag)
	}
	return tags
}

// Era is a named span of time ([[eras]] in config.toml), drawn as a band
// across the overview and as a divider in the list.
type Era struct {
	Label string
	// Date is when it begins, End when it ends (zero for an era still
	// running, Ongoing).
	Date, End edtf.Date
	Ongoing   bool
}

// Category is a declared kind of event.
type Category struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	// Color is the category's colour in the light scheme, "#rrggbb", and
	// DarkColor in the dark one (darkColor in config.toml, or color when
	// it sets none); both are empty for a category drawn in the default
	// look's colours.
	Color     string `json:"-"`
	DarkColor string `json:"-"`
}

// Source is a document cited by the site or by an event. Updated is the date
// the source was last updated, as written in config.toml (optional).
type Source struct {
	Title   string `json:"title"`
	URL     string `json:"url"`
	Updated string `json:"-"`
}

// NormalizeBaseURL checks that base is an absolute http or https URL and
// returns it ending in "/".
func NormalizeBaseURL(base string) (string, error) {
	u, err := url.Parse(base)
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return "", &UsageError{Msg: "base URL " + strconv.Quote(base) + " must be an absolute http or https URL such as https://example.org/timeline/"}
	case u.RawQuery != "" || u.ForceQuery:
		return "", &UsageError{Msg: "base URL " + strconv.Quote(base) + " has a query (?" + u.RawQuery + "): a base URL is where the site's folder is served, such as " + strconv.Quote(u.Scheme+"://"+u.Host+u.Path)}
	case u.Fragment != "" || strings.HasSuffix(base, "#"):
		return "", &UsageError{Msg: "base URL " + strconv.Quote(base) + " has a fragment (#" + u.Fragment + "): a base URL is where the site's folder is served, such as " + strconv.Quote(u.Scheme+"://"+u.Host+u.Path)}
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u.String(), nil
}

// CategoryLabel returns the label of the category with the given id, or "".
func (c *Config) CategoryLabel(id string) string {
	for _, cat := range c.Categories {
		if cat.ID == id {
			return cat.Label
		}
	}
	return ""
}

// AtHostRoot reports whether the base URL is the root of its host, where
// crawlers read robots.txt.
func AtHostRoot(base string) bool {
	u, err := url.Parse(base)
	return err == nil && (u.Path == "" || u.Path == "/")
}

// HostRoot returns the root of the base URL's host, ending in "/".
func HostRoot(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	return u.Scheme + "://" + u.Host + "/"
}
