package generator

import (
	"net/url"
	"strconv"
	"strings"
)

// Config is a site's config.toml.
type Config struct {
	Title       string
	Description string
	Language    string
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
}

// Category is a declared kind of event.
type Category struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Source is a document cited by the site or by an event. Updated is the date
// the source was last updated, as written in config.toml (optional).
type Source struct {
	Title   string `json:"title"`
	URL     string `json:"url"`
	Updated string `json:"-"`
}

var configKeys = []string{
	"title", "description", "language", "baseURL", "indexLimit",
	"categories", "categories.id", "categories.label",
	"source", "source.title", "source.url", "source.updated",
}

// loadConfig decodes and validates config.toml.
func loadConfig(path string, data []byte) (Config, ContentErrors) {
	f := newTOMLFile(path, data)
	var raw struct {
		Title       string `toml:"title"`
		Description string `toml:"description"`
		Language    string `toml:"language"`
		BaseURL     string `toml:"baseURL"`
		IndexLimit  *int   `toml:"indexLimit"`
		Categories  []struct {
			ID    string `toml:"id"`
			Label string `toml:"label"`
		} `toml:"categories"`
		Source struct {
			Title   string `toml:"title"`
			URL     string `toml:"url"`
			Updated string `toml:"updated"`
		} `toml:"source"`
	}
	if !f.decode(&raw, configKeys) {
		return Config{}, f.errs
	}
	cfg := Config{
		Title:       strings.TrimSpace(dropControls(raw.Title)),
		Description: strings.TrimSpace(dropControls(raw.Description)),
		Language:    strings.TrimSpace(raw.Language),
		Source:      Source{Title: dropControls(raw.Source.Title), URL: raw.Source.URL, Updated: raw.Source.Updated},
	}
	if cfg.Title == "" {
		f.missingf("", 0, "config needs a title: add title = \"…\"")
	}
	if cfg.Language == "" {
		cfg.Language = "en"
	}
	cfg.IndexLimit = DefaultIndexLimit
	if raw.IndexLimit != nil {
		if *raw.IndexLimit < 1 {
			f.valueErrorf("indexLimit", 0, "indexLimit must be 1 or more: it is the most events the index shows in full")
		}
		cfg.IndexLimit = *raw.IndexLimit
	}
	if raw.BaseURL != "" {
		base, err := NormalizeBaseURL(raw.BaseURL)
		if err != nil {
			f.valueErrorf("baseURL", 0, "%v", err)
		}
		cfg.BaseURL = base
	}
	seen := map[string]bool{}
	for i, c := range raw.Categories {
		switch {
		case !validID(c.ID):
			f.valueErrorf("categories.id", i, "category id %q must be lower-case letters, digits and hyphens", c.ID)
		case seen[c.ID]:
			f.valueErrorf("categories.id", i, "category %q is declared twice: keep one", c.ID)
		}
		seen[c.ID] = true
		label := strings.TrimSpace(dropControls(c.Label))
		if label == "" {
			label = c.ID
		}
		cfg.Categories = append(cfg.Categories, Category{ID: c.ID, Label: label})
	}
	// Like an event's, the site's source URL is data: a script link is
	// dropped, not an error.
	cfg.Source.URL = safeURL(dropControls(raw.Source.URL))
	if raw.Source.Updated != "" {
		if _, err := ParseDate(raw.Source.Updated); err != nil {
			f.valueErrorf("source.updated", 0, "%v", err)
		}
	}
	return cfg, f.errs
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

// atHostRoot reports whether the base URL is the root of its host, where
// crawlers read robots.txt.
func atHostRoot(base string) bool {
	u, err := url.Parse(base)
	return err == nil && (u.Path == "" || u.Path == "/")
}

// hostRoot returns the root of the base URL's host, ending in "/".
func hostRoot(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	return u.Scheme + "://" + u.Host + "/"
}
