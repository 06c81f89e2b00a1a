// Package tags indexes the tags of a site's events: each tag with the name
// of its page and the events that carry it, sorted by name in the site's
// language. It does no I/O.
//
// A tag is its text as the events write it. Its page is tags/<slug>.html,
// the slug made by the rule of event ids (package slug: letters of every
// script transliterated to lower-case ASCII, words joined by hyphens).
// Different tags can share a slug: homophones in Chinese (李, 里 and 理 all
// give "li"), words apart only by an accent ("año", "ano"). The first of
// them in the site's sort order keeps the slug, and each other one gets
// "_" and eight hexadecimal digits of the SHA-256 of its text
// ("li_1a2b3c4d"). So does a slug that is empty (a tag of emoji gives
// "tag_…"), "index" (tags/index.html lists the tags) or the name of a
// Windows device ("con_…"). A slug of the rule never holds "_", so a
// suffixed one is never another tag's. Tags that are the same but for
// case, spaces and hyphens ("NATO" and "nato") are one tag written two
// ways, which loading reports as an error (Key).
package tags

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/slug"
)

// Tag is one tag of a site and its page.
type Tag struct {
	// Name is the tag as the events write it.
	Name string
	// Slug names the tag's page: tags/<Slug>.html.
	Slug string
	// Events holds the positions, in the events indexed, of those that
	// carry the tag, in their order, each once.
	Events []int
}

// Index is the tags of a list of events.
type Index struct {
	// Tags holds every tag, sorted by name in the collation of the
	// language, then byte by byte.
	Tags []*Tag
	// Lang is the language of the slugs and of the order of Tags.
	Lang   string
	byName map[string]*Tag
}

// New returns the tags of events, whose text is in the given language (a
// BCP 47 tag): it picks the collation and the transliteration.
func New(events []*content.Event, lang string) *Index {
	x := &Index{Lang: lang, byName: map[string]*Tag{}}
	for i, e := range events {
		for _, name := range e.Tags {
			t := x.byName[name]
			if t == nil {
				t = &Tag{Name: name}
				x.byName[name] = t
				x.Tags = append(x.Tags, t)
			}
			if n := len(t.Events); n == 0 || t.Events[n-1] != i {
				t.Events = append(t.Events, i)
			}
		}
	}
	if len(x.Tags) == 0 {
		return x
	}
	sortIn(x.Tags, lang)
	x.name(lang)
	return x
}

// SortedIn returns the tags sorted by name in the collation of another
// language, as a tree of a multilingual site lists them: their slugs stay
// those of the index's language, so that a tag's page has the same name
// in every tree.
func (x *Index) SortedIn(lang string) []*Tag {
	sorted := slices.Clone(x.Tags)
	sortIn(sorted, lang)
	return sorted
}

// sortIn sorts tags by name in the collation of lang, then byte by byte.
func sortIn(tags []*Tag, lang string) {
	coll := collate.New(language.Make(lang))
	slices.SortFunc(tags, func(a, b *Tag) int {
		if c := coll.CompareString(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
}

// name gives each tag its slug, in sort order: the first tag of a slug
// keeps it, unless it is reserved; any other gets a suffix of its own.
func (x *Index) name(lang string) {
	taken := map[string]bool{}
	for _, t := range x.Tags {
		base := slug.Make(t.Name, lang)
		s := base
		if base == "" {
			base = "tag"
		}
		if s == "" || s == "index" || content.IsDeviceName(s) || taken[s] {
			sum := sha256.Sum256([]byte(t.Name))
			digits := hex.EncodeToString(sum[:])
			// Eight digits tell a few tags apart; more, should two of
			// them share eight.
			for n := 8; n == 8 || taken[s]; n += 8 {
				s = base + "_" + digits[:min(n, len(digits))]
			}
		}
		taken[s] = true
		t.Slug = s
	}
}

// Tag returns the tag of the given name, or nil.
func (x *Index) Tag(name string) *Tag { return x.byName[name] }

// Key returns what two spellings of one tag share: the tag case-folded,
// in Unicode's composed form, its words joined by single spaces, where
// spaces, hyphens, dashes and underscores part words. "NATO" and "nato",
// "peace-support operations" and "Peace support  operations" have the
// same key; "año" and "ano", "C++" and "C" do not.
func Key(name string) string {
	// Most tags are ASCII, which folds as it lowers, and composes as it is.
	folded := strings.ToLower(name)
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			folded = cases.Fold().String(norm.NFC.String(name))
			break
		}
	}
	return strings.Join(strings.FieldsFunc(folded, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Dash, r) || r == '_'
	}), " ")
}
