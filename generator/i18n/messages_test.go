package i18n_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"text/template"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/natomongolia/timeline/generator/i18n"
)

// categories are CLDR's plural categories, in CLDR's order.
var categories = []string{"zero", "one", "two", "few", "many", "other"}

// wantCategories are the plural categories of each shipped language as
// go-i18n's rules (CLDR) have them; TestPluralRules checks them against
// the library, so that an update that changes a rule shows here.
var wantCategories = map[string][]string{
	"ar": {"zero", "one", "two", "few", "many", "other"},
	"de": {"one", "other"},
	"en": {"one", "other"},
	"es": {"one", "many", "other"},
	"fr": {"one", "many", "other"},
	"he": {"one", "two", "other"},
	"ja": {"other"},
	"mn": {"one", "other"},
	"pt": {"one", "many", "other"},
	"ru": {"one", "few", "many", "other"},
	"uk": {"one", "few", "many", "other"},
	"zh": {"other"},
}

func TestShipped(t *testing.T) {
	got, want := i18n.Shipped(), slices.Sorted(maps.Keys(wantCategories))
	if !slices.Equal(got, want) {
		t.Errorf("Shipped() = %v, want %v", got, want)
	}
}

// messageFile is a shipped message file: its messages as go-i18n parses
// them, and its values as plain TOML, a string or a table of forms.
type messageFile struct {
	messages map[string]*goi18n.Message
	raw      map[string]any
}

func readMessages(tb testing.TB, lang string) messageFile {
	tb.Helper()
	name := lang + ".toml"
	data, err := os.ReadFile(filepath.Join("messages", name))
	if err != nil {
		tb.Fatal(err)
	}
	parsed, err := goi18n.ParseMessageFileBytes(data, name, map[string]goi18n.UnmarshalFunc{"toml": toml.Unmarshal})
	if err != nil {
		tb.Fatalf("messages/%s does not parse: %v", name, err)
	}
	f := messageFile{messages: map[string]*goi18n.Message{}}
	for _, m := range parsed.Messages {
		f.messages[m.ID] = m
	}
	if err := toml.Unmarshal(data, &f.raw); err != nil {
		tb.Fatal(err)
	}
	return f
}

