// Package corpus writes synthetic timeline sites of any size, for
// benchmarks and comparisons. The same size and seed always give the same
// files.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Categories are the categories every corpus declares.
var Categories = []string{"operations", "dialogue", "partnership", "training", "science", "security"}

// Options say what corpus to write.
type Options struct {
	// Events is the number of events.
	Events int
	// Seed chooses the corpus; the same seed gives the same files.
	Seed uint64
}

// Write writes a site (config.toml and events/) with opts.Events events
// into dir, which it creates. The mix is that of a real timeline: year,
// month and day precision, some ranges and ongoing events, every category,
// Markdown bodies of 100 to 300 words with lists and links, and a source.
func Write(dir string, opts Options) error {
	if err := os.MkdirAll(filepath.Join(dir, "events"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(config()), 0o644); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	for i := range opts.Events {
		id, text := event(rng, i)
		if err := os.WriteFile(filepath.Join(dir, "events", id+".toml"), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func config() string {
	var b strings.Builder
	b.WriteString("title = \"Synthetic timeline\"\n")
	b.WriteString("description = \"A generated corpus for benchmarks.\"\n")
	b.WriteString("language = \"en\"\n")
	b.WriteString("baseURL = \"https://example.org/timeline/\"\n\n")
	for _, c := range Categories {
		fmt.Fprintf(&b, "[[categories]]\nid = %q\nlabel = %q\n\n", c, strings.ToUpper(c[:1])+c[1:])
	}
	b.WriteString("[source]\ntitle = \"Synthetic source\"\nurl = \"https://example.org/source\"\nupdated = \"2020-01-01\"\n")
	return b.String()
}

var words = strings.Fields(`partnership cooperation training mission delegation summit programme
interoperability security operations forces dialogue exercise centre network
capacity crisis management science technology resilience defence council
agreement mentors platoon command regional international assistance peace
support practical political consultation reciprocity understanding priorities`)

func sentence(rng *rand.Rand, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = words[rng.IntN(len(words))]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

// event returns the id and the TOML text of the ith event.
func event(rng *rand.Rand, i int) (string, string) {
	year := 1950 + rng.IntN(70)
	month := 1 + rng.IntN(12)
	day := 1 + rng.IntN(28)
	var date, idDate string
	switch p := rng.IntN(10); {
	case p < 2:
		date, idDate = fmt.Sprintf("%04d", year), fmt.Sprintf("%04d", year)
	case p < 7:
		date, idDate = fmt.Sprintf("%04d-%02d", year, month), fmt.Sprintf("%04d-%02d", year, month)
	default:
		date, idDate = fmt.Sprintf("%04d-%02d-%02d", year, month, day), fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	id := fmt.Sprintf("%s-event-%d", idDate, i)
	var b strings.Builder
	fmt.Fprintf(&b, "title = %q\n", fmt.Sprintf("Event %d: %s", i, strings.TrimSuffix(sentence(rng, 4), ".")))
	fmt.Fprintf(&b, "date = %q\n", date)
	switch r := rng.IntN(10); {
	case r == 0:
		b.WriteString("ongoing = true\n")
	case r < 3:
		fmt.Fprintf(&b, "end = \"%04d-%02d\"\n", year+1+rng.IntN(3), 1+rng.IntN(12))
	}
	fmt.Fprintf(&b, "summary = %q\n", sentence(rng, 12+rng.IntN(10)))
	fmt.Fprintf(&b, "category = %q\n", Categories[i%len(Categories)])
	fmt.Fprintf(&b, "tags = [%q, %q]\n", words[rng.IntN(len(words))], words[rng.IntN(len(words))])
	if rng.IntN(2) == 0 {
		fmt.Fprintf(&b, "place = %q\n", "Place "+fmt.Sprint(rng.IntN(50)))
	}
	b.WriteString("body = \"\"\"\n")
	target := 100 + rng.IntN(201)
	for written := 0; written < target; {
		switch rng.IntN(4) {
		case 0:
			for range 3 {
				n := 5 + rng.IntN(6)
				fmt.Fprintf(&b, "- %s\n", sentence(rng, n))
				written += n
			}
		case 1:
			n := 15 + rng.IntN(15)
			fmt.Fprintf(&b, "%s See [the record](https://example.org/records/%d) and *%s*.\n", sentence(rng, n), rng.IntN(100000), words[rng.IntN(len(words))])
			written += n + 5
		default:
			n := 20 + rng.IntN(30)
			b.WriteString(sentence(rng, n) + "\n")
			written += n
		}
		b.WriteString("\n")
	}
	b.WriteString("\"\"\"\n\n[[sources]]\ntitle = \"Synthetic source\"\nurl = \"https://example.org/source\"\n")
	return id, b.String()
}
