package content_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/content"
)

// FuzzParseDate checks that ParseDate never panics, and that a date it
// accepts prints back as the text it came from and has a reader's form.
func FuzzParseDate(f *testing.F) {
	// More seeds, odd and wrong dates, are in testdata/fuzz/FuzzParseDate.
	for _, s := range []string{"2005", "2005-12", "2014-08-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := content.ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q): got %#v with error %v, want the zero Date", s, d, err)
			}
			return
		}
		if got := d.String(); got != s {
			t.Errorf("ParseDate(%q).String(): got %q, want %q", s, got, s)
		}
		if d.Human() == "" {
			t.Errorf("ParseDate(%q).Human(): got \"\", want a date for readers", s)
		}
		if d.Last().Before(d.First()) {
			t.Errorf("ParseDate(%q): got Last %v before First %v, want it on or after", s, d.Last(), d.First())
		}
	})
}
