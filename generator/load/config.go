package load

import (
	"maps"
	"slices"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/locale"
	"github.com/natomongolia/timeline/generator/media"
)

var configKeys = []string{
	"title", "description", "language", "baseURL", "indexLimit",
	"categories", "categories.id", "categories.label", "categories.color", "categories.darkColor",
	"source", "source.title", "source.url", "source.updated",
	"media", "media.embeds",
	"eras", "eras.label", "eras.date", "eras.end", "eras.ongoing",
	"languages", "languages.*", "languages.*.title", "languages.*.description",
	"languages.*.categories", "languages.*.categories.*", "languages.*.source", "languages.*.source.title",
}

// decodeConfig decodes and validates config.toml.
func decodeConfig(path string, data []byte) (content.Config, content.ContentErrors) {
	f := newTOMLFile(path, data)
	var raw struct {
		Title       string `toml:"title"`
		Description string `toml:"description"`
		Language    string `toml:"language"`
		BaseURL     string `toml:"baseURL"`
		IndexLimit  *int   `toml:"indexLimit"`
		Categories  []struct {
			ID        string  `toml:"id"`
			Label     string  `toml:"label"`
			Color     *string `toml:"color"`
			DarkColor *string `toml:"darkColor"`
		} `toml:"categories"`
		Source struct {
			Title   string `toml:"title"`
			URL     string `toml:"url"`
			Updated string `toml:"updated"`
		} `toml:"source"`
		Media struct {
			Embeds []string `toml:"embeds"`
		} `toml:"media"`
		Eras      []rawEra               `toml:"eras"`
		Languages map[string]rawLanguage `toml:"languages"`
	}
	if !f.decode(&raw, configKeys) {
		return content.Config{}, f.errs
	}
	cfg := content.Config{
		Title:       strings.TrimSpace(content.DropControls(raw.Title)),
		Description: strings.TrimSpace(content.DropControls(raw.Description)),
		Language:    strings.TrimSpace(raw.Language),
		Source:      content.Source{Title: content.DropControls(raw.Source.Title), URL: raw.Source.URL, Updated: raw.Source.Updated},
	}
	if cfg.Title == "" {
		f.missingf("", 0, "config needs a title: add title = \"…\"")
	}
	if cfg.Language == "" {
		cfg.Language = "en"
	} else if _, ok := locale.Lookup(cfg.Language); !ok {
		f.valueErrorf("language", 0, "language %q is not one CLDR knows: write a BCP 47 tag, such as \"en\", \"fr\", \"pt-BR\" or \"zh-Hant\"", cfg.Language)
	}
	cfg.IndexLimit = content.DefaultIndexLimit
	if raw.IndexLimit != nil {
		if *raw.IndexLimit < 1 {
			f.valueErrorf("indexLimit", 0, "indexLimit must be 1 or more: it is the most events the index shows in full")
		}
		cfg.IndexLimit = *raw.IndexLimit
	}
	if raw.BaseURL != "" {
		base, err := content.NormalizeBaseURL(raw.BaseURL)
		if err != nil {
			f.valueErrorf("baseURL", 0, "%v", err)
		}
		cfg.BaseURL = base
	}
	seen := map[string]bool{}
	for i, c := range raw.Categories {
		switch {
		case !content.ValidID(c.ID):
			f.valueErrorf("categories.id", i, "category id %q must be lower-case letters, digits and hyphens", c.ID)
		case seen[c.ID]:
			f.valueErrorf("categories.id", i, "category %q is declared twice: keep one", c.ID)
		}
		seen[c.ID] = true
		label := strings.TrimSpace(content.DropControls(c.Label))
		if label == "" {
			label = c.ID
		}
		light, dark := f.categoryColours(i, c.Color, c.DarkColor)
		cfg.Categories = append(cfg.Categories, content.Category{ID: c.ID, Label: label, Color: light, DarkColor: dark})
	}
	// Like an event's, the site's source URL is data: a script link is
	// dropped, not an error.
	cfg.Source.URL = content.SafeURL(content.DropControls(raw.Source.URL))
	if raw.Source.Updated != "" {
		if _, err := edtf.ParseDate(raw.Source.Updated); err != nil {
			f.valueErrorf("source.updated", 0, "%v", err)
		}
	}
	for _, p := range raw.Media.Embeds {
		switch {
		case !slices.Contains(media.Providers, p):
			f.valueErrorf("media.embeds", 0, "unknown provider %q in embeds: the providers whose players may be embedded are %s", p, strings.Join(media.Providers, ", "))
		case !slices.Contains(cfg.Embeds, p):
			cfg.Embeds = append(cfg.Embeds, p)
		}
	}
	cfg.Default = cfg.Language
	cfg.Eras = f.eras(raw.Eras)
	cfg.Languages = f.languages(raw.Languages, &cfg)
	return cfg, f.errs
}

