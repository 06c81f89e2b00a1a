package i18n_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/i18n"
)

// load returns the catalog of tag for a site with no messages of its own.
func load(tb testing.TB, tag string) *i18n.Catalog {
	tb.Helper()
	c, warnings, err := i18n.Load(tag, tb.TempDir())
	if err != nil {
		tb.Fatalf("Load(%q): %v", tag, err)
	}
	if len(warnings) > 0 {
		tb.Fatalf("Load(%q) warns %v, want no warning for a shipped language", tag, warnings)
	}
	return c
}

func TestShippedFor(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"fr-CA", "fr"}, {"de-AT", "de"}, {"es-419", "es"},
		{"pt-BR", "pt"}, {"pt-PT", "pt"},
		{"ru-RU", "ru"}, {"uk-UA", "uk"}, {"mn-MN", "mn"},
		{"zh-Hans", "zh"}, {"zh-CN", "zh"}, {"ja-JP", "ja"},
		{"ar-EG", "ar"}, {"ar-SA", "ar"},
		{"he-IL", "he"}, {"iw", "he"},
		// Another script is another set of words: not served.
		{"zh-Hant", ""}, {"zh-TW", ""}, {"zh-HK", ""}, {"mn-Mong", ""},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			if got := i18n.ShippedFor(tt.tag); got != tt.want {
				t.Errorf("ShippedFor(%q) = %q, want %q", tt.tag, got, tt.want)
			}
		})
	}
}

