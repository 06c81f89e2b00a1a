package importer

import (
	"strconv"
	"strings"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/scaffold"
)

// slug returns the slug "timeline new" makes of a title, or fallback when
// nothing is left of it.
func slug(title, fallback string) string {
	s := scaffold.Slug(title)
	if !content.ValidID(s) {
		// Slug's contract is a valid id or nothing; keep to it whatever
		// its implementation.
		s = strings.Trim(strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
				return r
			}
			return -1
		}, s), "-")
	}
	if s == "" {
		return fallback
	}
	return s
}

// eventID returns the id an event asks for: its unique_id when it has a
// valid one, else "<date>-<slug of the title>" as "timeline new" names a
// file, the date as Date.idPrefix writes it ("2005-12", "0500-bce").
func eventID(e *Event) string {
	if e.ID != "" {
		return e.ID
	}
	return e.Date.idPrefix() + "-" + slug(e.Title, "event")
}

// freeID returns id, or the first of id-2, id-3… that taken does not hold.
func freeID(id string, taken func(string) bool) string {
	if !taken(id) {
		return id
	}
	for n := 2; ; n++ {
		if next := id + "-" + strconv.Itoa(n); !taken(next) {
			return next
		}
	}
}
