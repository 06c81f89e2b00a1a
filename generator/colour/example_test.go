package colour_test

import (
	"errors"
	"fmt"

	"github.com/natomongolia/timeline/generator/colour"
)

// The colour of the issue serves both schemes when no darkColor is set: it
// passes in the light scheme and fails in the dark one.
func ExampleCheck() {
	c, err := colour.Parse("#1f5fa8")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []colour.Scheme{colour.Light, colour.Dark} {
		err := colour.Check(c, s, colour.Text)
		fmt.Printf("%s: %v\n", s.Name, err)
		var ce *colour.ContrastError
		if errors.As(err, &ce) {
			fmt.Printf("against the background: %s; advice: %v, %s against the surface\n",
				colour.Ratio(colour.Contrast(c, s.Background)), ce.Nearest, colour.Ratio(colour.Contrast(ce.Nearest, s.Surface)))
		}
	}
	// Output:
	// light: <nil>
	// dark: #1f5fa8 has a contrast of 2.48:1 against the dark surface #1c2229, under the 4.5:1 that text needs: use #4b8ad6 or lighter
	// against the background: 2.76:1; advice: #4b8ad6, 4.5:1 against the surface
}

func ExampleParse() {
	_, err := colour.Parse("1f5fa8")
	fmt.Println(err)
	// Output:
	// bad colour "1f5fa8": start it with #: write #1f5fa8
}