// pluralRule returns the categories of go-i18n's plural rule for lang,
// each with the whole numbers of 0–1100 and of some millions in it.
func pluralRule(tb testing.TB, lang string) map[string][]int {
	tb.Helper()
	bundle := goi18n.NewBundle(language.English)
	probe := &goi18n.Message{ID: "probe", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"}
	if err := bundle.AddMessages(language.MustParse(lang), probe); err != nil {
		tb.Fatal(err)
	}
	localizer := goi18n.NewLocalizer(bundle, lang)
	category := func(count any) string {
		s, err := localizer.Localize(&goi18n.LocalizeConfig{MessageID: "probe", PluralCount: count})
		if err != nil {
			tb.Fatal(err)
		}
		return s
	}
	rule := map[string][]int{}
	for _, n := range append(rangeOf(0, 1100), 1_000_000, 2_000_000, 1_000_000_000) {
		c := category(n)
		rule[c] = append(rule[c], n)
	}
	for _, fraction := range []string{"0.5", "1.5", "2.5", "3.5", "11.5", "100.5"} {
		if c := category(fraction); rule[c] == nil {
			rule[c] = []int{}
		}
	}
	return rule
}

// rangeOf returns the whole numbers from from to to.
func rangeOf(from, to int) []int {
	var ns []int
	for n := from; n <= to; n++ {
		ns = append(ns, n)
	}
	return ns
}

// inOrder returns the categories of rule in CLDR's order.
func inOrder(rule map[string][]int) []string {
	return slices.DeleteFunc(slices.Clone(categories), func(c string) bool { _, ok := rule[c]; return !ok })
}

func TestPluralRules(t *testing.T) {
	for _, lang := range slices.Sorted(maps.Keys(wantCategories)) {
		t.Run(lang, func(t *testing.T) {
			if got, want := inOrder(pluralRule(t, lang)), wantCategories[lang]; !slices.Equal(got, want) {
				t.Errorf("go-i18n's categories = %v, want %v", got, want)
			}
		})
	}
}

func TestMessageIDs(t *testing.T) {
	english := readMessages(t, "en")
	for _, lang := range i18n.Shipped() {
		t.Run(lang, func(t *testing.T) {
			f := readMessages(t, lang)
			var missing, extra []string
			for id := range english.messages {
				if f.messages[id] == nil {
					missing = append(missing, id)
				}
			}
			for id := range f.messages {
				if english.messages[id] == nil {
					extra = append(extra, id)
				}
			}
			if len(missing) > 0 || len(extra) > 0 {
				slices.Sort(missing)
				slices.Sort(extra)
				t.Errorf("got missing ids %v and unknown ids %v, want the ids of en.toml", missing, extra)
			}
		})
	}
}

// TestMessageForms checks that a plural message of English is a table of
// exactly the language's plural categories, and a singular one a string.
func TestMessageForms(t *testing.T) {
	english := readMessages(t, "en")
	for _, lang := range i18n.Shipped() {
		t.Run(lang, func(t *testing.T) {
			f, want := readMessages(t, lang), inOrder(pluralRule(t, lang))
			for _, id := range slices.Sorted(maps.Keys(f.raw)) {
				_, plural := english.raw[id].(map[string]any)
				switch v := f.raw[id].(type) {
				case string:
					if plural {
						t.Errorf("%s is a string, want a table of the forms %v", id, want)
					}
				case map[string]any:
					got := slices.DeleteFunc(slices.Clone(categories), func(c string) bool { _, ok := v[c]; return !ok })
					switch {
					case !plural:
						t.Errorf("%s is a table, want a string as in en.toml", id)
					case len(v) != len(got) || !slices.Equal(got, want):
						t.Errorf("%s has the forms %v, want %v", id, slices.Sorted(maps.Keys(v)), want)
					}
				default:
					t.Errorf("%s is a %T, want a string or a table of forms", id, v)
				}
			}
		})
	}
}

// placeholder matches the values a message takes: {{.Name}}, and {n},
// which the page's script fills.
var placeholder = regexp.MustCompile(`\{\{\s*\.([A-Za-z]+)\s*\}\}|\{n\}`)

// placeholders returns the values text takes, sorted, with "{{…}}" for
// any template action that is not a plain value.
func placeholders(text string) []string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if m[1] != "" {
			names = append(names, m[1])
		} else {
			names = append(names, m[0])
		}
	}
	if strings.Contains(placeholder.ReplaceAllString(text, ""), "{{") {
		names = append(names, "{{…}}")
	}
	slices.Sort(names)
	return names
}

// forms returns the text of each form a message has, by category.
func forms(m *goi18n.Message) map[string]string {
	all := map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other}
	maps.DeleteFunc(all, func(_, text string) bool { return text == "" })
	return all
}

// TestPlaceholders checks that every form of a message takes the values
// of its English one. A plural form whose category holds a single whole
// number (Arabic "حدثان", two) may leave out the count, {{.Count}} or
// {n}, to name the number in words.
func TestPlaceholders(t *testing.T) {
	english := readMessages(t, "en")
	for _, lang := range i18n.Shipped() {
		t.Run(lang, func(t *testing.T) {
			f, rule := readMessages(t, lang), pluralRule(t, lang)
			for _, id := range slices.Sorted(maps.Keys(f.messages)) {
				m, en := f.messages[id], english.messages[id]
				if en == nil {
					continue // TestMessageIDs reports it
				}
				_, plural := english.raw[id].(map[string]any)
				texts := forms(m)
				for _, category := range slices.Sorted(maps.Keys(texts)) {
					text := texts[category]
					got, want := placeholders(text), placeholders(en.Other)
					if plural && len(rule[category]) == 1 && !slices.Equal(got, want) {
						want = slices.DeleteFunc(want, func(p string) bool { return p == "Count" || p == "{n}" })
					}
					if !slices.Equal(got, want) {
						t.Errorf("%s.%s = %q takes %v, want %v", id, category, text, got, want)
						continue
					}
					if out := execute(t, text, want); strings.Contains(out, "{{") {
						t.Errorf("%s.%s gives %q, want every value filled", id, category, out)
					}
				}
			}
		})
	}
}

// execute returns text, a message's form, as go-i18n runs it (a Go
// text/template), with each value named in names.
func execute(tb testing.TB, text string, names []string) string {
	tb.Helper()
	data := map[string]string{}
	for _, name := range names {
		data[name] = fmt.Sprintf("<%s>", name)
	}
	tmpl, err := template.New("").Option("missingkey=error").Parse(text)
	if err != nil {
		tb.Errorf("%q: %v", text, err)
		return ""
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		tb.Errorf("%q: %v", text, err)
	}
	return b.String()
}
