package scaffold

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/edtf"
	"github.com/natomongolia/timeline/generator/load"
)

//go:embed event.toml.tmpl
var eventTOML string

var eventTemplate = template.Must(template.New("event.toml").Funcs(template.FuncMap{"toml": tomlString}).Parse(eventTOML))

// EventOptions say what event NewEvent writes.
type EventOptions struct {
	// Title is the event's title; it also names the file.
	Title string
	// Date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty means today.
	Date string
}

// eventData is what the event template receives.
type eventData struct {
	Title, Date string
	// Category is the first declared category, and Categories lists them
	// all ("a, b, c"); both are empty when the site declares none.
	Category, Categories string
	Source               content.Source
}

// NewEvent writes events/<date>-<slug of the title>.toml in the site in
// siteDir from the event template, as a draft with every key present or
// shown and explained, and returns its path. The file passes validation as
// it is: it takes the site's first category and cites the site's source.
// NewEvent never overwrites a file: when the name is taken it takes the
// next free one (DATE-SLUG-2.toml, -3…). It returns a content.UsageError
// for an empty title or a bad date, and the errors of config.toml when it
// has some.
func NewEvent(siteDir string, opts EventOptions) (string, error) {
	title := strings.TrimSpace(opts.Title)
	if title == "" {
		return "", &content.UsageError{Msg: "the title is empty: give the event's title, such as timeline new \"Mongolia joins KFOR\""}
	}
	date := opts.Date
	if date == "" {
		date = time.Now().Format("2006-01-02")
	}
	if _, err := edtf.ParseDate(date); err != nil {
		return "", &content.UsageError{Msg: fmt.Sprintf("-date: %v", err)}
	}
	cfg, err := load.Config(siteDir)
	if err != nil {
		return "", err
	}
	slug := SlugIn(title, cfg.Language)
	if slug == "" {
		slug = "event"
	}
	data := eventData{Title: title, Date: date, Source: cfg.Source}
	if len(cfg.Categories) > 0 {
		ids := make([]string, len(cfg.Categories))
		for i, c := range cfg.Categories {
			ids[i] = c.ID
		}
		data.Category, data.Categories = ids[0], strings.Join(ids, ", ")
	}
	var buf bytes.Buffer
	if err := eventTemplate.Execute(&buf, data); err != nil {
		return "", err
	}
	dir := filepath.Join(siteDir, "events")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return writeFree(filepath.Join(dir, date+"-"+slug), ".toml", buf.Bytes())
}

// writeFree writes data to a new file named base+ext, or base-2+ext,
// base-3+ext… when that is taken: two titles may share a slug, and an
// existing file is never overwritten. It returns the path it wrote.
func writeFree(base, ext string, data []byte) (string, error) {
	for n := 1; ; n++ {
		path := base + ext
		if n > 1 {
			path = base + "-" + strconv.Itoa(n) + ext
		}
		err := writeNew(path, data)
		var usageErr *content.UsageError
		if !errors.As(err, &usageErr) {
			return path, err
		}
	}
}

// tomlString returns s as a TOML basic string, quoted and escaped.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