func TestCatalogWords(t *testing.T) {
	tests := []struct {
		tag, id string
		pairs   []any
		want    string
	}{
		{"fr", "filter_all", nil, "Tous"},
		{"fr", "back_to", []any{"Date", "mars 2010"}, "← Retour à mars 2010 dans la frise"},
		{"fr", "footer_source", nil, "Source\u00a0:"},
		{"de", "filter_all", nil, "Alle"},
		{"de", "skip_to_content", nil, "Zum Inhalt springen"},
		{"es", "filter_all", nil, "Todos"},
		{"es", "watch_on", []any{"Provider", "YouTube"}, "Ver en YouTube"},
		{"pt-BR", "skip_to_content", nil, "Pular para o conteúdo"},
		{"pt-PT", "filter_all", nil, "Todos"},
		{"ru", "filter_all", nil, "Все"},
		{"ru", "later", nil, "Позже →"},
		{"uk", "filter_all", nil, "Усі"},
		{"uk", "not_found", nil, "Сторінку не знайдено"},
		{"mn", "filter_all", nil, "Бүгд"},
		{"mn", "today", nil, "Өнөөдөр"},
		{"zh", "filter_all", nil, "全部"},
		{"zh-Hans", "search_label", nil, "搜索事件"},
		{"ja", "filter_all", nil, "すべて"},
		{"ja", "tagged", []any{"Tag", "KFOR"}, "タグ「KFOR」"},
		{"ar", "filter_all", nil, "الكل"},
		{"ar-EG", "earlier", nil, "→ السابق"},
		{"he", "filter_all", nil, "הכול"},
		{"iw", "later", nil, "מאוחר יותר ←"},
	}
	for _, tt := range tests {
		t.Run(tt.tag+"/"+tt.id, func(t *testing.T) {
			if got := load(t, tt.tag).T(tt.id, tt.pairs...); got != tt.want {
				t.Errorf("T(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

func TestCatalogPlurals(t *testing.T) {
	tests := []struct {
		tag, id string
		n       int
		want    string
	}{
		{"fr", "event_count", 0, "0 événement"},
		{"fr", "event_count", 1, "1 événement"},
		{"fr", "event_count", 2, "2 événements"},
		{"fr", "event_count", 1_000_000, "1\u202f000\u202f000 d’événements"},
		{"pt", "event_count", 0, "0 evento"},
		{"pt-PT", "event_count", 0, "0 eventos"},
		{"de", "event_count", 1, "1 Ereignis"},
		{"de", "event_count", 2, "2 Ereignisse"},
		{"ru", "event_count", 1, "1 событие"},
		{"ru", "event_count", 2, "2 события"},
		{"ru", "event_count", 5, "5 событий"},
		{"ru", "event_count", 11, "11 событий"},
		{"ru", "event_count", 21, "21 событие"},
		{"ru", "showing_some", 21, "Показано 3 из 21 события"},
		{"ru", "showing_some", 5, "Показано 3 из 5 событий"},
		{"uk", "event_count", 1, "1 подія"},
		{"uk", "event_count", 3, "3 події"},
		{"uk", "event_count", 25, "25 подій"},
		{"ar", "event_count", 0, "لا أحداث"},
		{"ar", "event_count", 1, "حدث واحد"},
		{"ar", "event_count", 2, "حدثان"},
		{"ar", "event_count", 3, "3 أحداث"},
		{"ar", "event_count", 11, "11 حدثًا"},
		{"ar", "event_count", 100, "100 حدث"},
		{"ar-EG", "event_count", 103, "١٠٣ أحداث"},
		{"he", "event_count", 1, "אירוע אחד"},
		{"he", "event_count", 2, "2 אירועים"},
		{"he", "showing_all", 2, "מציג את שני האירועים"},
		{"ja", "event_count", 1, "1件の出来事"},
		{"zh", "showing_some", 12, "显示12个事件中的3个"},
	}
	for _, tt := range tests {
		t.Run(tt.tag+"/"+tt.id, func(t *testing.T) {
			if got := load(t, tt.tag).N(tt.id, tt.n, "Shown", "3"); got != tt.want {
				t.Errorf("N(%q, %d) = %q, want %q", tt.id, tt.n, got, tt.want)
			}
		})
	}
}

// TestCatalogDates checks the words around dates, and the century's
// {{.Ordinal}}: English's "20th", the plain number elsewhere.
func TestCatalogDates(t *testing.T) {
	tests := []struct{ tag, date, want string }{
		{"en", "19XX", "the 20th century"},
		{"fr", "19XX", "le 20e siècle"},
		{"fr", "199X", "les années 1990"},
		{"fr", "2005~", "vers 2005"},
		{"fr", "2005?", "2005\u202f?"},
		{"fr", "2001-21", "printemps 2001"},
		{"de", "19XX", "20. Jahrhundert"},
		{"de", "199X", "1990er-Jahre"},
		{"es", "2005?", "¿2005?"},
		{"es", "19XX", "el siglo 20"},
		{"pt", "199X", "a década de 1990"},
		{"ru", "199X", "1990-е годы"},
		{"ru", "19XX", "20 век"},
		{"uk", "2005~", "бл. 2005"},
		{"mn", "19XX", "20-р зуун"},
		{"mn", "2001-21", "2001 оны хавар"},
		{"zh", "199X", "1990年代"},
		{"zh", "2001-21", "2001年春"},
		{"ja", "19XX", "20世紀"},
		{"ja", "2005~", "2005年頃"},
		{"ar", "19XX", "القرن 20"},
		{"ar-EG", "19XX", "القرن ٢٠"},
		{"he", "199X", "שנות ה־1990"},
	}
	for _, tt := range tests {
		t.Run(tt.tag+"/"+tt.date, func(t *testing.T) {
			d, err := edtf.ParseDate(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if got := load(t, tt.tag).Dates().Date(d).Text; got != tt.want {
				t.Errorf("Date(%s) = %q, want %q", tt.date, got, tt.want)
			}
		})
	}
}

func TestCatalogSince(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"de", "seit Dezember 2005"},
		{"ru", "декабрь 2005\u202fг. – н. в."},
		{"zh", "自2005年12月起"},
		{"ar", "منذ ديسمبر 2005"},
	}
	start, err := edtf.ParseDate("2005-12")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			if got := load(t, tt.tag).Dates().Span(start, edtf.Date{}, true, false).String(); got != tt.want {
				t.Errorf("Span(2005-12, ongoing) = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestArrows checks that "earlier", "later" and "back" point the way the
// language reads: in a right-to-left one, the earlier events are on the
// right.
func TestArrows(t *testing.T) {
	for _, lang := range i18n.Shipped() {
		t.Run(lang, func(t *testing.T) {
			c := load(t, lang)
			back, ahead := "←", "→"
			if c.Dir() == "rtl" {
				back, ahead = ahead, back
			}
			earlier, later, backTo := c.T("earlier"), c.T("later"), c.T("back_to", "Date", "2005")
			if !strings.HasPrefix(earlier, back+" ") || strings.Contains(earlier, ahead) {
				t.Errorf("earlier = %q, want it to start with %q", earlier, back)
			}
			if !strings.HasSuffix(later, " "+ahead) || strings.Contains(later, back) {
				t.Errorf("later = %q, want it to end with %q", later, ahead)
			}
			if !strings.HasPrefix(backTo, back+" ") {
				t.Errorf("back_to = %q, want it to start with %q", backTo, back)
			}
		})
	}
}
