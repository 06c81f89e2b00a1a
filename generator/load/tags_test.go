package load_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/internal/testsite"
	"github.com/natomongolia/timeline/generator/load"
)

// TestTagErrors checks that one tag written two ways, and a tag with no
// text, are errors at the later tag, in the order of the file names, at
// its line and column: each tag has one page.
func TestTagErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name: "case, in a later file",
			files: map[string]string{
				"events/a.toml": validEvent + `tags = ["NATO", "kfor"]` + "\n",
				"events/b.toml": validEvent + `tags    = ["kfor", "Nato"]` + "\n",
			},
			want: []string{`events/b.toml:4:20: tag "Nato" is "NATO" of events/a.toml written another way: tags that differ only in case, spaces or hyphens are one tag, with one page; write "NATO"`},
		},
		{
			name: "hyphens and spaces, over lines, in a draft",
			files: map[string]string{
				"events/a.toml": validEvent + `tags = ["peace-support operations"]` + "\n",
				"events/b.toml": validEvent + "draft = true\ntags = [\n  \"x\", # a comment, \"y\"\n  \"Peace support  operations\",\n]\n",
			},
			want: []string{`events/b.toml:7:3: tag "Peace support  operations" is "peace-support operations" of events/a.toml written another way: tags that differ only in case, spaces or hyphens are one tag, with one page; write "peace-support operations"`},
		},
		{
			// Columns count bytes, as go/token does.
			name: "in one file, and again in the next",
			files: map[string]string{
				"events/a.toml": validEvent + `tags = ["Россия", "россия"]` + "\n",
				"events/b.toml": validEvent + `tags = ["РОССИЯ"]` + "\n",
			},
			want: []string{
				`events/a.toml:4:25: tag "россия" is "Россия", earlier in this file, written another way: tags that differ only in case, spaces or hyphens are one tag, with one page; write "Россия"`,
				`events/b.toml:4:9: tag "РОССИЯ" is "Россия" of events/a.toml written another way: tags that differ only in case, spaces or hyphens are one tag, with one page; write "Россия"`,
			},
		},
		{
			name: "no text",
			files: map[string]string{
				"events/a.toml": validEvent + `tags = ["kfor", " ", "-"]` + "\n",
			},
			want: []string{
				`events/a.toml:4:17: tag " " has no text: remove it from tags, or give the tag a name`,
				`events/a.toml:4:22: tag "-" has no text: remove it from tags, or give the tag a name`,
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := testsite.New(t, tc.files)
			equalLines(t, loadErrors(t, dir, load.Options{}), tc.want)
		})
	}
}

// TestTagsThatAreDifferent checks that tags apart in more than case,
// spaces and hyphens load, though their pages' names would be the same
// (the index of tags tells them apart), and that a tag repeated as written
// is no error.
func TestTagsThatAreDifferent(t *testing.T) {
	dir := testsite.New(t, map[string]string{
		"events/a.toml": validEvent + `tags = ["año", "C++", "李", "kfor", "kfor"]` + "\n",
		"events/b.toml": validEvent + `tags = ["ano", "C", "里", "kfor", "🎉", "🎊"]` + "\n",
	})
	if _, err := testsite.Load(dir, load.Options{}); err != nil {
		t.Fatalf("Load: %v, want no error", err)
	}
}
