package search_test

import (
	"slices"
	"testing"

	"github.com/natomongolia/timeline/generator/search"
)

// foldCases are texts in many scripts with their folded form and their
// terms; TestFoldAgreesWithBrowser runs the same texts through search.js.
var foldCases = []struct {
	name, text, folded string
	terms              []string
}{
	{"ascii", "Mongolia joins KFOR", "mongolia joins kfor", []string{"mongolia", "joins", "kfor"}},
	{"french accents", "Île-de-France, été ÇA", "ile-de-france, ete ca", []string{"ile", "de", "france", "ete", "ca"}},
	{"german", "Straße GROẞ Ärger", "strasse gross arger", []string{"strasse", "gross", "arger"}},
	{"nordic", "Ærøskøbing Þingvellir Øresund", "aeroskobing thingvellir oresund", []string{"aeroskobing", "thingvellir", "oresund"}},
	{"polish", "Łódź, Gdańsk", "lodz, gdansk", []string{"lodz", "gdansk"}},
	{"turkish", "İstanbul Işık", "istanbul isik", []string{"istanbul", "isik"}},
	{"vietnamese", "Hà Nội, Việt Nam", "ha noi, viet nam", []string{"ha", "noi", "viet", "nam"}},
	{"croatian", "Đakovo đurđevak", "dakovo durdevak", []string{"dakovo", "durdevak"}},
	{"ligatures and full width", "ﬁnance Ｔｏｋｙｏ Œuvre", "finance tokyo oeuvre", []string{"finance", "tokyo", "oeuvre"}},
	{"greek", "ΟΔΟΣ Ἀθῆναι καί", "οδοσ αθηναι και", []string{"οδοσ", "αθηναι", "και"}},
	{"greek final sigma", "Ὀδυσσεύς", "οδυσσευσ", []string{"οδυσσευσ"}},
	{"cyrillic", "Улан-Батор, Ёлка", "улан-батор, елка", []string{"улан", "батор", "елка"}},
	{"cyrillic breve", "Йошкар-Ола", "иошкар-ола", []string{"иошкар", "ола"}},
	{"mongolian cyrillic", "Монгол Улс Өвөрхангай Үндэсний", "монгол улс өвөрхангаи үндэснии", []string{"монгол", "улс", "өвөрхангаи", "үндэснии"}},
	{"arabic vowel marks", "العَرَبِيَّة", "العربية", []string{"العربية"}},
	{"arabic hamza and tatweel", "أحمد إسلام آمن عـــربي", "احمد اسلام امن عربي", []string{"احمد", "اسلام", "امن", "عربي"}},
	{"hebrew points", "שָׁלוֹם", "שלום", []string{"שלום"}},
	{"chinese", "北京大学", "北京大学", []string{"北京", "京大", "大学", "学"}},
	{"chinese single", "京", "京", []string{"京"}},
	{"japanese", "東京タワーと富士山", "東京タワーと富士山", []string{"東京", "京タ", "タワ", "ワー", "ーと", "と富", "富士", "士山", "山"}},
	{"half-width katakana", "ｶﾞｽ", "ガス", []string{"ガス", "ス"}},
	{"japanese voiced kana stay", "がか", "がか", []string{"がか", "か"}},
	{"mixed scripts", "NATO北京2008年", "nato北京2008年", []string{"nato", "北京", "京", "2008", "年"}},
	{"korean", "한국어 사전", "한국어 사전", []string{"한국어", "사전"}},
	{"thai", "ภาษาไทย", "ภาษาไทย", []string{"ภา", "าษ", "ษา", "าไ", "ไท", "ทย", "ย"}},
	{"devanagari marks stay", "गणेश हिन्दी", "गणेश हिन्दी", []string{"गणेश", "हिन्दी"}},
	{"armenian ligature and georgian", "Երևան თბილისი", "երեւան თბილისი", []string{"երեւան", "თბილისი"}},
	{"numbers and punctuation", "KFOR's 2nd (2005–2007) 3.5%", "kfor's 2nd (2005–2007) 3.5%", []string{"kfor", "s", "2nd", "2005", "2007", "3", "5"}},
	{"superscript and fraction", "x² ½", "x2 1⁄2", []string{"x2", "1", "2"}},
	{"emoji and symbols", "peace ☮ 🕊 talks", "peace ☮ 🕊 talks", []string{"peace", "talks"}},
	{"decomposed input", "e\u0301te\u0301", "ete", []string{"ete"}},
	{"supplementary ideograph", "𠀋𠀍", "𠀋𠀍", []string{"𠀋𠀍", "𠀍"}},
	{"empty", "", "", nil},
}

func TestFold(t *testing.T) {
	for _, c := range foldCases {
		t.Run(c.name, func(t *testing.T) {
			if got := search.Fold(c.text); got != c.folded {
				t.Errorf("Fold(%q) = %q, want %q", c.text, got, c.folded)
			}
			if got := search.Terms(c.text); !slices.Equal(got, c.terms) {
				t.Errorf("Terms(%q) = %q, want %q", c.text, got, c.terms)
			}
		})
	}
}
