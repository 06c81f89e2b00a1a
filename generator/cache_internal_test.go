package generator

import (
	"bytes"
	"html/template"
	"reflect"
	"testing"
	"time"
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
	case reflect.Struct:
		for i := range v.NumField() {
			fillValue(t, v.Field(i), n)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillValue(t, v.Index(i), n)
		}
	default:
		t.Fatalf("fillValue: no case for %s (%s): teach the build cache and this test the new field", v.Type(), v.Kind())
	}
}

// TestCacheFileKeepsEveryEventField encodes events with every field set
// and decodes them: an Event field the cache forgets fails it.
func TestCacheFileKeepsEveryEventField(t *testing.T) {
	var full Event
	n := 0
	fillValue(t, reflect.ValueOf(&full).Elem(), &n)
	full.Date.Month, full.End.Month = time.March, time.May
	bare := &Event{ID: "bare", Tags: []string{}, HTML: template.HTML("<p>one rendering</p>")}
	bare.ListHTML = bare.HTML
	state := &cacheState{
		decodeKey: [32]byte{1}, renderKey: [32]byte{2},
		events: map[string]cachedEvent{
			"full.toml": {hash: [32]byte{3}, event: &full, rendered: true},
			"bare.toml": {hash: [32]byte{4}, event: bare},
		},
		published: []string{"full"},
		outputs:   map[string]fileStamp{"index.html": {dev: 1, ino: 1 << 40, size: 12345, mtime: -5}},
		lists:     map[string]listRecord{"feed.xml": {context: "ctx", head: 120, sep: 1, lens: []int{300, 0, 1 << 20}}},
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
		t.Errorf("decoded cache state differs:\n got %+v\nwant %+v\n full event: got %+v\nwant %+v", got, state, got.events["full.toml"].event, &full)
	}
	for cut := range len(data) - 4 - len(cacheMagic) {
		if _, err := decodeCacheState(data[len(cacheMagic) : len(cacheMagic)+cut]); err == nil {
			t.Fatalf("a cache file cut after %d bytes of fields decodes without error", cut)
		}
	}
}
