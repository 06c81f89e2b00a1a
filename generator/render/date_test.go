package render_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// TestEndOnTheDateIsOneDate checks that an end equal to the date adds
// nothing: the event shows one date everywhere, never "2005 – 2005".
func TestEndOnTheDateIsOneDate(t *testing.T) {
	for _, dates := range []string{"date = \"2005\"\nend = \"2005\"", "date = \"2005-12-01\"\nend = 2005-12-01"} {
		files := buildFiles(t, testsite.New(t, map[string]string{"events/x.toml": testsite.EventTOML("Once", dates)}))
		if n := strings.Count(string(files["events/x.html"]), "<time"); n != 1 {
			t.Errorf("events/x.html shows %d dates for %q, want 1", n, dates)
		}
		for _, name := range []string{"timeline.json", "timelinejs.json"} {
			if strings.Contains(string(files[name]), `"end`) {
				t.Errorf("%s: %q has an end, want one date", name, dates)
			}
		}
		if strings.Contains(string(files["timeline.ics"]), "DURATION") {
			t.Errorf("timeline.ics: %q lasts a duration", dates)
		}
	}
}
