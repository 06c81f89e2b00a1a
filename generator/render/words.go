package render

import (
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/natomongolia/timeline/generator/i18n"
	"github.com/natomongolia/timeline/generator/render/layout"
)

// layoutWords are the words of the layouts in the catalog's language.
func layoutWords(c *i18n.Catalog) layout.Words {
	funcs := templateFuncs(c)
	return layout.Words{Lang: c.Tag, Funcs: funcs, Static: func(name string, args []string) (string, bool) {
		switch {
		case name == "t" && len(args) == 1:
			return template.HTMLEscapeString(c.T(args[0])), true
		case (name == "plurals" || name == "jsword") && len(args) == 2:
			return string(funcs[name].(func(string, string) template.HTMLAttr)(args[0], args[1])), true
		}
		return "", false
	}}
}

// templateFuncs are the functions the layouts call for the words of the
// interface, in the site's language:
//
//	{{t "id" "Name" value…}}       a message, with its values
//	{{tn "id" n "Name" value…}}    a message that counts n (plural forms)
//	{{th "id" "Name" value…}}      a message as HTML: values of type
//	                               template.HTML go in as they are
//	{{num n}}                      n in the language's digits, grouped
//	{{plurals "id" "name"}}        data-name-one="…" data-name-other="…":
//	                               the forms a script picks from, with
//	                               {count} and {shown}; none in English,
//	                               whose words the scripts have
//	{{jsword "id" "name"}}         data-name="…", none in English
func templateFuncs(c *i18n.Catalog) template.FuncMap {
	return template.FuncMap{
		"t":  c.T,
		"tn": c.N,
		"th": func(id string, pairs ...any) template.HTML { return messageHTML(c, id, pairs) },
		"num": func(n int) string {
			return c.Locale().Number(n)
		},
		"plurals": func(id, name string) template.HTMLAttr {
			pairs := []any{"Count", "{count}", "Shown", "{shown}"}
			if c.EnglishForms(id, pairs...) {
				return ""
			}
			forms := c.Forms(id, pairs...)
			var b strings.Builder
			for _, category := range []string{"zero", "one", "two", "few", "many", "other"} {
				if text, ok := forms[category]; ok {
					b.WriteString(" data-" + name + "-" + category + `="` + template.HTMLEscapeString(text) + `"`)
				}
			}
			return template.HTMLAttr(b.String())
		},
		"jsword": func(id, name string) template.HTMLAttr {
			if c.English(id) {
				return ""
			}
			return template.HTMLAttr(" data-" + name + `="` + template.HTMLEscapeString(c.T(id)) + `"`)
		},
	}
}

// messageHTML returns a message as HTML: its text escaped, and its values
// escaped too but for those of type template.HTML.
func messageHTML(c *i18n.Catalog, id string, pairs []any) template.HTML {
	marked := slices.Clone(pairs)
	var raw []string
	for i := 1; i < len(marked); i += 2 {
		var html string
		switch v := marked[i].(type) {
		case template.HTML:
			html = string(v)
		case string:
			html = template.HTMLEscapeString(v)
		default:
			html = template.HTMLEscapeString(template.HTMLEscaper(v))
		}
		marked[i] = "\ue000" + strconv.Itoa(len(raw)) + "\ue001"
		raw = append(raw, html)
	}
	s := template.HTMLEscapeString(c.T(id, marked...))
	for i, html := range raw {
		s = strings.Replace(s, "\ue000"+strconv.Itoa(i)+"\ue001", html, 1)
	}
	return template.HTML(s)
}
