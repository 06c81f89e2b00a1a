package overview

import (
	"strconv"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/edtf"
)

// testLabels are axis labels in plain digits.
var testLabels = Labels{
	Year:  strconv.Itoa,
	Month: func(_, m int) string { return strconv.Itoa(m) },
	Day:   func(_, m, d int) string { return strconv.Itoa(d) + "/" + strconv.Itoa(m) },
}

// testScale is a scale from 1900 to 2000 on the overview's axis.
func testScale() *timeScale {
	return newTimeScale(yearStart(1900), yearStart(2000), margin, width-margin, testLabels)
}

// era returns an era of the given years, from the first day of from to
// the day before the first of to.
func era(label string, from, to int) Era {
	return Era{Label: label, Name: label, First: yearStart(from), After: yearStart(to)}
}

// checkApart fails if two placed labels of a row meet, or bands of a row
// overlap, or a label leaves the drawing.
func checkApart(tb testing.TB, placed []*placedEra) {
	tb.Helper()
	for i, p := range placed {
		if p.label != "" && (p.labelLeft() < 0 || p.labelRight() > width) {
			tb.Errorf("%q runs from %.1f to %.1f, out of the drawing", p.label, p.labelLeft(), p.labelRight())
		}
		for _, q := range placed[i+1:] {
			if q.row != p.row {
				continue
			}
			if p.label != "" && q.label != "" && p.labelLeft() < q.labelRight()+eraGap && q.labelLeft() < p.labelRight()+eraGap {
				tb.Errorf("the labels %q (%.1f to %.1f) and %q (%.1f to %.1f) meet in row %d", p.label, p.labelLeft(), p.labelRight(), q.label, q.labelLeft(), q.labelRight(), p.row)
			}
			if p.x1 < q.x2 && q.x1 < p.x2 && p.label != "" && q.label != "" {
				tb.Errorf("the bands of %q and %q overlap in row %d", p.label, q.label, p.row)
			}
		}
	}
}

// TestPlaceErasInARow checks eras one after another: they share a row,
// their bands meeting, while a label longer than its band sends the next
// era to a row of its own.
func TestPlaceErasInARow(t *testing.T) {
	eras := []Era{era("A", 1900, 1930), era("B", 1930, 1960), era("C", 1960, 1962), era("Too long for its band", 1962, 1964), era("D", 1964, 1999)}
	placed, rows := placeEras(eras, testScale(), margin/2, width-margin/2, width)
	var got []string
	for _, p := range placed {
		got = append(got, p.label+":"+strconv.Itoa(p.row))
	}
	if want := "A:0 B:0 C:0 Too long for its band:0 D:1"; strings.Join(got, " ") != want || rows != 2 {
		t.Errorf("rows: got %s (%d rows), want %s (2 rows)", strings.Join(got, " "), rows, want)
	}
	checkApart(t, placed)
}

// TestPlaceErasRows checks the rows of eras that overlap: each takes the
// first row where it meets nothing, and with every row taken an era keeps
// its band, without a label.
func TestPlaceErasRows(t *testing.T) {
	var eras []Era
	for i := range 9 {
		eras = append(eras, era("Era "+strconv.Itoa(i), 1900+i, 1990))
	}
	eras = append(eras, era("Apart", 1992, 1999))
	placed, rows := placeEras(eras, testScale(), margin/2, width-margin/2, width)
	if rows != maxEraRows {
		t.Errorf("%d rows, want %d", rows, maxEraRows)
	}
	var got []string
	for _, p := range placed {
		got = append(got, strconv.Itoa(p.row)+":"+p.label)
	}
	want := "0:Era 0 1:Era 1 2:Era 2 3:Era 3 4:Era 4 5:Era 5 0: 0: 0: 0:Apart"
	if strings.Join(got, " ") != want {
		t.Errorf("rows and labels: got %s, want %s", strings.Join(got, " "), want)
	}
	checkApart(t, placed)
}

