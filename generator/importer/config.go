package importer

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// siteConfig is what an import needs of an existing config.toml.
type siteConfig struct {
	Title       string `toml:"title"`
	Description string `toml:"description"`
	Categories  []struct {
		ID    string `toml:"id"`
		Label string `toml:"label"`
	} `toml:"categories"`
	Eras []struct {
		Label string `toml:"label"`
		Date  string `toml:"date"`
		End   string `toml:"end"`
	} `toml:"eras"`
}

// decodeConfig reads the categories and eras of a config.toml; other keys
// are the site's business.
func decodeConfig(path string, data []byte) (*siteConfig, error) {
	var cfg siteConfig
	if _, err := toml.Decode(string(data), &cfg); err != nil {
		return nil, fmt.Errorf("%s cannot be read: %v; fix it (timeline check says more), then import again", path, err)
	}
	return &cfg, nil
}

// categories assigns every group of the events a category: one of the
// site's (same label, whatever the case, or same id) or a new one, its id
// the slug of the group. It returns the category id of each group and the
// categories to add, in the order the events first use them.
func (p *planner) categories(existing *siteConfig) (map[string]string, []Category) {
	ids := map[string]string{}
	labelOf := map[string]string{}
	var byLabel = map[string]string{}
	if existing != nil {
		for _, c := range existing.Categories {
			label := c.Label
			if strings.TrimSpace(label) == "" {
				label = c.ID
			}
			labelOf[c.ID] = label
			byLabel[strings.ToLower(strings.TrimSpace(label))] = c.ID
		}
	}
	var added []Category
	for _, e := range p.site.Events {
		group := e.Group
		if group == "" {
			continue
		}
		if _, done := ids[group]; done {
			continue
		}
		if id, ok := byLabel[strings.ToLower(group)]; ok {
			ids[group] = id
			continue
		}
		id := slug(group, "category")
		if label, ok := labelOf[id]; ok {
			if label != group {
				p.note(e.Where, "group %q is taken as the category %q (%s), which has the same id", group, id, label)
			}
			ids[group] = id
			continue
		}
		ids[group] = id
		labelOf[id] = group
		byLabel[strings.ToLower(group)] = id
		added = append(added, Category{ID: id, Label: group})
	}
	return ids, added
}

// newEras returns the eras the site does not have yet (same label and
// dates).
func newEras(eras []Era, existing *siteConfig) []Era {
	if existing == nil {
		return eras
	}
	var out []Era
	for _, e := range eras {
		found := false
		for _, x := range existing.Eras {
			if x.Label == e.Label && x.Date == e.Date.EDTF() && x.End == e.End.EDTF() {
				found = true
			}
		}
		if !found {
			out = append(out, e)
		}
	}
	return out
}

// newConfig returns the config.toml of a new site made by the import.
func newConfig(site *Site, file string, cats []Category, eras []Era) []byte {
	title := site.Title
	if title == "" {
		title = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	w := &tomlWriter{width: len("description")}
	fmt.Fprintf(&w.b, "# Site settings, imported by \"timeline import\" from %s. See README.md for every key.\n", filepath.Base(file))
	w.str("title", title)
	w.str("description", site.Description)
	w.str("language", "en")
	categoriesTOML(w, cats)
	erasTOML(w, eras)
	w.b.WriteString("\n# What the site was imported from.")
	w.table("[source]", len("title"))
	w.str("title", filepath.Base(file))
	return []byte(w.b.String())
}

// configAddition returns the text appended to an existing config.toml
// for the new categories and eras.
func configAddition(old []byte, file string, cats []Category, eras []Era) []byte {
	w := &tomlWriter{}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		w.b.WriteByte('\n')
	}
	fmt.Fprintf(&w.b, "\n# Added by \"timeline import\" from %s.", filepath.Base(file))
	categoriesTOML(w, cats)
	erasTOML(w, eras)
	return []byte(w.b.String())
}

// checkAddition checks that config.toml with the addition still decodes,
// with the categories and eras added: a config that declares them in
// another form ("categories = [...]") cannot take [[categories]] tables.
func checkAddition(path string, old, addition []byte, before *siteConfig, cats []Category, eras []Era) error {
	after, err := decodeConfig(path, append(append([]byte{}, old...), addition...))
	if err != nil || len(after.Categories) != len(before.Categories)+len(cats) || len(after.Eras) != len(before.Eras)+len(eras) {
		return fmt.Errorf("%s cannot take [[categories]] and [[eras]] tables at its end; add these yourself, then import again:\n%s", path, addition)
	}
	return nil
}
