package overview

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/natomongolia/timeline/generator/edtf"
)

// Era is a named span of time as the overview draws it: a band across the
// drawing from its first day to its last, behind the marks, outlined and
// labelled at its top, so that it is told apart from the others by its
// outline and label, not by colour.
type Era struct {
	// Label is its name, drawn over its band; Name names it with its
	// dates for readers and assistive technology ("Cold War, 1947–1991").
	Label, Name string
	// First is its first day and After the day after its last.
	First, After edtf.Day
	// Ongoing tells an era still running: its band reaches the end of
	// the axis.
	Ongoing bool
}

// The eras' drawing units: each era has a row at the top of the drawing
// for its label and the top of its outline; eras whose labels or bands
// would meet take different rows.
const (
	eraRowHeight  = 20.0
	eraFontSize   = 12.0 // the labels' size, as the style sheet sets it
	eraCharWidth  = 8.0  // the widest a character of a label takes, about
	eraLabelInset = 4.0  // between a band's start and its label
	eraGap        = 8.0  // between the labels and bands of two eras in a row
	maxEraRows    = 6
)

// placedEra is an era placed on the overview, in the coordinates of a
// drawing from left to right.
type placedEra struct {
	*Era
	x1, x2 float64
	// openStart and openEnd tell a band cut at an end of the axis: the
	// era runs on beyond it, so that side has no edge.
	openStart, openEnd bool
	row                int
	// label is the label as drawn: shortened to fit the drawing, or ""
	// when its row has no room for it. It starts at labelX, or ends there
	// when labelEnd is set.
	label    string
	labelX   float64
	labelEnd bool
}

// labelLeft and labelRight return where the era's label begins and ends.
func (p *placedEra) labelLeft() float64 {
	if p.labelEnd {
		return p.labelX - eraLabelWidth(p.label)
	}
	return p.labelX
}

func (p *placedEra) labelRight() float64 { return p.labelLeft() + eraLabelWidth(p.label) }

// left returns where the era's band or label begins, whichever is first.
func (p *placedEra) left() float64 {
	if p.label == "" {
		return p.x1
	}
	return min(p.x1, p.labelLeft())
}

// eraRow is a row of eras, as far as it is taken: by bands and by labels.
type eraRow struct{ bandEnd, labelEnd float64 }

// fits reports whether p can join the row: its band begins where the
// row's bands end or after (bands may meet), clear of the row's labels,
// and its label keeps apart from them and off the row's bands.
func (r eraRow) fits(p *placedEra) bool {
	if p.x1 < r.bandEnd || p.x1 < r.labelEnd+2 {
		return false
	}
	return p.label == "" || p.labelLeft() >= r.labelEnd+eraGap && p.labelLeft() >= r.bandEnd+2
}

// take adds p to the row.
func (r *eraRow) take(p *placedEra) {
	r.bandEnd = max(r.bandEnd, p.x2)
	if p.label != "" {
		r.labelEnd = max(r.labelEnd, p.labelRight())
	}
}

// placeEras places the eras on the scale, cut to the axis, which runs
// from lo to hi of a drawing width wide, and gives each a row: the first
// it fits in (eraRow.fits), so that eras one after another share a row
// and those that overlap take rows of their own. It returns the eras the
// axis reaches, in the order given, and the number of rows. With every
// row taken, an era goes to the row that frees first, without its label.
func placeEras(eras []Era, scale *timeScale, lo, hi, width float64) ([]*placedEra, int) {
	var placed []*placedEra
	for i := range eras {
		e := &eras[i]
		p := &placedEra{Era: e, x1: scale.xOf(e.First), x2: hi}
		if !e.Ongoing {
			p.x2 = scale.xOf(e.After)
		}
		if p.x2 < lo || p.x1 > hi {
			continue
		}
		if p.x1 < lo {
			p.x1, p.openStart = lo, true
		}
		if p.x2 > hi || e.Ongoing {
			p.x2, p.openEnd = hi, true
		}
		p.x2 = max(p.x2, p.x1+2)
		p.label = fitLabel(e.Label, width-4)
		p.labelX = p.x1 + eraLabelInset
		if p.labelX+eraLabelWidth(p.label) > width-2 {
			p.labelX, p.labelEnd = width-2, true
		}
		placed = append(placed, p)
	}
	byLeft := slices.Clone(placed)
	slices.SortStableFunc(byLeft, func(a, b *placedEra) int {
		switch l, r := a.left(), b.left(); {
		case l < r:
			return -1
		case l > r:
			return 1
		}
		return 0
	})
	var rows []eraRow
	for _, p := range byLeft {
		p.row = slices.IndexFunc(rows, func(r eraRow) bool { return r.fits(p) })
		switch {
		case p.row < 0 && len(rows) < maxEraRows:
			p.row = len(rows)
			rows = append(rows, eraRow{bandEnd: math.Inf(-1), labelEnd: math.Inf(-1)})
		case p.row < 0:
			p.row, p.label = 0, ""
			for i, r := range rows {
				if max(r.bandEnd, r.labelEnd) < max(rows[p.row].bandEnd, rows[p.row].labelEnd) {
					p.row = i
				}
			}
		}
		rows[p.row].take(p)
	}
	return placed, len(rows)
}

