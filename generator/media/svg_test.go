package media_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/natomongolia/timeline/generator/media"
)

// hostileSVG is a drawing carrying every kind of attack the sanitiser
// removes, around the parts of a drawing it keeps.
const hostileSVG = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<?xml-stylesheet href="http://evil.example/a.css"?>
<!-- a comment -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     width="120" height="80" viewBox="0 0 120 80" onload="alert('onload')" inkscape:version="1.2">
  <script>alert("script")</script>
  <script xlink:href="http://evil.example/x.js"/>
  <style>@import url("http://evil.example/import.css");
    @import 'http://evil.example/import2.css';
    .a { fill: url(#grad); background: url(http://evil.example/bg.png) }
    .b { fill: u\72l(http://evil.example/escaped.png); }
    .c { background-image: image-set("http://evil.example/set.png" 1x); }
    /* url(http://evil.example/comment.png) */
  </style>
  <defs>
    <linearGradient id="grad"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#000"/></linearGradient>
  </defs>
  <foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="http://evil.example/frame"/></body></foreignObject>
  <a href="javascript:alert('href')"><rect class="a" width="10" height="10" onclick="alert('onclick')"/></a>
  <a xlink:href="java&#x09;script:alert('tab')"><circle cx="5" cy="5" r="5"/></a>
  <a href="#grad"><text x="1" y="20">Ulaanbaatar &amp; Kosovo</text></a>
  <image href="http://evil.example/tracker.png" width="1" height="1"/>
  <image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <image href="data:image/svg+xml;base64,PHN2Zy8+" width="1" height="1"/>
  <use xlink:href="http://evil.example/sprite.svg#icon"/>
  <use href="#grad"/>
  <path d="M0 0L120 80" style="stroke: url(http://evil.example/stroke.png); stroke-width: 2" fill="url('http://evil.example/fill.png')"/>
  <rect fill="url(#grad)" width="120" height="80" xml:base="http://evil.example/"/>
  <animate attributeName="href" values="javascript:alert('animate')"/>
  <set attributeName="xlink:href" to="javascript:alert('set')"/>
  <set attributeName="onclick" to="alert('set-on')"/>
  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
  <iframe src="http://evil.example/iframe"/>
  <inkscape:perspective id="p"/>
</svg>
<svg xmlns="http://www.w3.org/2000/svg" onload="alert('second root')"/>`

func TestSanitizeSVGHostile(t *testing.T) {
	img, err := media.SanitizeSVG("hostile drawing.svg", []byte(hostileSVG))
	if err != nil {
		t.Fatal(err)
	}
	if img.Width != 120 || img.Height != 80 || img.Type != "image/svg+xml" || len(img.Variants) != 1 {
		t.Fatalf("got %s %dx%d with %d variants, want one image/svg+xml 120x80", img.Type, img.Width, img.Height, len(img.Variants))
	}
	v := img.Variants[0]
	out := string(v.Data)
	for _, bad := range []string{"alert", "evil.example", "script", "onload", "onclick", "foreignObject", "iframe",
		"@import", "image-set", "DOCTYPE", "<?", "<!--", "inkscape", "xml:base", "svg+xml", `\72`} {
		if strings.Contains(out, bad) {
			t.Errorf("the output holds %q", bad)
		}
	}
	for _, good := range []string{`<path d="M0 0L120 80"`, `fill="url(#grad)"`, `<linearGradient id="grad">`,
		`<stop offset="0" stop-color="#fff"/>`, `.a { fill: url(#grad)`, `<a href="#grad">`, `Ulaanbaatar &amp; Kosovo`,
		`xlink:href="data:image/png;base64,iVBORw0KGgo="`, `<use href="#grad"/>`, `stroke-width: 2`,
		`<animate attributeName="opacity" from="0" to="1" dur="1s"/>`} {
		if !strings.Contains(out, good) {
			t.Errorf("the output lacks %q", good)
		}
	}
	if !regexp.MustCompile(`^hostile-drawing-[0-9a-f]{8}\.svg$`).MatchString(v.Name) {
		t.Errorf("got name %q, want hostile-drawing-<hash8>.svg", v.Name)
	}
	checkXML(t, v.Data)
}

// checkXML fails unless data is well-formed XML with one root, <svg> in
// the SVG namespace.
func checkXML(tb testing.TB, data []byte) {
	tb.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	roots, depth := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("the output is not well-formed XML: %v\n%s", err, data)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if t.Name.Space != "http://www.w3.org/2000/svg" || t.Name.Local != "svg" {
					tb.Errorf("the root is %v, want svg in the SVG namespace", t.Name)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 {
		tb.Errorf("the output has %d root elements, want 1", roots)
	}
}

func TestSanitizeSVGCases(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string // the whole output
		w, h    int
		wantErr string
	}{
		{name: "plain", in: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><rect width="10" height="20"/></svg>`,
			want: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="20"><rect width="10" height="20"/></svg>`, w: 10, h: 20},
		{name: "no namespace gets one", in: `<svg viewBox="0 0 30 15"><g/></svg>`,
			want: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 30 15"><g/></svg>`, w: 30, h: 15},
		{name: "width and viewBox", in: `<svg width="60" viewBox="0,0,30,15"/>`, w: 60, h: 30},
		{name: "units", in: `<svg width="1in" height="2.54cm"/>`, w: 96, h: 96},
		{name: "relative size", in: `<svg width="100%" height="100%"/>`, w: 0, h: 0},
		{name: "text escaped", in: `<svg><text>a &lt; b &#38; c</text></svg>`,
			want: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><text>a &lt; b &amp; c</text></svg>`},
		{name: "CDATA style", in: `<svg><style><![CDATA[a > b { fill: url(http://x.example/) }]]></style></svg>`,
			want: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><style>a &gt; b { fill: none }</style></svg>`},
		{name: "billion laughs", in: `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><svg>&lol2;</svg>`,
			wantErr: `DOCTYPE that declares entities, which is refused`},
		{name: "undeclared entity", in: `<svg><text>&nbsp;</text></svg>`, wantErr: `an SVG may use only the XML entities`},
		{name: "not UTF-8", in: `<?xml version="1.0" encoding="ISO-8859-1"?><svg/>`, wantErr: `not in UTF-8: save it as UTF-8`},
		{name: "not well-formed", in: `<svg><g></svg>`, wantErr: `line 1: the SVG is not well-formed XML`},
		{name: "not an SVG", in: `<html><svg/></html>`, wantErr: `is not an SVG drawing`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := media.SanitizeSVG("d.svg", []byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			out := img.Variants[0].Data
			if tt.want != "" && string(out) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", out, tt.want)
			}
			if img.Width != tt.w || img.Height != tt.h {
				t.Errorf("got size %dx%d, want %dx%d", img.Width, img.Height, tt.w, tt.h)
			}
			checkXML(t, out)
		})
	}
}

func TestProcessImagePassesSVG(t *testing.T) {
	img := process(t, "logo.svg", []byte(`<svg width="4" height="3"><script>x</script></svg>`), media.Options{})
	if img.Type != "image/svg+xml" || strings.Contains(string(img.Variants[0].Data), "script") {
		t.Errorf("got %s %q, want a sanitised image/svg+xml", img.Type, img.Variants[0].Data)
	}
}