// rawLanguage is a [languages.<tag>] table as decoded.
type rawLanguage struct {
	Title       string            `toml:"title"`
	Description string            `toml:"description"`
	Categories  map[string]string `toml:"categories"`
	Source      struct {
		Title string `toml:"title"`
	} `toml:"source"`
}

// languages validates the further languages of a site: tags CLDR knows,
// other than the default one, labels of declared categories.
func (f *tomlFile) languages(raw map[string]rawLanguage, cfg *content.Config) []content.Language {
	tags := slices.Sorted(maps.Keys(raw))
	var langs []content.Language
	for _, tag := range tags {
		r := raw[tag]
		key := "languages." + tag
		switch {
		case !validTag(tag):
			f.keyErrorf(key, 0, "language %q is not one CLDR knows: write a BCP 47 tag such as fr or pt-BR, in a table [languages.fr]", tag)
			continue
		case strings.EqualFold(tag, cfg.Language):
			f.keyErrorf(key, 0, "%q is the site's language already: [languages.…] tables are for the further ones", tag)
			continue
		}
		l := content.Language{
			Tag: tag, Title: strings.TrimSpace(content.DropControls(r.Title)), Description: strings.TrimSpace(content.DropControls(r.Description)),
			SourceTitle: strings.TrimSpace(content.DropControls(r.Source.Title)), Categories: map[string]string{},
		}
		for _, id := range slices.Sorted(maps.Keys(r.Categories)) {
			if cfg.CategoryLabel(id) == "" {
				f.keyErrorf(key+".categories."+id, 0, "unknown category %q: use one declared in [[categories]] (%s)", id, categoryIDs(cfg))
				continue
			}
			l.Categories[id] = strings.TrimSpace(content.DropControls(r.Categories[id]))
		}
		langs = append(langs, l)
	}
	return langs
}

// validTag reports whether tag names a language CLDR knows, written as a
// file name can hold it: letters, digits and hyphens.
func validTag(tag string) bool {
	for _, c := range tag {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	_, ok := locale.Lookup(tag)
	return ok && tag != ""
}

// rawEra is an [[eras]] table as decoded.
type rawEra struct {
	Label   string `toml:"label"`
	Date    any    `toml:"date"`
	End     any    `toml:"end"`
	Ongoing bool   `toml:"ongoing"`
}

// eras validates the [[eras]] tables: a label, and a date and end as an
// event's (an interval in date, an open end for one still running).
func (f *tomlFile) eras(raw []rawEra) []content.Era {
	var eras []content.Era
	for i, r := range raw {
		era := content.Era{Label: strings.TrimSpace(content.DropControls(r.Label)), Ongoing: r.Ongoing}
		if era.Label == "" {
			f.missingf("eras", i, `an era needs a label: add label = "…"`)
		}
		f.tooLong("eras.label", i, era.Label, maxTitle)
		if r.Date == nil {
			f.missingf("eras", i, `an era needs a date: add date = "YYYY" (or an interval, "1947/1991")`)
			continue
		}
		iv, ok := f.date("eras.date", i, r.Date)
		if !ok {
			continue
		}
		era.Date, era.End = iv.Start, iv.End
		era.Ongoing = era.Ongoing || iv.EndOpen
		if r.End != nil {
			if end, ok := f.date("eras.end", i, r.End); ok {
				era.End = end.Start
			}
		}
		switch {
		case era.Ongoing && !era.End.IsZero():
			f.keyErrorf("eras.ongoing", i, "an ongoing era has no end: remove end or ongoing")
		case !era.End.IsZero() && era.End.Last().Compare(era.Date.First()) < 0:
			f.valueErrorf("eras.end", i, "end %s is before date %s: swap them or fix the end", era.End, era.Date)
		case era.End.IsZero() && !era.Ongoing:
			f.missingf("eras", i, "an era is a span: add end = \"…\", or ongoing = true for one still running")
		}
		eras = append(eras, era)
	}
	slices.SortStableFunc(eras, func(a, b content.Era) int { return a.Date.First().Compare(b.Date.First()) })
	return eras
}
