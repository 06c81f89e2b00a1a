package render_test

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

var (
	overviewSVG  = regexp.MustCompile(`(?s)<svg class="?overview-svg"?.*?</svg>`)
	overviewItem = regexp.MustCompile(`<a href="?#([a-z0-9-]+)"?[^>]*>.*?<circle class="?marker"? cx="?([0-9.]+)"?`)
	axisLabel    = regexp.MustCompile(`<text x="?([0-9.]+)"?(?: y="?[0-9.]+"?)?( class="?(start|end)"?)?>([^<]*)</text>`)
)

// TestOverviewIsToScale draws timelines of four single events over spans
// from a day to a thousand years: the markers stand in date order, at
// distances proportional to the days between them, the axis has a handful
// of labels that do not overlap, and the drawing's size does not grow with
// the span.
func TestOverviewIsToScale(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
	}{
		{"one day", []string{"2014-08-01", "2014-08-01", "2014-08-01", "2014-08-01"}},
		{"one month", []string{"2014-08-01", "2014-08-09", "2014-08-20", "2014-08-31"}},
		{"one year", []string{"2005-01-03", "2005-04", "2005-09-15", "2005-12-31"}},
		{"35 years", []string{"1970", "1981-06", "1999-11-09", "2004"}},
		{"300 years", []string{"1700", "1789-07-14", "1871", "1999"}},
		{"1,000 years", []string{"1066-10-14", "1492", "1789-07-14", "2024"}},
		{"9,000 years", []string{"0001", "1066-10-14", "4000", "9999"}},
		{"5,000 years across the eras", []string{"-2999", "-0499", "1066-10-14", "2024"}},
		{"deep time", []string{"Y-170000002", "Y-66000000", "-9999", "2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{}
			ids := make([]string, len(tt.dates))
			for i, d := range tt.dates {
				ids[i] = fmt.Sprintf("e%d", i)
				files["events/"+ids[i]+".toml"] = testsite.EventTOML("Event "+d, `date = "`+d+`"`)
			}
			site, err := testsite.Load(testsite.New(t, files), load.Options{})
			if err != nil {
				t.Fatal(err)
			}
			out, err := testsite.Render(site)
			if err != nil {
				t.Fatal(err)
			}
			svg := overviewSVG.FindString(string(out["index.html"]))
			if len(svg) > 6000 {
				t.Errorf("the overview of 4 events is %d bytes; want it small whatever the span", len(svg))
			}
			xs := map[string]float64{}
			for _, m := range overviewItem.FindAllStringSubmatch(svg, -1) {
				xs[m[1]], _ = strconv.ParseFloat(m[2], 64)
			}
			middles := make([]float64, len(tt.dates))
			for i, d := range tt.dates {
				date, err := edtf.ParseDate(d)
				if err != nil {
					t.Fatal(err)
				}
				middles[i] = float64(date.First().Number()+date.Last().Next().Number()) / 2
			}
			first, last := xs[ids[0]], xs[ids[len(ids)-1]]
			for i, id := range ids {
				x, ok := xs[id]
				if !ok {
					t.Fatalf("no marker for %s in\n%s", id, svg)
				}
				if i > 0 && x < xs[ids[i-1]] {
					t.Errorf("%s stands at %.1f, before the earlier %s at %.1f", id, x, ids[i-1], xs[ids[i-1]])
				}
				if span := middles[len(ids)-1] - middles[0]; span > 0 {
					want := first + (last-first)*(middles[i]-middles[0])/span
					if math.Abs(x-want) > 0.5 {
						t.Errorf("%s stands at %.1f, want %.1f: the scale is not linear", id, x, want)
					}
				}
			}
			labels := axisLabel.FindAllStringSubmatch(svg, -1)
			if len(labels) < 1 || len(labels) > 17 {
				t.Errorf("the axis has %d labels, want 1 to 17: %q", len(labels), labels)
			}
			var prevEnd float64 = -1
			for _, l := range labels {
				x, _ := strconv.ParseFloat(l[1], 64)
				w := 8 * float64(utf8.RuneCountInString(l[4]))
				left := x - w/2
				switch l[3] {
				case "start":
					left = x
				case "end":
					left = x - w
				}
				if left < 0 || left+w > 960 {
					t.Errorf("label %q runs out of the drawing (%.1f to %.1f)", l[4], left, left+w)
				}
				if left < prevEnd {
					t.Errorf("label %q (from %.1f) overlaps the one before it (to %.1f)", l[4], left, prevEnd)
				}
				prevEnd = left + w
			}
			if t.Failed() {
				t.Logf("labels: %s", strings.Join(labelTexts(labels), " "))
			}
		})
	}
}

func labelTexts(labels [][]string) []string {
	var texts []string
	for _, l := range labels {
		texts = append(texts, l[4])
	}
	return texts
}
