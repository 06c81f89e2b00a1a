package overview

import "fmt"

// todayAttr returns the data-today attribute of a drawing, from which the
// page's script draws the present day when the page is viewed (the
// drawing is made once and read on any day after): the days at the two
// ends of the axis, lo and hi, as day numbers (edtf.Day.Number: days since
// 1970-01-01, which a script gets from Date.UTC(…) / 86400000), where they
// lie in the drawing, mirrored for a drawing from right to left, and the
// top and bottom of the line. The script draws the line only for a day
// between the two ends, so a page viewed long after its last date draws
// none.
func todayAttr(scale *timeScale, lo, hi, top, bottom float64, m mirror) string {
	day := func(x float64) float64 { return scale.start + (x-scale.x0)*(scale.end-scale.start)/(scale.x1-scale.x0) }
	return fmt.Sprintf(` data-today="%.2f %.2f %g %g %g %g"`, day(lo), day(hi), m.x(lo), m.x(hi), top, bottom)
}
