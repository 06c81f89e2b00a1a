package edtf_test

import (
	"errors"
	"fmt"

	"github.com/natomongolia/timeline/generator/edtf"
)

func ExampleParseDate() {
	for _, s := range []string{"2005-12", "500 BCE", "201X", "2001-24", "1984?"} {
		d, err := edtf.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-8s %-6s %v to %v\n", s, d, d.First(), d.Last())
	}
	// Output:
	// 2005-12  2005-12 2005-12-01 to 2005-12-31
	// 500 BCE  -0499  -0499-01-01 to -0499-12-31
	// 201X     201X   2010-01-01 to 2019-12-31
	// 2001-24  2001-24 2001-12-01 to 2002-02-28
	// 1984?    1984?  1984-01-01 to 1984-12-31
}

func ExampleParseDate_errors() {
	for _, s := range []string{"circa 1200", "1990s", "2011-02-29", "12/31/2005"} {
		_, err := edtf.ParseDate(s)
		fmt.Println(err)
	}
	_, err := edtf.ParseDate("2005-12-01T10:00")
	fmt.Println(errors.Is(err, edtf.ErrTimeOfDay))
	// Output:
	// bad date "circa 1200": write "1200~" (EDTF for approximate)
	// bad date "1990s": write "199X" (EDTF for a decade)
	// impossible date "2011-02-29": February 2011 has 28 days
	// bad date "12/31/2005": the year comes first in EDTF: write "2005-12-31"
	// true
}

func ExampleParseInterval() {
	iv, err := edtf.ParseInterval("1985-04-12/..")
	if err != nil {
		fmt.Println(err)
		return
	}
	first, _ := iv.First()
	_, ended := iv.Last()
	fmt.Println(iv, first, iv.EndOpen, ended)
	// Output: 1985-04-12/.. 1985-04-12 true false
}
