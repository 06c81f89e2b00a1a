package content

import "crypto/sha256"

// Translated returns the site in its further language lang, to render
// into its own folder: the config's text in that language, and each event
// with the text of its translation (events/<id>.<lang>.toml) where it has
// one. An event without one keeps the default language's text and is
// listed in Untranslated. The events' dates, categories, tags and media
// stay theirs. Translations holds the translations, by id.
func (s *Site) Translated(lang string, translations map[string]*Event) (site *Site, untranslated []string) {
	t := *s
	t.Config = s.Config
	t.Config.Language = lang
	for _, l := range s.Config.Languages {
		if l.Tag != lang {
			continue
		}
		if l.Title != "" {
			t.Config.Title = l.Title
		}
		if l.Description != "" {
			t.Config.Description = l.Description
		}
		if l.SourceTitle != "" {
			t.Config.Source.Title = l.SourceTitle
		}
		t.Config.Categories = make([]Category, len(s.Config.Categories))
		for i, c := range s.Config.Categories {
			if label := l.Categories[c.ID]; label != "" {
				c.Label = label
			}
			t.Config.Categories[i] = c
		}
	}
	t.Events = make([]*Event, len(s.Events))
	for i, e := range s.Events {
		tr := translations[e.ID]
		if tr == nil {
			untranslated = append(untranslated, e.ID)
			t.Events[i] = e
			continue
		}
		t.Events[i] = e.translated(tr)
	}
	return &t, untranslated
}

// translated returns the event with the text of its translation tr, which
// replaces each of its fields that tr gives. Its version sums both files.
func (e *Event) translated(tr *Event) *Event {
	t := *e
	t.Lang = tr.Lang
	for _, f := range []struct {
		to   *string
		from string
	}{
		{&t.Title, tr.Title}, {&t.Summary, tr.Summary}, {&t.Place, tr.Place}, {&t.Display, tr.Display},
	} {
		if f.from != "" {
			*f.to = f.from
		}
	}
	if tr.Body != "" {
		t.Body, t.HTML, t.ListHTML = tr.Body, tr.HTML, tr.ListHTML
	}
	if len(tr.Sources) > 0 {
		t.Sources = append([]Source(nil), e.Sources...)
		for i, s := range tr.Sources {
			if i < len(t.Sources) && s.Title != "" {
				t.Sources[i].Title = s.Title
			}
		}
	}
	if len(tr.Media) > 0 {
		t.Media = append([]Media(nil), e.Media...)
		for i, m := range tr.Media {
			if i >= len(t.Media) {
				break
			}
			for _, f := range []struct {
				to   *string
				from string
			}{
				{&t.Media[i].Alt, m.Alt}, {&t.Media[i].Caption, m.Caption}, {&t.Media[i].Credit, m.Credit},
			} {
				if f.from != "" {
					*f.to = f.from
				}
			}
		}
	}
	h := sha256.New()
	h.Write(e.Version[:])
	h.Write(tr.Version[:])
	copy(t.Version[:], h.Sum(nil))
	return &t
}
