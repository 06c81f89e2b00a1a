// Package edtf parses and means the dates of the Extended Date/Time Format
// (EDTF) of the Library of Congress, 2019, which ISO 8601-2 took up: all of
// Level 0 and Level 1, without times of day. It has no I/O.
//
// Level 0 is "1985", "1985-04", "1985-04-12" (years 0000–9999) and intervals
// of them, "1964/2008". Level 1 adds negative years ("-0499"), years of more
// than four digits after "Y" ("Y170000002"), seasons ("2001-21" to
// "2001-24"), the qualifiers "?" (uncertain), "~" (approximate) and "%"
// (both) at the end of a date, unspecified digits from the right ("201X",
// "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX"), and interval ends that are
// open (".."), unknown (empty) or qualified ("1984?/2004-06~").
//
// Years are astronomical: 0000 is 1 BCE, -0001 is 2 BCE, -0499 is 500 BCE.
// Days are of the proleptic Gregorian calendar, in which year 0 is a leap
// year. ParseDate also reads the common form of a whole year, "500 BCE" or
// "AD 500", and String writes it in EDTF.
//
// Where the specification of 2019 is silent, the package follows its draft
// of 2012 and the other implementations (edtf.js, python-edtf), and takes
// the stricter reading:
//   - a year may have one or two unspecified digits, not three or four
//     ("2XXX" and "XXXX" are Level 2);
//   - qualifiers apply to dates and seasons, not to dates with unspecified
//     digits ("201X?") nor to Y-years;
//   - an interval's ends may be qualified dates and seasons, not dates with
//     unspecified digits (the specification shows "2004-06-XX/2004-07-03" as
//     Level 2) nor Y-years; at least one end is a date.
//
// Seasons, which the specification does not place in the year, are the
// meteorological seasons of the northern hemisphere: spring is March to May,
// summer June to August, autumn September to November, and winter December
// to February of the next year, so "2001-24" ends on 2002-02-28.
//
// Qualifiers do not widen a date: the first and last days of "1984?" are
// those of "1984".
//
// Every error is a *SyntaxError whose message says what to write instead,
// for values that look like dates written otherwise too: "circa 1200",
// "1990s", "spring 2001", "12/01/2005", "December 2005".
package edtf
