package search_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/search"
)

// sampleDocs are four events whose words are found in different fields.
var sampleDocs = []search.Doc{
	{ID: "2005-12-kfor", Title: "Mongolia joins the Kosovo Force", Dates: "December 2005", URL: "events/2005-12-kfor.html",
		Tags: []string{"kfor"}, Place: "Kosovo", Summary: "Mongolian troops deploy to KFOR.", Body: "A contingent serves with Belgian forces."},
	{ID: "2006-ipp", Title: "Individual Partnership Programme", Dates: "2006", URL: "events/2006-ipp.html",
		Tags: []string{"partnership"}, Summary: "Mongolia and NATO agree a programme.", Body: "The programme covers Kosovo training."},
	{ID: "2012-03-ipcp", Title: "Individual Partnership and Cooperation Programme", Dates: "19 March 2012", URL: "events/2012-03-ipcp.html",
		Summary: "A new framework.", Body: "Partners élaborent the plan in Brussels."},
	{ID: "2014-08-five-hills", Title: "Five Hills centre recognised", Dates: "August 2014", URL: "events/2014-08-five-hills.html",
		Tags: []string{"training"}, Place: "Ulaanbaatar", Summary: "The centre trains peacekeepers.", Body: "Five Hills hosts Khaan Quest."},
}

func TestBuildPostings(t *testing.T) {
	ix := decode(t, search.Build(sampleDocs))
	tests := []struct {
		term string
		want []hit
	}{
		// The weightiest field where a term is found counts: "mongolia"
		// is in the title of the first event and the summary of the second.
		{"mongolia", []hit{{0, search.TitleField}, {1, search.SummaryField}}},
		{"kosovo", []hit{{0, search.TitleField}, {1, search.BodyField}}},
		{"kfor", []hit{{0, search.TagsField}}},
		{"ulaanbaatar", []hit{{3, search.PlaceField}}},
		{"mongolian", []hit{{0, search.SummaryField}}},
		{"programme", []hit{{1, search.TitleField}, {2, search.TitleField}}},
		{"training", []hit{{1, search.BodyField}, {3, search.TagsField}}},
		{"elaborent", []hit{{2, search.BodyField}}},
		{"the", []hit{{0, search.TitleField}, {1, search.BodyField}, {2, search.BodyField}, {3, search.SummaryField}}},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			if got := ix.postings[tt.term]; !slices.Equal(got, tt.want) {
				t.Errorf("postings of %q = %v, want %v", tt.term, got, tt.want)
			}
		})
	}
	if _, ok := ix.postings["Mongolia"]; ok {
		t.Errorf("the index holds %q unfolded; want only folded terms", "Mongolia")
	}
}

func TestBuildTermsSortedAsJavaScriptCompares(t *testing.T) {
	// The ideograph U+2000B is above U+FFFF: JavaScript puts it before
	// U+FA0E, which Go's byte order puts first.
	docs := []search.Doc{{ID: "a", URL: "a.html", Title: "\ufa0e 𠀋 b a é 東"}}
	ix := decode(t, search.Build(docs))
	terms := strings.Split(ix.Terms, " ")
	want := []string{"a", "b", "e", "東", "𠀋", "\ufa0e"}
	if !slices.Equal(terms, want) {
		t.Errorf("terms = %q, want %q (UTF-16 order)", terms, want)
	}
}

func TestBuildDocs(t *testing.T) {
	ix := decode(t, search.Build(sampleDocs))
	if ix.V != search.IndexVersion {
		t.Errorf("v = %d, want %d", ix.V, search.IndexVersion)
	}
	for i, d := range sampleDocs {
		if ix.IDs[i] != d.ID || ix.Titles[i] != d.Title || ix.Dates[i] != d.Dates || ix.url(i) != d.URL {
			t.Errorf("doc %d = %q %q %q %q, want %q %q %q %q", i, ix.IDs[i], ix.Titles[i], ix.Dates[i], ix.url(i), d.ID, d.Title, d.Dates, d.URL)
		}
	}
	if ix.URLs != nil || !slices.Equal(ix.URL, []string{"events/", ".html"}) {
		t.Errorf("url = %q, urls = %q; want the shared pattern [events/ .html] alone", ix.URL, ix.URLs)
	}
}

func TestBuildURLsWithoutPattern(t *testing.T) {
	docs := []search.Doc{
		{ID: "a", Title: "A", URL: "years/2005.html#a"},
		{ID: "b", Title: "B", URL: "years/2006.html#b"},
	}
	ix := decode(t, search.Build(docs))
	for i, d := range docs {
		if got := ix.url(i); got != d.URL {
			t.Errorf("url of doc %d = %q, want %q", i, got, d.URL)
		}
	}
}

func TestBuildLongGaps(t *testing.T) {
	// A term found in the first and the 5,000th event only: the gap takes
	// several digits.
	docs := make([]search.Doc, 5000)
	for i := range docs {
		docs[i] = search.Doc{ID: "e", URL: "e.html", Title: "filler"}
	}
	docs[0].Body, docs[4999].Place = "rare", "rare"
	ix := decode(t, search.Build(docs))
	if got, want := ix.postings["rare"], []hit{{0, search.BodyField}, {4999, search.PlaceField}}; !slices.Equal(got, want) {
		t.Errorf("postings of rare = %v, want %v", got, want)
	}
	if got := len(ix.postings["filler"]); got != 5000 {
		t.Errorf("filler is in %d docs, want 5000", got)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	first := search.Build(sampleDocs)
	for range 20 {
		if again := search.Build(sampleDocs); !bytes.Equal(again, first) {
			t.Fatalf("two builds of the same docs differ:\n%s\n%s", first, again)
		}
	}
}

func TestBuildEscapesForJavaScript(t *testing.T) {
	docs := []search.Doc{{ID: "x", URL: "x.html", Title: "Quote \" backslash \\ line\u2028separator </script>"}}
	ix := decode(t, search.Build(docs))
	if ix.Titles[0] != docs[0].Title {
		t.Errorf("title = %q, want %q", ix.Titles[0], docs[0].Title)
	}
}

func TestBuildEmpty(t *testing.T) {
	ix := decode(t, search.Build(nil))
	if len(ix.IDs) != 0 || ix.Terms != "" {
		t.Errorf("empty index holds %d docs and terms %q; want none", len(ix.IDs), ix.Terms)
	}
}
