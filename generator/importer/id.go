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

// idSet holds the ids an import may not give: those of the site's files
// and those it gave. It finds the next free id in constant time on
// average, not by trying id-2, id-3… from the start each time: a sheet of
// 10,000 rows with the same date and headline would try 50 million names.
type idSet struct {
	// by maps an id to the place of the entry given it, or "" for an
	// existing file.
	by map[string]string
	// next maps an id to the first n for which id-n may be free; every
	// id-k below it is taken.
	next map[string]int
}

func newIDSet() *idSet {
	return &idSet{by: map[string]string{}, next: map[string]int{}}
}

// taken reports whether id is taken, and by which entry ("" for a file).
func (s *idSet) taken(id string) (string, bool) {
	by, ok := s.by[id]
	return by, ok
}

// add takes id for an existing file.
func (s *idSet) add(id string) {
	s.by[id] = ""
}

// give takes id, or the first of id-2, id-3… that is not taken, for the
// entry at where, and returns it.
func (s *idSet) give(id, where string) string {
	if _, ok := s.by[id]; ok {
		n := max(s.next[id], 2)
		for {
			next := id + "-" + strconv.Itoa(n)
			n++
			if _, ok := s.by[next]; !ok {
				s.next[id] = n
				id = next
				break
			}
		}
	}
	s.by[id] = where
	return id
}