// eraStrip returns the height the rows of eras take at the top of the
// drawing: none without eras.
func eraStrip(rows int) float64 {
	if rows == 0 {
		return 0
	}
	return 4 + float64(rows)*eraRowHeight
}

// writeEras draws the placed eras, behind what follows: each a band from
// the top of its outline to the axis at axisY, the outline (its top and
// the edges the axis reaches), and its label above, each era an image
// named with its dates, in a group of the given name.
func writeEras(b *strings.Builder, eras []*placedEra, axisY float64, m mirror, name string) {
	if len(eras) == 0 {
		return
	}
	fmt.Fprintf(b, `<g class="eras" role="group" aria-label="%s">`, template.HTMLEscapeString(name))
	for _, p := range eras {
		top := 4 + float64(p.row)*eraRowHeight
		edgeY := top + 16
		name := template.HTMLEscapeString(p.Name)
		fmt.Fprintf(b, `<g class="era" role="img" aria-label="%s"><title>%s</title>`, name, name)
		fmt.Fprintf(b, `<rect class="era-band" x="%.1f" y="%g" width="%.1f" height="%g"/>`, m.left(p.x1, p.x2-p.x1), edgeY, p.x2-p.x1, axisY-edgeY)
		var d strings.Builder
		if p.openStart {
			fmt.Fprintf(&d, "M%.1f %g", m.x(p.x1), edgeY)
		} else {
			fmt.Fprintf(&d, "M%.1f %gV%g", m.x(p.x1), axisY, edgeY)
		}
		fmt.Fprintf(&d, "H%.1f", m.x(p.x2))
		if !p.openEnd {
			fmt.Fprintf(&d, "V%g", axisY)
		}
		fmt.Fprintf(b, `<path class="era-edge" d="%s"/>`, d.String())
		if p.label != "" {
			anchor, class := "start", ""
			if p.labelEnd {
				anchor = "end"
			}
			if m.anchor(anchor) == "end" {
				class = ` class="end"`
			}
			fmt.Fprintf(b, `<text x="%.1f" y="%g"%s>%s</text>`, m.x(p.labelX), top+12, class, template.HTMLEscapeString(p.label))
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</g>`)
}

// eraLabelWidth estimates the width of an era's label, in drawing units:
// generously, so that labels placed apart stay apart in any font.
func eraLabelWidth(label string) float64 {
	w := 0.0
	for _, r := range label {
		if wide(r) {
			w += eraFontSize
		} else {
			w += eraCharWidth
		}
	}
	return w
}

// wide reports whether r takes a full em: the scripts of East Asia and
// full-width forms.
func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r >= 0xff00 && r <= 0xffef
}

// fitLabel returns label, shortened with an ellipsis to at most room
// units wide.
func fitLabel(label string, room float64) string {
	if eraLabelWidth(label) <= room {
		return label
	}
	for label != "" && eraLabelWidth(label+"…") > room {
		_, size := utf8.DecodeLastRuneInString(label)
		label = label[:len(label)-size]
	}
	return strings.TrimSpace(label) + "…"
}
