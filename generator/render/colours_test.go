package render_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestCategoryColoursOnPages checks the categories with colours of their
// own in the eras fixture: their rules are in every page's style sheet,
// for each scheme, and the page's Content-Security-Policy allows it by
// hash; the overview's marks, the legend, the filter's chips, the list's
// entries and labels and the event pages carry their class; a category
// without a colour keeps the default look's; and no element has a style
// attribute, which the policy would block.
func TestCategoryColoursOnPages(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.Fixture("eras"), load.Options{})
	const rules = `.c-politics{--cat:#1f5fa8}.c-science{--cat:#7b3fa0}@media (prefers-color-scheme:dark){.c-politics{--cat:#8ab4f8}.c-science{--cat:#ddbbee}}`
	for _, name := range htmlOutputs(files) {
		page := string(files[name])
		style := inlineCode.FindAllStringSubmatch(page, -1)
		i := slices.IndexFunc(style, func(m []string) bool { return m[1] == "style" })
		if i < 0 || !strings.Contains(style[i][2], rules) {
			t.Errorf("%s: the style sheet lacks the categories' colours %s", name, rules)
			continue
		}
		policy := cspContent.FindStringSubmatch(page)
		if policy == nil || !strings.Contains(policy[1], sha(style[i][2])) {
			t.Errorf("%s: the policy does not allow the style sheet by its hash", name)
		}
		for _, tag := range tagPattern.FindAllStringSubmatch(page, -1) {
			for _, a := range attrPattern.FindAllStringSubmatch(tag[2], -1) {
				if strings.EqualFold(a[1], "style") {
					t.Errorf("%s: <%s> has a style attribute, which the policy blocks", name, tag[1])
				}
			}
		}
	}
	index := string(files["index.html"])
	for _, want := range []string{
		`<a href="#caesar" class="item c-politics"`, `<a href="#marathon" class="item c3"`,
		`<span class="swatch c-science" aria-hidden=true>`, `<button type=button class="chip c-politics" data-filter="politics"`,
		`<li class="entry c-science" data-category="science">`, `<span class="cat c-politics">Politics</span>`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.html: want %s", want)
		}
	}
	if page := string(files["events/sputnik.html"]); !strings.Contains(page, `class="event single c-science"`) {
		t.Errorf("events/sputnik.html: want the event in its category's colour, class c-science")
	}
}

// TestDefaultColours checks that a site whose categories have no colours,
// the repository's, keeps the default look's: six classes in turn, and no
// rules of its own.
func TestDefaultColours(t *testing.T) {
	_, files := testsite.MustRender(t, testsite.RepoRoot(), load.Options{})
	index := string(files["index.html"])
	if classes := regexp.MustCompile(`class="?chip (c[^"]*)"`).FindAllStringSubmatch(index, -1); len(classes) != 3 || classes[0][1] != "c1" || classes[2][1] != "c3" {
		t.Errorf("chips' classes %q, want c1, c2, c3", classes)
	}
	if strings.Contains(index, ".c-") {
		t.Errorf("index.html: got rules for categories' own colours, want none")
	}
}
