//go:build unix

package generator_test

import (
	"encoding/json"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// multilingualSite is a site in English with French and Arabic trees: the
// first event has a French translation, the others none, and the French
// tree has its own words for a message.
var multilingualSite = map[string]string{
	"config.toml": `title = "Two empires"
description = "Medieval England and the Mongol Empire."
language = "en"

[[categories]]
id = "war"
label = "War"

[languages.fr]
title = "Deux empires"
description = "L’Angleterre médiévale et l’Empire mongol."
categories.war = "Guerre"

[languages.ar]
title = "إمبراطوريتان"
`,
	"events/1066-hastings.toml": `title = "Battle of Hastings"
date = "1066-10-14"
summary = "William defeats Harold."
category = "war"
body = "The **Normans** win."
[[sources]]
title = "Chronicle"
url = "https://example.org/chronicle"
`,
	"events/1066-hastings.fr.toml": `title = "Bataille d’Hastings"
summary = "Guillaume bat Harold."
body = "Les **Normands** l’emportent."
[[sources]]
title = "Chronique"
`,
	"events/1206-temujin.toml": `title = "Temüjin becomes Genghis Khan"
date = "1206"
summary = "A kurultai proclaims him."
`,
	"events/1215-magna-carta.toml": `title = "Magna Carta"
date = "1215-06-15"
end = "1215-06-19"
summary = "King John seals the charter."
`,
	"i18n/fr.toml": `skip_to_content = "Aller droit au contenu"
`,
}

// TestLanguagesBuildATreePerLanguage builds the multilingual site and
// checks each language's tree: its pages exist, are in their language and
// direction, show translated text where there is some and the default
// language's (marked as such) where there is none, and every page names
// itself in every language with links that lead to files of the build.
func TestLanguagesBuildATreePerLanguage(t *testing.T) {
	site := testsite.New(t, multilingualSite)
	out := filepath.Join(t.TempDir(), "public")
	result := testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
	files := testsite.ReadTree(t, out)

	trees := []struct{ folder, lang, dir, title string }{
		{"", "en", "", "Two empires"},
		{"fr/", "fr", "", "Deux empires"},
		{"ar/", "ar", "rtl", "إمبراطوريتان"},
	}
	pages := []string{"index.html", "embed.html", "events/1066-hastings.html", "events/1206-temujin.html", "events/1215-magna-carta.html"}
	for _, tree := range trees {
		for _, page := range append(pages, "timeline.json", "timelinejs.json", "feed.xml", "embed.js") {
			if files[tree.folder+page] == nil {
				t.Errorf("%s%s is missing", tree.folder, page)
			}
		}
		index := string(files[tree.folder+"index.html"])
		wantHTML := `<html lang="` + tree.lang + `"`
		if tree.dir != "" {
			wantHTML += ` dir="` + tree.dir + `"`
		}
		if !strings.Contains(index, wantHTML+">") {
			t.Errorf("%sindex.html: want %s>, got %.120q", tree.folder, wantHTML, index)
		}
		if !strings.Contains(index, "<title>"+tree.title+"</title>") {
			t.Errorf("%sindex.html: want the title %q", tree.folder, tree.title)
		}
	}
	for _, name := range []string{"fr/404.html", "fr/media", "ar/sitemap.xml"} {
		if files[name] != nil {
			t.Errorf("%s: a further language's tree has no file of the root's own", name)
		}
	}

	french := string(files["fr/events/1066-hastings.html"])
	for _, want := range []string{"Bataille d’Hastings", "<strong>Normands</strong>", "Chronique", "octobre 1066"} {
		if !strings.Contains(french, want) {
			t.Errorf("fr/events/1066-hastings.html: want %q in the translated page", want)
		}
	}
	if !strings.Contains(french, `id="1066-hastings">`) {
		t.Errorf("fr/events/1066-hastings.html: a translated event is not marked as English")
	}
	untranslated := string(files["fr/events/1215-magna-carta.html"])
	if !strings.Contains(untranslated, `id="1215-magna-carta" lang="en">`) || !strings.Contains(untranslated, `class=untranslated`) {
		t.Errorf("fr/events/1215-magna-carta.html: an untranslated event wants lang=\"en\" on its article and the notice")
	}
	if !strings.Contains(string(files["fr/index.html"]), "Aller droit au contenu") {
		t.Errorf("fr/index.html: the site's own i18n/fr.toml message is not used")
	}
	if !strings.Contains(string(files["fr/index.html"]), `lang="en">`) {
		t.Errorf("fr/index.html: the untranslated events of the list want lang=\"en\"")
	}

	var data struct {
		Title  string `json:"title"`
		Events []struct {
			ID, Title string
		} `json:"events"`
	}
	if err := json.Unmarshal(files["fr/timeline.json"], &data); err != nil {
		t.Fatalf("fr/timeline.json: %v", err)
	}
	if len(data.Events) != 3 || data.Events[0].Title != "Bataille d’Hastings" || data.Events[1].Title != "Temüjin becomes Genghis Khan" {
		t.Errorf("fr/timeline.json: events %+v, want the French title of the first and the English of the others", data.Events)
	}

	// Every page names itself in the three languages, reciprocally.
	alternate := regexp.MustCompile(`<link rel=alternate hreflang="?([a-z-]+)"? href="([^"]+)">`)
	for _, tree := range trees {
		for _, page := range pages[:1] {
			checkAlternates(t, files, tree.folder+page, alternate, page)
		}
		for _, page := range pages[2:] {
			checkAlternates(t, files, tree.folder+page, alternate, page)
		}
	}

	var warned []string
	for _, w := range result.Warnings {
		if strings.Contains(w.Msg, "no translation into") {
			warned = append(warned, w.Msg)
		}
	}
	if len(warned) != 2 || !strings.Contains(warned[0], `2 of 3 events have no translation into "fr"`) && !strings.Contains(warned[1], `2 of 3 events have no translation into "fr"`) {
		t.Errorf("warnings of untranslated events: got %q, want one per further language, 2 of 3 for fr", warned)
	}
}

// checkAlternates checks that the page name (page from its tree's root)
// has a hreflang link to itself in each language and to x-default, each
// leading to the same page of that language's tree.
func checkAlternates(t *testing.T, files map[string][]byte, name string, alternate *regexp.Regexp, page string) {
	t.Helper()
	want := map[string]string{"en": page, "x-default": page, "fr": "fr/" + page, "ar": "ar/" + page}
	got := map[string]string{}
	for _, m := range alternate.FindAllStringSubmatch(string(files[name]), -1) {
		got[m[1]] = path.Clean(path.Join(path.Dir(name), m[2]))
	}
	for lang, target := range want {
		if got[lang] != target {
			t.Errorf("%s: hreflang %s leads to %q, want %q", name, lang, got[lang], target)
		}
		if files[target] == nil {
			t.Errorf("%s: hreflang %s leads to %s, which the build did not write", name, lang, target)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: hreflang links %v, want %v", name, got, want)
	}
}

// TestLanguagesCacheEqualsFreshBuild edits translations, the further
// languages' messages and the events they translate, building each step
// with the cache: every output must be what a fresh build writes.
func TestLanguagesCacheEqualsFreshBuild(t *testing.T) {
	site := testsite.New(t, multilingualSite)
	opts := generator.BuildOptions{SiteDir: site, OutDir: filepath.Join(t.TempDir(), "public"), CacheDir: t.TempDir()}
	cachedBuild(t, "first build", opts)
	steps := []sessionEdit{
		{name: "edit a translation", write: map[string]string{"events/1066-hastings.fr.toml": "title = \"Hastings, 1066\"\n"}},
		{name: "add a translation", write: map[string]string{"events/1206-temujin.ar.toml": "title = \"تيموجين يصبح جنكيز خان\"\n"}},
		{name: "edit the event a translation translates", write: map[string]string{"events/1206-temujin.toml": "title = \"Temüjin proclaimed\"\ndate = \"1206-03\"\nsummary = \"A kurultai.\"\n"}},
		{name: "change a further language's messages", write: map[string]string{"i18n/fr.toml": "skip_to_content = \"Au contenu\"\n"}},
		{name: "remove a translation", remove: []string{"events/1066-hastings.fr.toml"}},
	}
	for _, s := range steps {
		applyEdit(t, site, s)
		cachedBuild(t, s.name, opts)
	}
}

// TestLanguagesSessionUpdateEqualsBuild edits a translation in a serve
// session: the session's files must be what a whole build writes.
func TestLanguagesSessionUpdateEqualsBuild(t *testing.T) {
	site := testsite.New(t, multilingualSite)
	session := generator.NewSession(site, generator.SessionOptions{})
	if _, err := session.Build(); err != nil {
		t.Fatal(err)
	}
	for _, edit := range []sessionEdit{
		{name: "edit a translation", write: map[string]string{"events/1066-hastings.fr.toml": "title = \"Hastings\"\nsummary = \"Victoire normande.\"\n"}},
		{name: "add a translation", write: map[string]string{"events/1215-magna-carta.fr.toml": "title = \"Grande Charte\"\n"}},
	} {
		got, err := session.Update(applyEdit(t, site, edit))
		if err != nil {
			t.Fatalf("%s: %v", edit.name, err)
		}
		out := filepath.Join(t.TempDir(), "public")
		testsite.MustBuild(t, generator.BuildOptions{SiteDir: site, OutDir: out})
		want := testsite.ReadTree(t, out)
		delete(want, ".timeline-build")
		equalFiles(t, edit.name, got, want)
	}
	if got, _ := session.Update(nil); !strings.Contains(string(got["fr/events/1215-magna-carta.html"].Bytes()), "Grande Charte") {
		t.Errorf("fr/events/1215-magna-carta.html: the added translation is not shown")
	}
}
