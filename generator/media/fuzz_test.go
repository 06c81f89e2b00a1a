package media_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/media"
)

// FuzzSanitizeSVG checks, for any input the sanitiser accepts, that the
// output is one well-formed <svg> holding no script, event handler or
// outside reference, and that sanitising it again changes nothing.
func FuzzSanitizeSVG(f *testing.F) {
	f.Add([]byte(hostileSVG))
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := media.SanitizeSVG("f.svg", data)
		if err != nil {
			return
		}
		out := img.Variants[0].Data
		checkXML(t, out)
		d := xml.NewDecoder(bytes.NewReader(out))
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			start, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			if name := strings.ToLower(start.Name.Local); name == "script" || name == "foreignobject" {
				t.Errorf("the output has a <%s>", start.Name.Local)
			}
			for _, a := range start.Attr {
				value := strings.ToLower(strings.TrimSpace(a.Value))
				switch {
				case strings.HasPrefix(strings.ToLower(a.Name.Local), "on"):
					t.Errorf("the output has the attribute %s", a.Name.Local)
				case a.Name.Local == "href" && !strings.HasPrefix(value, "#") && !strings.HasPrefix(value, "data:image/"):
					t.Errorf("the output has href=%q", a.Value)
				case strings.Contains(value, "url(") && !strings.Contains(value, "url(#") && !strings.Contains(value, "url(data:image/"):
					t.Errorf("the output has %s=%q", a.Name.Local, a.Value)
				}
			}
		}
		again, err := media.SanitizeSVG("f.svg", out)
		if err != nil {
			t.Fatalf("the output is refused: %v\n%s", err, out)
		}
		if !bytes.Equal(again.Variants[0].Data, out) {
			t.Errorf("sanitising again changes\n%s\ninto\n%s", out, again.Variants[0].Data)
		}
	})
}