// TestPlaceErasEdges checks eras at the ends of the axis: one that begins
// before it is cut there, open at that side; one wholly outside is left
// out; one still running reaches the end; a label too near the end of the
// drawing ends there, and one wider than the drawing is shortened.
func TestPlaceErasEdges(t *testing.T) {
	long := strings.Repeat("Long ", 40)
	running := era("Running", 1995, 1996)
	running.Ongoing = true
	eras := []Era{era("Before", 1800, 1950), era("Outside", 1700, 1800), era("Late and long", 1998, 1999), running, era(long, 1920, 1930)}
	placed, _ := placeEras(eras, testScale(), margin/2, width-margin/2, width)
	if len(placed) != 4 {
		t.Fatalf("%d eras placed, want 4 (all but the one outside the axis)", len(placed))
	}
	before, late, ongoing, wide := placed[0], placed[1], placed[2], placed[3]
	if before.x1 != margin/2 || !before.openStart || before.openEnd {
		t.Errorf("an era from before the axis: from %.1f, open start %v, open end %v; want from %g, open at the start only", before.x1, before.openStart, before.openEnd, margin/2)
	}
	if ongoing.x2 != width-margin/2 || !ongoing.openEnd {
		t.Errorf("an ongoing era: to %.1f, open end %v; want to the end of the axis, open", ongoing.x2, ongoing.openEnd)
	}
	if !late.labelEnd || late.labelX != width-2 {
		t.Errorf("a label near the end: ends %v at %.1f; want it to end at %g", late.labelEnd, late.labelX, width-2)
	}
	if !strings.HasSuffix(wide.label, "…") || eraLabelWidth(wide.label) > width-4 {
		t.Errorf("a label wider than the drawing: %q, %.0f wide; want it shortened to at most %g", wide.label, eraLabelWidth(wide.label), width-4)
	}
	checkApart(t, placed)
}

// TestDrawWithoutEras checks that the drawing of a site without eras has
// no room for them: the marks start where they always have.
func TestDrawWithoutEras(t *testing.T) {
	events := []Event{{Href: "#a", Label: "A", First: edtf.Day{Year: 2000, Month: 1, Day: 1}, After: edtf.Day{Year: 2000, Month: 1, Day: 2}}}
	svg := string(Draw(events, nil, testLabels))
	if !strings.Contains(svg, `viewBox="0 0 960 82"`) || strings.Contains(svg, "era") {
		t.Errorf("got %s; want a drawing 82 high without eras", svg)
	}
	with := string(Draw(events, []Era{era("E", 1999, 2001)}, testLabels))
	if !strings.Contains(with, `viewBox="0 0 960 106"`) {
		t.Errorf("got %s; want a drawing 24 higher for a row of eras", with)
	}
}

// TestDrawYearsEras checks the overview of a large site: its eras are
// bands above its bars, which move down to make room for their row (two
// eras one after the other share one), and it carries the
// scale of the present day's line as the detailed overview does.
func TestDrawYearsEras(t *testing.T) {
	years := []Year{{Year: 1900, Count: 3, URL: "years/1900.html"}, {Year: 1950, Count: 1, URL: "years/1950.html"}}
	labels := testLabels
	labels.YearBar = func(years string, count int) string { return years }
	labels.Eras = "Eras"
	without := string(DrawYears(years, nil, labels))
	if !strings.Contains(without, ` height="138"`) || strings.Contains(without, "era") {
		t.Errorf("without eras: got %s; want a drawing 138 high without eras", without)
	}
	with := string(DrawYears(years, []Era{era("First half", 1900, 1950), era("Second half", 1950, 2000)}, labels))
	for _, want := range []string{` height="162"`, `<g class="eras" role="group" aria-label="Eras">`, `aria-label="First half"`, `aria-label="Second half"`, `data-today="`, `class="hit" x="24" y="28"`} {
		if !strings.Contains(with, want) {
			t.Errorf("with eras: want %s in %s", want, with)
		}
	}
}
