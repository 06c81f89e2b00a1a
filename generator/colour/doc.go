// Package colour reads the colours of categories, measures their contrast
// as WCAG 2.2 does, and finds the nearest colour that has enough. It has no
// I/O, and everything in it is safe for concurrent use.
//
// A category's `color` (and `darkColor` for the dark scheme; without it,
// `color` serves both) is written "#rrggbb" or "#rgb" (Parse). Contrast is
// WCAG 2.2's ratio of relative luminances, from 1:1 to 21:1 (Contrast),
// written rounded down (Ratio), so that a colour under a threshold never
// reads as one at it.
//
// What a category colour needs, and where, in the default look
// (layouts/style.css):
//
//   - Graphics, 3:1 (success criterion 1.4.11, Non-text Contrast): the
//     overview's bars, arrows and markers on the surface (--surface, the
//     overview's box), the filter chips' dots on the surface, the legend's
//     swatches and the event list's dots on the page's background (--bg).
//   - Text, 4.5:1 (success criterion 1.4.3, Contrast (Minimum)): the .cat
//     label that names an event's category, in the colour itself, on the
//     page's background in the list and on the surface of an event's page.
//
// Since the default look draws every category colour as text somewhere,
// Check(c, scheme, Text) is the check that applies to it there, in each
// scheme it is used in, against both backgrounds: it implies the check for
// graphics. A look that uses a colour only for graphics checks it with
// Graphics. Check reports the background the colour has less contrast
// against, and the nearest colour that has enough against both (Nearest).
//
// The dot on a pressed chip is drawn on --accent, not on a background
// checked here.
package colour
