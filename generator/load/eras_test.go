package load_test

import (
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestEras checks the [[eras]] of config.toml: any date form an event
// takes, intervals in date, sorted by date, and the errors of a bad one.
func TestEras(t *testing.T) {
	dir := testsite.New(t, map[string]string{"config.toml": testsite.Config + `
[[eras]]
label = "Cold War"
date  = "1947/1991"

[[eras]]
label = "Antiquity"
date  = "-0799~"
end   = "0476"

[[eras]]
label   = "Since"
date    = "2001-09"
ongoing = true
`})
	site, err := testsite.Load(dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range site.Config.Eras {
		got = append(got, e.Label+" "+e.Date.String()+"/"+e.End.String()+map[bool]string{true: " ongoing"}[e.Ongoing])
	}
	if want := "Antiquity -0799~/0476 | Cold War 1947/1991 | Since 2001-09/ ongoing"; strings.Join(got, " | ") != want {
		t.Errorf("eras %q, want %q", strings.Join(got, " | "), want)
	}
	for _, tt := range []struct{ era, want string }{
		{`date = "1990"` + "\nend = \"1980\"", `config.toml:14:7: end 1980 is before date 1990: swap them or fix the end`},
		{`label = "X"` + "\ndate = \"1990\"", `config.toml:12:1: an era is a span: add end = "…", or ongoing = true for one still running`},
		{`label = "X"` + "\ndate = \"circa 1990\"" + "\nend = \"1999\"", `config.toml:14:8: bad date "circa 1990"`},
		{`date = "1990/1999"`, `config.toml:12:1: an era needs a label: add label = "…"`},
	} {
		dir := testsite.New(t, map[string]string{"config.toml": testsite.Config + "\n[[eras]]\n" + tt.era + "\n"})
		if got := strings.Join(loadErrors(t, dir, load.Options{}), "\n"); !strings.Contains(got, tt.want) {
			t.Errorf("%s:\n%s\nwant %s", tt.era, got, tt.want)
		}
	}
}
