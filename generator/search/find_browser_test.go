package search_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/search"
)

// findDocs are the events the matching tests search: words in several
// fields and scripts, so that ranking and folding show.
var findDocs = append(slices.Clip(sampleDocs),
	search.Doc{ID: "2007-athens", Title: "Délégation à Αθήνα", Dates: "2007", URL: "events/2007-athens.html",
		Summary: "Ministers meet in Greece.", Body: "Talks in Ἀθῆναι on the Straße of cooperation."},
	search.Doc{ID: "2008-beijing", Title: "北京大学 visit", Dates: "2008", URL: "events/2008-beijing.html",
		Summary: "A visit to 東京 and 北京.", Place: "Улан-Батор"},
	search.Doc{ID: "2009-mongolian", Title: "Mongolian peacekeepers", Dates: "2009", URL: "events/2009-mongolian.html",
		Summary: "Troops train.", Body: "Mongolia sends a company."},
)

// found is what Index.find returns, ids only.
type found struct {
	Count int      `json:"count"`
	IDs   []string `json:"ids"`
}

// TestFind searches findDocs with search.js and checks which events are
// found and in which order.
func TestFind(t *testing.T) {
	ctx, w := open(t, writePage(t, t.TempDir(), search.Build(findDocs)))
	loadIndex(t, ctx)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"whole word, title before summary and body", "mongolia", []string{"2005-12-kfor", "2009-mongolian", "2006-ipp"}},
		{"prefix", "mong", []string{"2005-12-kfor", "2009-mongolian", "2006-ipp"}},
		{"whole word counts twice a prefix", "mongolian", []string{"2009-mongolian", "2005-12-kfor"}},
		{"case", "MONGOLIA", []string{"2005-12-kfor", "2009-mongolian", "2006-ipp"}},
		{"tags before place and body", "kosovo", []string{"2005-12-kfor", "2006-ipp"}},
		{"tag", "kfor", []string{"2005-12-kfor"}},
		{"place", "ulaanbaatar", []string{"2014-08-five-hills"}},
		{"accents in the text", "delegation", []string{"2007-athens"}},
		{"accents in the query", "élaborent", []string{"2012-03-ipcp"}},
		{"eszett typed as ss", "strasse", []string{"2007-athens"}},
		{"eszett typed as ß", "straße", []string{"2007-athens"}},
		{"greek without accents", "αθηνα", []string{"2007-athens"}},
		{"greek prefix of an accented word", "αθη", []string{"2007-athens"}},
		{"cyrillic place", "улан батор", []string{"2008-beijing"}},
		{"cyrillic prefix", "Бат", []string{"2008-beijing"}},
		{"chinese pair", "北京", []string{"2008-beijing"}},
		{"chinese phrase", "京大学", []string{"2008-beijing"}},
		{"chinese single character", "京", []string{"2008-beijing"}},
		{"chinese last character of a run", "学", []string{"2008-beijing"}},
		{"chinese not found", "南京", nil},
		{"every word must match", "partnership programme", []string{"2006-ipp", "2012-03-ipcp"}},
		{"words in any order", "programme partnership", []string{"2006-ipp", "2012-03-ipcp"}},
		{"one word missing", "partnership kosovo", []string{"2006-ipp"}},
		{"no event has both", "partnership ulaanbaatar", nil},
		{"punctuation ignored", "  five-hills!! ", []string{"2014-08-five-hills"}},
		{"ties in timeline order", "individual", []string{"2006-ipp", "2012-03-ipcp"}},
		{"nothing", "zanzibar", nil},
		{"empty", "", nil},
		{"only punctuation", "?!", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := browsertest.EvalJS[found](t, ctx, `(() => {
			  const r = new timelineSearch.Index(window.timelineSearchIndex).find(`+jsValue(tt.query)+`);
			  return {count: r.count, ids: r.docs.map(d => d.id)};
			})()`)
			if !slices.Equal(got.IDs, tt.want) || got.Count != len(tt.want) {
				t.Errorf("find(%q) = %d %q, want %d %q", tt.query, got.Count, got.IDs, len(tt.want), tt.want)
			}
		})
	}
	w.check(t)
}

// TestFindLimit finds more events than the limit: the count is all of
// them, the docs only the best ones, in timeline order among equals.
func TestFindLimit(t *testing.T) {
	docs := make([]search.Doc, 120)
	for i := range docs {
		id := "e" + itoa(i)
		docs[i] = search.Doc{ID: id, Title: "Event " + itoa(i), Dates: "2000", URL: "events/" + id + ".html", Body: "common"}
	}
	// Beyond the first 50: two found in the title, one in the summary,
	// one only by prefix (which counts less).
	docs[100].Title, docs[70].Title, docs[90].Summary = "Common 100", "Common 70", "common"
	docs[60].Body = "commonplace"
	ctx, _ := open(t, writePage(t, t.TempDir(), search.Build(docs)))
	loadIndex(t, ctx)
	tests := []struct {
		query        string
		limit, count int
		want         []string
	}{
		{"common", 50, 120, append([]string{"e70", "e100", "e90"}, ids(0, 47)...)},
		{"common", 3, 120, []string{"e70", "e100", "e90"}},
		{"common", 4, 120, []string{"e70", "e100", "e90", "e0"}},
		{"common", 120, 120, append(append([]string{"e70", "e100", "e90"}, slices.DeleteFunc(ids(0, 120), func(id string) bool {
			return id == "e70" || id == "e100" || id == "e90" || id == "e60"
		})...), "e60")},
		{"commonp", 50, 1, []string{"e60"}},
	}
	for _, tt := range tests {
		got := browsertest.EvalJS[found](t, ctx, `(() => {
		  const r = new timelineSearch.Index(window.timelineSearchIndex).find(`+jsValue(tt.query)+`, `+itoa(tt.limit)+`);
		  return {count: r.count, ids: r.docs.map(d => d.id)};
		})()`)
		if got.Count != tt.count || !slices.Equal(got.IDs, tt.want) {
			t.Errorf("find(%q, %d) = %d events, ids %q; want %d events, ids %q", tt.query, tt.limit, got.Count, got.IDs, tt.count, tt.want)
		}
	}
}

// ids returns the ids e<from> … e<to-1>.
func ids(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, "e"+itoa(i))
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

// jsValue returns v written in JavaScript.
func jsValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
