package generator

import (
	"os"
	"path/filepath"
	"sync"
)

// listRecord tells where the events' parts lie in a file that lists every
// event (see eventList): after head bytes, one part for each published
// event in timeline order, joined by sep bytes. Context is what the parts
// depend on besides their events.
type listRecord struct {
	context   string
	head, sep int
	lens      []int
}

// listParts lets a build with a build cache take the parts of unchanged
// events in the files that list every event from the same files of the
// previous output, rather than render them again, and records where it
// puts the parts of its own files, for the next build.
//
// The previous output's file is read only when its stamp is the one the
// last build recorded, which vouches for its bytes, and one file at a time.
type listParts struct {
	outDir string
	// prev is what the last build left; index gives each event's place
	// among the events it published, and unchanged tells the events whose
	// files did not change since.
	prev      *cacheState
	index     map[string]int
	unchanged map[string]bool

	mu sync.Mutex
	// previous holds the previous output's files being read from, by
	// name, and their parts' offsets; nil when a file cannot be used.
	previous map[string]*previousList
	records  map[string]listRecord
}

type previousList struct {
	data    []byte
	offsets []int
	record  listRecord
}

// newListParts returns the listParts of a build into outDir whose event
// files are files. It takes no part from the last build when prev is nil.
func newListParts(outDir string, prev *cacheState, files []eventFile) *listParts {
	l := &listParts{outDir: outDir, previous: map[string]*previousList{}, records: map[string]listRecord{}}
	if prev == nil {
		return l
	}
	l.prev, l.index, l.unchanged = prev, make(map[string]int, len(prev.published)), make(map[string]bool, len(files))
	for i, id := range prev.published {
		l.index[id] = i
	}
	for _, f := range files {
		if f.cached {
			l.unchanged[f.event.ID] = true
		}
	}
	return l
}

// take returns the part of e in file as the previous output holds it, or
// nil when e changed or the file cannot be used.
func (l *listParts) take(file, context string, e *Event) []byte {
	if l == nil || !l.unchanged[e.ID] {
		return nil
	}
	i, ok := l.index[e.ID]
	if !ok {
		return nil
	}
	l.mu.Lock()
	list, read := l.previous[file]
	if !read {
		list = l.read(file)
		l.previous[file] = list
	}
	l.mu.Unlock()
	if list == nil || list.record.context != context {
		return nil
	}
	return list.data[list.offsets[i] : list.offsets[i]+list.record.lens[i]]
}

// read reads file from the previous output, or returns nil when the last
// build recorded no parts for it or it is no longer what that build wrote.
func (l *listParts) read(file string) *previousList {
	record, ok := l.prev.lists[file]
	want, stamped := l.prev.outputs[file]
	if !ok || !stamped || len(record.lens) != len(l.prev.published) {
		return nil
	}
	path := filepath.Join(l.outDir, filepath.FromSlash(file))
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		return nil
	}
	if stamp, ok := stampOf(info); !ok || stamp != want {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	list := &previousList{data: data, offsets: make([]int, len(record.lens)), record: record}
	at := record.head
	for i, n := range record.lens {
		if n < 0 || at+n > len(data) {
			return nil
		}
		list.offsets[i] = at
		at += n + record.sep
	}
	return list
}

// done records where the parts of file lie in this build's file, and
// lets go of the previous output's.
func (l *listParts) done(file string, record listRecord) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.previous, file)
	l.records[file] = record
}

// recorded returns where the parts lie in the files of the output that
// stamps describe, by name: as this build rendered them, or, for a file it
// kept, as the last build did.
func (l *listParts) recorded(stamps map[string]fileStamp) map[string]listRecord {
	lists := map[string]listRecord{}
	if l.prev != nil {
		for name, record := range l.prev.lists {
			if _, ok := stamps[name]; ok {
				lists[name] = record
			}
		}
	}
	for name, record := range l.records {
		if _, ok := stamps[name]; ok {
			lists[name] = record
		}
	}
	return lists
}
