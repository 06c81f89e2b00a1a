package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/internal/tomlpos"
	"github.com/natomongolia/timeline/generator/locale"
)

// Dir is the folder of a site that holds its own messages, one file per
// language: i18n/<language>.toml.
const Dir = "i18n"

// pluralKeys are the keys of a message's plural forms, and the other keys
// go-i18n reads in a message table.
var pluralKeys = []string{"zero", "one", "two", "few", "many", "other", "description", "hash", "leftdelim", "rightdelim"}

// Load returns the catalog of the language tag for the site in siteDir,
// with the site's own i18n/<tag>.toml over the shipped messages. A tag
// CLDR does not know is an error (config.toml checks it first); the
// errors of the site's file are content errors at their place; a language
// with no messages of its own, shipped or the site's, gets a warning: its
// interface is English.
func Load(tag, siteDir string) (*Catalog, content.Warnings, error) {
	loc, ok := locale.Lookup(tag)
	if !ok {
		return nil, nil, fmt.Errorf("language %q is not one CLDR knows", tag)
	}
	if tag == "en" {
		// Plain English is International English: day before month.
		loc, _ = locale.Lookup("en-001")
	}
	path := filepath.Join(siteDir, Dir, tag+".toml")
	site, errs, err := readSiteMessages(path)
	if err != nil {
		return nil, nil, err
	}
	if len(errs) > 0 {
		return nil, nil, errs
	}
	c, err := newCatalog(tag, loc, site)
	if err != nil {
		return nil, nil, err
	}
	var warnings content.Warnings
	switch {
	case ShippedFor(tag) == "" && site == nil:
		warnings = append(warnings, &content.Error{Path: fsutil.DisplayPath(filepath.Join(siteDir, content.ConfigFile)),
			Msg: fmt.Sprintf("no interface messages for the language %q: its pages show English words around its dates; translate them in %s (the shipped languages are %s)", tag, fsutil.DisplayPath(path), strings.Join(Shipped(), ", "))})
	case ShippedFor(tag) == "":
		if missing := c.missing(site); len(missing) > 0 {
			warnings = append(warnings, &content.Error{Path: fsutil.DisplayPath(path),
				Msg: fmt.Sprintf("%d messages are not translated, so they show in English: %s", len(missing), strings.Join(missing, ", "))})
		}
	}
	return c, warnings, nil
}

// missing returns the ids of the messages that site does not give.
func (c *Catalog) missing(site []*goi18n.Message) []string {
	var ids []string
	for id := range c.known {
		if !slices.ContainsFunc(site, func(m *goi18n.Message) bool { return m.ID == id }) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// readSiteMessages reads a site's message file at path: nil when there is
// none. Unknown message ids and keys are errors at their place.
func readSiteMessages(path string) ([]*goi18n.Message, content.ContentErrors, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	shown := fsutil.DisplayPath(path)
	errorAt := func(line, col int, format string, args ...any) content.ContentErrors {
		return content.ContentErrors{{Path: shown, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}}
	}
	var raw map[string]any
	md, err := toml.Decode(string(data), &raw)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return nil, errorAt(perr.Position.Line, perr.Position.Col, "%s", perr.Message), nil
		}
		return nil, errorAt(0, 0, "%v", err), nil
	}
	english := map[string]bool{}
	for _, m := range englishMessages().Messages {
		english[m.ID] = true
	}
	positions := tomlpos.New(string(data))
	var errs content.ContentErrors
	for _, key := range md.Keys() {
		at := positions.Key(key.String(), 0)
		switch {
		case len(key) == 1 && !english[key[0]]:
			errs = append(errs, errorAt(at.Line, at.Col, "unknown message %q: the messages are those of the shipped English file (see the README's Languages)", key[0])...)
		case len(key) == 2 && !slices.Contains(pluralKeys, key[1]):
			errs = append(errs, errorAt(at.Line, at.Col, "unknown key %q in message %q: a message's forms are zero, one, two, few, many and other", key[1], key[0])...)
		case len(key) > 2:
			errs = append(errs, errorAt(at.Line, at.Col, "message %q is nested too deep: give each message as id = \"…\", or a table of its plural forms", key[0])...)
		}
	}
	if len(errs) > 0 {
		return nil, errs, nil
	}
	f, err := goi18n.ParseMessageFileBytes(data, filepath.Base(path), unmarshal)
	if err != nil {
		return nil, errorAt(0, 0, "%v", err), nil
	}
	for _, m := range f.Messages {
		if _, err := goi18n.NewMessageTemplate(m).Execute("other", map[string]any{}, nil); err != nil && m.Other != "" {
			at := positions.Key(m.ID, 0)
			return nil, errorAt(at.Line, at.Col, "message %q: %v", m.ID, err), nil
		}
	}
	return f.Messages, nil, nil
}
