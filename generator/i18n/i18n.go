// Package i18n holds the words of a site's interface in its language: the
// message files shipped for a dozen languages (messages/*.toml, English
// the default of every message), and a site's own i18n/<language>.toml,
// which overrides them message by message. It also gives the words around
// dates (package datefmt) and the dates' formatter for the language.
//
// Messages are nicksnyder/go-i18n's: a message is a Go text/template
// ("{{.Count}} events") with CLDR plural forms (one, few, many, other…)
// where it counts something; go-i18n chooses the form by the language's
// CLDR plural rules.
package i18n

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/natomongolia/timeline/generator/datefmt"
	"github.com/natomongolia/timeline/generator/locale"
)

//go:embed messages/*.toml
var shipped embed.FS

// Shipped returns the languages whose messages ship with timeline, as
// their message files name them ("ar", "de", "en"…), in order.
func Shipped() []string {
	entries, _ := shipped.ReadDir("messages")
	var langs []string
	for _, e := range entries {
		langs = append(langs, strings.TrimSuffix(e.Name(), ".toml"))
	}
	return langs
}

// Catalog is the interface of one language: its messages, its locale and
// its dates. It is safe for concurrent use.
type Catalog struct {
	// Tag is the language as config.toml gives it ("fr", "pt-BR").
	Tag string
	loc *locale.Locale
	// localizer finds a message in the language, else in English;
	// englishOnly in English alone.
	localizer, englishOnly *goi18n.Localizer
	// english tells that the interface is English, whose date words
	// write ordinals ("the 20th century").
	english bool
	// static holds the messages that take no value, once looked up.
	static sync.Map
	// known holds the ids of every message (those of English).
	known map[string]bool
	words datefmt.Words
	dates *datefmt.Formatter
}

// unmarshal decodes message files.
var unmarshal = map[string]goi18n.UnmarshalFunc{"toml": toml.Unmarshal}

// englishMessages are the messages of messages/en.toml.
var englishMessages = sync.OnceValue(func() *goi18n.MessageFile {
	data, err := shipped.ReadFile("messages/en.toml")
	if err != nil {
		panic(err)
	}
	f, err := goi18n.ParseMessageFileBytes(data, "en.toml", unmarshal)
	if err != nil {
		panic(fmt.Sprintf("messages/en.toml: %v", err))
	}
	return f
})

// ShippedFor returns the shipped message file that serves the language
// tag ("fr" for "fr-CA", "zh" for "zh-Hans"), or "" when none does well
// enough: a language with another script ("zh-Hant" for the Simplified
// "zh") or another language is not served.
func ShippedFor(tag string) string {
	want, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	langs := Shipped()
	tags := make([]language.Tag, len(langs))
	for i, l := range langs {
		tags[i] = language.Make(l)
	}
	_, i, confidence := language.NewMatcher(tags).Match(want)
	if confidence < language.High {
		return ""
	}
	return langs[i]
}

// newCatalog returns the catalog of the language tag from the shipped
// messages and the site's own (nil for none), in that order of
// precedence: the site's first.
func newCatalog(tag string, loc *locale.Locale, site []*goi18n.Message) (*Catalog, error) {
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	english := englishMessages()
	if err := bundle.AddMessages(language.English, english.Messages...); err != nil {
		return nil, err
	}
	c := &Catalog{Tag: tag, loc: loc, known: map[string]bool{}}
	for _, m := range english.Messages {
		c.known[m.ID] = true
	}
	t := language.Make(tag)
	if file := ShippedFor(tag); file != "" && file != "en" {
		data, err := shipped.ReadFile(path.Join("messages", file+".toml"))
		if err != nil {
			return nil, err
		}
		f, err := goi18n.ParseMessageFileBytes(data, file+".toml", unmarshal)
		if err != nil {
			return nil, fmt.Errorf("messages/%s.toml: %v", file, err)
		}
		if err := bundle.AddMessages(t, f.Messages...); err != nil {
			return nil, err
		}
	}
	if len(site) > 0 {
		if err := bundle.AddMessages(t, site...); err != nil {
			return nil, err
		}
	}
	c.localizer = goi18n.NewLocalizer(bundle, tag)
	c.englishOnly = goi18n.NewLocalizer(bundle, "en")
	c.english = ShippedFor(tag) == "en"
	c.words = c.dateWords()
	c.dates = datefmt.New(loc, c.words)
	return c, nil
}

