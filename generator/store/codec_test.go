package store

import (
	"bytes"
	"html/template"
	"reflect"
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/mediaset"
	"github.com/natomongolia/timeline/generator/render"
)

// fillValue sets every field of v, recursively, to a value that is not
// its zero value and differs from field to field.
func fillValue(t *testing.T, v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+*n%26)) + "\u00e9")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Uint8:
		v.SetUint(uint64(*n % 256))
	case reflect.Struct:
		for i := range v.NumField() {
			fillValue(t, v.Field(i), n)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillValue(t, v.Index(i), n)
		}
	case reflect.Array:
		for i := range v.Len() {
			fillValue(t, v.Index(i), n)
		}
	default:
		t.Fatalf("fillValue: no case for %s (%s): teach the build cache and this test the new field", v.Type(), v.Kind())
	}
}

// TestCacheFileKeepsEveryEventField encodes events with every field set
// and decodes them: an Event field the cache forgets fails it.
func TestCacheFileKeepsEveryEventField(t *testing.T) {
	var full content.Event
	n := 0
	fillValue(t, reflect.ValueOf(&full).Elem(), &n)
	full.Date.Month, full.End.Month = 3, 5
	full.Date.Year, full.End.Year = -499, 170000002
	bare := &content.Event{ID: "bare", Tags: []string{}, HTML: template.HTML("<p>one rendering</p>")}
	bare.ListHTML = bare.HTML
	stamp := fsutil.SourceStamp{Stamp: fsutil.Stamp{Dev: 7, Ino: 1 << 41, Size: 99, Mtime: -3}, Ctime: 12}
	state := &diskState{
		binary: [32]byte{9}, config: [32]byte{1}, key: Key{2}, began: time.Unix(0, 1234567890),
		events: map[string]load.File{
			"full.toml": {Name: "full.toml", Event: &full, Stamp: stamp, Rendered: true},
			"bare.toml": {Name: "bare.toml", Event: bare},
		},
		published: []string{"full"},
		outputs:   map[string]diskOutput{"index.html": {fingerprint: render.Fingerprint{5}, stamp: fsutil.Stamp{Dev: 1, Ino: 1 << 40, Size: 12345, Mtime: -5}}},
		lists:     map[string]render.ListLayout{"feed.xml": {Context: "ctx", Head: 120, Sep: 1, Lens: []int{300, 0, 1 << 20}}},
		shown:     map[string][32]byte{"full": {3}},
		media:     map[string]mediaset.Source{"media/a.jpg": {Stamp: stamp, Sum: [32]byte{4}}},
	}
	var file bytes.Buffer
	if err := state.encode(&file); err != nil {
		t.Fatal(err)
	}
	data := file.String()
	got, err := decodeCacheState(data[len(cacheMagic) : len(data)-4])
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, state) {
		t.Errorf("decoded cache state differs:\n got %+v\nwant %+v\n full event: got %+v\nwant %+v", got, state, got.events["full.toml"].Event, &full)
	}
	for cut := range len(data) - 4 - len(cacheMagic) {
		if _, err := decodeCacheState(data[len(cacheMagic) : len(cacheMagic)+cut]); err == nil {
			t.Fatalf("a cache file cut after %d bytes of fields decodes without error", cut)
		}
	}
}
