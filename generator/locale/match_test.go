package locale_test

import (
	"slices"
	"testing"

	"github.com/natomongolia/timeline/generator/locale"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in, want string // want "" when nothing matches
	}{
		{"fr-CA", "fr-CA"},
		{"FR", "fr"},
		{"pt_BR", "pt"},      // default content of pt
		{"zh-TW", "zh-Hant"}, // likely script Hant, then truncation
		{"zh-Hant-TW", "zh-Hant"},
		{"zh-HK", "zh-Hant-HK"},
		{"zh-CN", "zh"},
		{"sr-Latn", "sr-Latn"},
		{"sr-ME", "sr-Latn-ME"}, // Montenegro's likely script is Latn
		{"sr-Cyrl-RS", "sr"},
		{"EN_gb", "en-GB"},
		{"en-US", "en"},
		{"en-GB-u-ca-buddhist", "en-GB"}, // extensions are ignored
		{"de-CH-1996", "de-CH"},
		{"ca-es-VALENCIA", "ca-ES-valencia"},
		{"es-JP", "es-419"}, // parentLocales
		{"pt-FR", "pt-PT"},  // parentLocales
		{"nb-NO", "nb"},
		{"hi-Latn-IN", "hi-Latn"},
		{"iw", "he"},      // deprecated code
		{"eng", "en"},     // ISO 639-2 code
		{"sh", "sr-Latn"}, // alias with a script
		{"xx", ""},        // unknown language
		{"und", ""},       // only root would match
		{"root", ""},
		{"en-Cyrl", ""}, // a script English is not written in: root, not en
		{"", ""},
		{"en--GB", ""},
		{"e", ""},
		{"x-private", ""},
		{"en_GB_", ""},
		{"english", ""}, // well-formed, but no such language
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l, ok := locale.Lookup(tt.in)
			got := ""
			if ok {
				got = l.Tag()
			}
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Lookup(%q) = %q, %t; want %q, %t", tt.in, got, ok, tt.want, tt.want != "")
			}
		})
	}
}

func TestLookupSameLocale(t *testing.T) {
	a, _ := locale.Lookup("en-GB")
	b, _ := locale.Lookup("en_gb")
	if a != b {
		t.Errorf("Lookup(%q) and Lookup(%q) gave different *Locale values", "en-GB", "en_gb")
	}
}

func TestTags(t *testing.T) {
	tags := locale.Tags()
	if len(tags) != 429 {
		t.Errorf("len(Tags()) = %d, want 429 (CLDR 48's modern locales)", len(tags))
	}
	if !slices.IsSorted(tags) {
		t.Errorf("Tags() is not sorted")
	}
	for _, want := range []string{"en", "en-GB", "mn", "zh-Hant", "sr-Latn", "pt-PT"} {
		if !slices.Contains(tags, want) {
			t.Errorf("Tags() lacks %q", want)
		}
	}
	for _, tag := range tags {
		l, ok := locale.Lookup(tag)
		if !ok || l.Tag() != tag {
			t.Errorf("Lookup(%q) does not give the locale back", tag)
		}
	}
}

func TestName(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"en", "English"},
		{"en-GB", "British English"},
		{"fr-CA", "français canadien"},
		{"mn", "монгол"},
		{"zh-Hant", "繁體中文"},
		{"zh-Hant-HK", "繁體中文（中國香港特別行政區）"},
		{"ca-ES-valencia", "català (Espanya, valencià)"},
		{"ar-EG", "العربية (مصر)"},
	}
	for _, tt := range tests {
		l, _ := locale.Lookup(tt.tag)
		if got := l.Name(); got != tt.want {
			t.Errorf("Lookup(%q).Name() = %q, want %q", tt.tag, got, tt.want)
		}
	}
}
