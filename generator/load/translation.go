package load

import (
	"slices"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
)

// translationKeys are the keys of a translation of an event: its text.
var translationKeys = []string{
	"title", "summary", "place", "display", "body",
	"sources", "sources.title",
	"media", "media.alt", "media.caption", "media.credit",
}

// decodeTranslation decodes the translation of the event id into the
// language lang, events/<id>.<lang>.toml: its text fields, which replace
// the event's own in that language, in the same order for its sources and
// media. Dates, category, tags and media files come from the event's main
// file.
func decodeTranslation(path, id, lang string, data []byte, cfg *content.Config) (*content.Event, content.ContentErrors) {
	f := newTOMLFile(path, data)
	if !f.readable {
		return nil, f.errs
	}
	if !content.ValidID(id) {
		f.errorf(0, 0, "bad event id %q: a translation is named after its event, <id>.<language>.toml, such as 2005-12-kfor.fr.toml", id)
	}
	if !slices.Contains(cfg.Tags()[1:], lang) {
		declared := "none is declared"
		if len(cfg.Languages) > 0 {
			declared = "they are " + strings.Join(cfg.Tags()[1:], ", ")
		}
		f.errorf(0, 0, "translation into %q, which config.toml does not declare as a further language ([languages.%s]; %s)", lang, lang, declared)
	}
	var raw struct {
		Title   string `toml:"title"`
		Summary string `toml:"summary"`
		Place   string `toml:"place"`
		Display string `toml:"display"`
		Body    string `toml:"body"`
		Sources []struct {
			Title string `toml:"title"`
		} `toml:"sources"`
		Media []struct {
			Alt     string `toml:"alt"`
			Caption string `toml:"caption"`
			Credit  string `toml:"credit"`
		} `toml:"media"`
	}
	if !f.decode(&raw, translationKeys) {
		return nil, f.errs
	}
	e := &content.Event{
		ID: id, Lang: lang,
		Title:   strings.TrimSpace(content.DropControls(raw.Title)),
		Summary: strings.TrimSpace(content.DropControls(raw.Summary)),
		Place:   strings.TrimSpace(content.DropControls(raw.Place)),
		Display: strings.TrimSpace(content.DropControls(raw.Display)),
		Body:    content.DropControls(raw.Body),
		Tags:    []string{},
	}
	f.tooLong("title", 0, e.Title, maxTitle)
	f.tooLong("summary", 0, e.Summary, maxSummary)
	f.tooLong("place", 0, e.Place, maxPlace)
	f.tooLong("display", 0, e.Display, maxDisplay)
	for i, s := range raw.Sources {
		title := strings.TrimSpace(content.DropControls(s.Title))
		f.tooLong("sources.title", i, title, maxTitle)
		e.Sources = append(e.Sources, content.Source{Title: title})
	}
	for i, m := range raw.Media {
		tm := content.Media{Alt: strings.TrimSpace(content.DropControls(m.Alt)), Caption: strings.TrimSpace(content.DropControls(m.Caption)), Credit: strings.TrimSpace(content.DropControls(m.Credit))}
		f.tooLong("media.alt", i, tm.Alt, maxAlt)
		f.tooLong("media.caption", i, tm.Caption, maxCaption)
		f.tooLong("media.credit", i, tm.Credit, maxCredit)
		e.Media = append(e.Media, tm)
	}
	detach(e)
	return e, f.errs
}

// checkTranslations reports the translations whose event has no main file,
// or that give more sources or media than their event has.
func checkTranslations(files []File, shownDir string) content.ContentErrors {
	main := map[string]*content.Event{}
	for _, f := range files {
		if f.Event.Lang == "" {
			main[f.Event.ID] = f.Event
		}
	}
	var errs content.ContentErrors
	for _, f := range files {
		t := f.Event
		if t.Lang == "" {
			continue
		}
		path := shownDir + "/" + f.Name
		e := main[t.ID]
		switch {
		case e == nil:
			errs = append(errs, &content.Error{Path: path, Msg: "a translation of an event that does not exist: add events/" + t.ID + ".toml, or rename this file after an event"})
		case len(t.Sources) > len(e.Sources):
			errs = append(errs, &content.Error{Path: path, Msg: "more [[sources]] than the event has: a translation gives the titles of the event's sources, in their order"})
		case len(t.Media) > len(e.Media):
			errs = append(errs, &content.Error{Path: path, Msg: "more [[media]] than the event has: a translation gives the alt text, caption and credit of the event's media, in their order"})
		}
	}
	return errs
}
