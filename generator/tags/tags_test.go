package tags_test

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/tags"
)

// eventsTagged returns one event per list of tags.
func eventsTagged(lists ...[]string) []*content.Event {
	events := make([]*content.Event, len(lists))
	for i, l := range lists {
		events[i] = &content.Event{ID: "e" + string(rune('a'+i)), Tags: l}
	}
	return events
}

// suffixed returns the slug base with the suffix that name gets.
func suffixed(base, name string) string {
	sum := sha256.Sum256([]byte(name))
	return base + "_" + hex.EncodeToString(sum[:])[:8]
}

// validSlug is what a tag's page name may be: a file name on every system
// and a URL path segment with nothing to escape.
var validSlug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*(_[0-9a-f]{8,})?$`)

func TestSlugs(t *testing.T) {
	for _, tc := range []struct {
		name, lang, want string
	}{
		{"kfor", "en", "kfor"},
		{"peace-support operations", "en", "peace-support-operations"},
		{"Миротворчество", "ru", "mirotvorchestvo"},
		{"россия", "ru", "rossiia"},
		{"北约", "zh", "bei-yue"},
		{"近代化", "ja", "jin-dai-hua"},
		{"حفظ السلام", "ar", "hfz-lslm"},
		{"مصر", "ar", "msr"},
		{"ελλάδα", "el", "ellada"},
		{"שלום", "he", "shlvm"},
		{"Straße", "de", "strasse"},
		{"Köln", "de", "koeln"},
		// Reserved: no slug of its own.
		{"🎉", "en", suffixed("tag", "🎉")},
		{"!!!", "en", suffixed("tag", "!!!")},
		{"Index", "en", suffixed("index", "Index")},
		{"CON", "en", suffixed("con", "CON")},
		{"com1", "en", suffixed("com1", "com1")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := tags.New(eventsTagged([]string{tc.name}), tc.lang)
			got := x.Tag(tc.name)
			if got == nil {
				t.Fatalf("Tag(%q) = nil, want the tag", tc.name)
			}
			if got.Slug != tc.want {
				t.Errorf("slug of %q = %q, want %q", tc.name, got.Slug, tc.want)
			}
			if !validSlug.MatchString(got.Slug) || content.IsDeviceName(got.Slug) {
				t.Errorf("slug of %q = %q, want lower-case ASCII letters, digits and hyphens, no device name", tc.name, got.Slug)
			}
		})
	}
}

// TestSlugsThatCollide checks that tags of one slug get pages of their
// own: the first in sort order the slug, the others a suffix.
func TestSlugsThatCollide(t *testing.T) {
	for _, tc := range []struct {
		lang string
		tags []string
		want map[string]string
	}{
		// All three are lǐ: CLDR's Chinese collation sorts them 里, 理,
		// 李, that of Traditional Chinese (by strokes) 李, 里, 理.
		{"zh", []string{"李", "理", "里"}, map[string]string{
			"里": "li", "理": suffixed("li", "理"), "李": suffixed("li", "李"),
		}},
		{"zh-Hant", []string{"李", "理", "里"}, map[string]string{
			"李": "li", "里": suffixed("li", "里"), "理": suffixed("li", "理"),
		}},
		{"es", []string{"año", "ano"}, map[string]string{"ano": "ano", "año": suffixed("ano", "año")}},
		// A tag that spells another's suffixed slug keeps its own.
		{"en", []string{"🎉", "tag"}, map[string]string{"tag": "tag", "🎉": suffixed("tag", "🎉")}},
	} {
		t.Run(tc.lang+"/"+strings.Join(tc.tags, ","), func(t *testing.T) {
			x := tags.New(eventsTagged(tc.tags), tc.lang)
			seen := map[string]bool{}
			for _, tag := range x.Tags {
				if want := tc.want[tag.Name]; tag.Slug != want {
					t.Errorf("slug of %q = %q, want %q", tag.Name, tag.Slug, want)
				}
				if seen[tag.Slug] {
					t.Errorf("slug %q given twice", tag.Slug)
				}
				seen[tag.Slug] = true
			}
		})
	}
}

// TestSlugsAreFileNames checks that any tag, of any script or none, gets a
// page name that is a valid file name everywhere and different from every
// other tag's.
func TestSlugsAreFileNames(t *testing.T) {
	names := []string{
		"Монголия", "МОНГОЛИЯ и НАТО", "北约", "北約", "被约", "和平", "الناتو", "النّاتو", "حفظ السلام", "ελλάδα", "Ελλάδα",
		"日本", "近代化", "한국", "ประเทศไทย", "हिन्दी", "🎉", "🎊", "🇲🇳", "   ", "", "a/b", "../x", "a\\b", "con", "aux.txt",
		"index", "Index", "tag", "x_y", strings.Repeat("long ", 20), strings.Repeat("long ", 19) + "longer",
		"nato", "peace support", "año", "ano", "Ano",
	}
	events := make([][]string, len(names))
	for i, n := range names {
		events[i] = []string{n}
	}
	x := tags.New(eventsTagged(events...), "en")
	if len(x.Tags) != len(names) {
		t.Fatalf("got %d tags, want %d", len(x.Tags), len(names))
	}
	seen := map[string]string{}
	for _, tag := range x.Tags {
		if !validSlug.MatchString(tag.Slug) || content.IsDeviceName(tag.Slug) || tag.Slug == "index" || len(tag.Slug) > 80 {
			t.Errorf("slug of %q = %q, want lower-case ASCII letters, digits and hyphens, at most 80 bytes, no device name", tag.Name, tag.Slug)
		}
		if other, ok := seen[tag.Slug]; ok {
			t.Errorf("slug %q given to %q and %q", tag.Slug, other, tag.Name)
		}
		seen[tag.Slug] = tag.Name
	}
}

func TestOrderAndEvents(t *testing.T) {
	events := eventsTagged(
		[]string{"zebra", "ant", "zebra"},
		[]string{"Äpfel"},
		nil,
		[]string{"ant", "Zoo"},
	)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"ant", "Äpfel", "zebra", "Zoo"}},
		// Swedish sorts "ä" after "z".
		{"sv", []string{"ant", "zebra", "Zoo", "Äpfel"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			x := tags.New(events, tc.lang)
			var got []string
			for _, tag := range x.Tags {
				got = append(got, tag.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("order: got %q, want %q", got, tc.want)
			}
		})
	}
	sv := tags.New(events, "en").SortedIn("sv")
	var got []string
	for _, tag := range sv {
		got = append(got, tag.Name)
	}
	if want := []string{"ant", "zebra", "Zoo", "Äpfel"}; !slices.Equal(got, want) {
		t.Errorf("SortedIn(sv): got %q, want %q", got, want)
	}
	x := tags.New(events, "en")
	if x.Tags[1].Name != "Äpfel" {
		t.Errorf("SortedIn changed the index's order: got %q second, want Äpfel", x.Tags[1].Name)
	}
	for name, want := range map[string][]int{"zebra": {0}, "ant": {0, 3}, "Äpfel": {1}, "Zoo": {3}} {
		if got := x.Tag(name).Events; !slices.Equal(got, want) {
			t.Errorf("events of %q: got %v, want %v", name, got, want)
		}
	}
	if got := tags.New(eventsTagged(nil, []string{}), "en"); len(got.Tags) != 0 || got.Tag("x") != nil {
		t.Errorf("events without tags: got %d tags, want none", len(got.Tags))
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"NATO", "nato", true},
		{"peace-support operations", "Peace support  operations", true},
		{" kfor", "kfor", true},
		{"Straße", "STRASSE", true},
		{"МОНГОЛИЯ", "монголия", true},
		{"año", "an\u0303o", true}, // composed and decomposed
		{"año", "ano", false},
		{"北约", "被约", false},
		{"🎉", "🎊", false},
		{"c++", "c", false},
		{"C#", "c", false},
		{"U.S.", "US", false},
		{"a_b", "A–B", true},
	} {
		if got := tags.Key(tc.a) == tags.Key(tc.b); got != tc.same {
			t.Errorf("Key(%q) == Key(%q): got %v, want %v (%q, %q)", tc.a, tc.b, got, tc.same, tags.Key(tc.a), tags.Key(tc.b))
		}
	}
}
