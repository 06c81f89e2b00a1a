package store

import (
	"testing"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/load"
)

// TestRacyStampsAreNotTrusted checks that an event file written less than
// three seconds before the build that read it, or after, is looked at
// again: within one tick of a coarse file-system clock it may have changed
// again with its stamp unchanged.
func TestRacyStampsAreNotTrusted(t *testing.T) {
	began := time.Unix(1_700_000_000, 0)
	stamp := func(at time.Time) fsutil.SourceStamp {
		return fsutil.SourceStamp{Stamp: fsutil.Stamp{Ino: 1, Size: 10, Mtime: at.UnixNano()}, Ctime: at.UnixNano()}
	}
	tests := []struct {
		name    string
		written time.Time
		trusted bool
	}{
		{"long before", began.Add(-time.Hour), true},
		{"4 s before", began.Add(-4 * time.Second), true},
		{"2 s before", began.Add(-2 * time.Second), false},
		{"during", began.Add(time.Second), false},
	}
	for _, tt := range tests {
		m := NewMemory()
		f := load.File{Name: "x.toml", Event: &content.Event{ID: "x"}, Stamp: stamp(tt.written)}
		m.Commit(&Build{Began: began, Loaded: &load.Result{Files: []load.File{f}}})
		got, ok := m.Lookup([32]byte{}, "x.toml")
		if !ok {
			t.Fatalf("%s: the file is not in the store", tt.name)
		}
		if trusted := got.Stamp != (fsutil.SourceStamp{}); trusted != tt.trusted {
			t.Errorf("%s: stamp trusted %v, want %v", tt.name, trusted, tt.trusted)
		}
	}
}