// T returns the message id with the values given as name, value pairs:
// T("back_to", "Date", "March 2010").
func (c *Catalog) T(id string, pairs ...any) string {
	if len(pairs) == 0 {
		if s, ok := c.static.Load(id); ok {
			return s.(string)
		}
	}
	s := c.localize(id, nil, pairs)
	if len(pairs) == 0 {
		c.static.Store(id, s)
	}
	return s
}

// N returns the plural message id for the count n, as the language writes
// numbers in {{.Count}}, with more values as name, value pairs.
func (c *Catalog) N(id string, n int, pairs ...any) string {
	return c.localize(id, n, append([]any{"Count", c.loc.Number(n)}, pairs...))
}

// Forms returns each plural form of the message id the language has, by
// CLDR category ("one", "other"…), with the values given: for a script
// that counts, which picks the form with Intl.PluralRules.
func (c *Catalog) Forms(id string, pairs ...any) map[string]string {
	forms := map[string]string{}
	for n := 0; n < 200; n++ {
		category := c.loc.PluralCategory(n)
		if _, ok := forms[category]; !ok {
			forms[category] = c.localize(id, n, pairs)
		}
	}
	return forms
}

// English reports whether the message id reads as its English default,
// with the same values: a script that has English words of its own needs
// no other from the page.
func (c *Catalog) English(id string, pairs ...any) bool {
	s, err := c.englishOnly.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: pairMap(pairs)})
	return err == nil && s == c.localize(id, nil, pairs)
}

// EnglishForms reports whether every plural form of the message id reads
// as in English, for the same counts.
func (c *Catalog) EnglishForms(id string, pairs ...any) bool {
	for _, n := range []int{0, 1, 2, 3, 5, 11, 21, 100, 101} {
		s, err := c.englishOnly.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: pairMap(pairs), PluralCount: n})
		if err != nil || s != c.localize(id, n, pairs) {
			return false
		}
	}
	return true
}

func pairMap(pairs []any) map[string]any {
	data := make(map[string]any, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		data[pairs[i].(string)] = pairs[i+1]
	}
	return data
}

// localize looks up a message: a missing one is a fault of the shipped
// files, which tests rule out, so it shows its id rather than stop a build.
func (c *Catalog) localize(id string, count any, pairs []any) string {
	s, err := c.localizer.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: pairMap(pairs), PluralCount: count})
	if err != nil {
		return id
	}
	return s
}

// Locale returns the CLDR locale of the catalog's language.
func (c *Catalog) Locale() *locale.Locale { return c.loc }

// Dir returns the direction of the language's script: "ltr" or "rtl".
func (c *Catalog) Dir() string { return c.loc.Direction() }

// Dates returns the formatter of dates in the language.
func (c *Catalog) Dates() *datefmt.Formatter { return c.dates }

// dateWords returns the words around dates in the language, as patterns
// with {0} and {1} for the dates.
func (c *Catalog) dateWords() datefmt.Words {
	date := func(id string) string { return c.T(id, "Date", "{0}", "Year", "{0}", "Ordinal", "{0}") }
	w := datefmt.Words{
		Approximate: date("date_approximate"), Uncertain: date("date_uncertain"), Both: date("date_approximate_uncertain"),
		Decade: date("date_decade"), Century: date("date_century"),
		Seasons: [4]string{date("date_spring"), date("date_summer"), date("date_autumn"), date("date_winter")},
		Range:   c.T("date_range", "From", "{0}", "To", "{1}"), Since: date("date_since"), UnknownEnd: date("date_unknown_end"),
		Ordinal: func(loc *locale.Locale, n int) string { return loc.Digits(n) },
	}
	if c.english {
		w.Ordinal = datefmt.EnglishWords.Ordinal
	}
	return w
}

// English returns the catalog of plain English ("en"), with no site
// messages.
var English = sync.OnceValue(func() *Catalog {
	loc, _ := locale.Lookup("en-001")
	c, err := newCatalog("en", loc, nil)
	if err != nil {
		panic(err)
	}
	return c
})
