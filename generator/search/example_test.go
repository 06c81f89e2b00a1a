package search_test

import (
	"fmt"
	"strings"

	"github.com/natomongolia/timeline/generator/search"
)

// A build makes a Doc of each event, in timeline order, from what the
// event's page shows: its dates as the page writes them, its URL from the
// site root, and the text of its rendered body. It writes the file Build
// returns at the site root as search-index.js, and each page with a
// search holds the placeholder of the package doc, inlines Script and
// adds Style to its style sheet.
func ExampleBuild() {
	body := `<p>Mongolia sends a <em>platoon</em> to Kosovo.</p><ul><li>KFOR</li><li>Peace support</li></ul>`
	docs := []search.Doc{{
		ID: "2005-12-kfor", Title: "Mongolia joins the Kosovo Force", Dates: "December 2005",
		URL: "events/2005-12-kfor.html", Tags: []string{"kfor"}, Place: "Kosovo",
		Summary: "Troops serve with KFOR.", Body: search.PlainText(body),
	}}
	fmt.Println(docs[0].Body)
	fmt.Print(strings.TrimPrefix(string(search.Build(docs)), "\ufeff"))
	// Output:
	// Mongolia sends a platoon to Kosovo. KFOR Peace support
	// window.timelineSearchIndex={"v":1,"id":["2005-12-kfor"],"title":["Mongolia joins the Kosovo Force"],"date":["December 2005"],"url":["events/",".html"],"terms":"a force joins kfor kosovo mongolia peace platoon sends serve support the to troops with","postings":"a ] ] ^ ] ] a a a ` a ] a ` `"};
}
