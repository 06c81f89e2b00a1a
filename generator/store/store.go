// Package store keeps what one build of a site leaves for the next, so
// that the next does only what changed: the events it decoded, the
// fingerprint of every output it made, and the parts of the files that
// list every event. Memory keeps them in the process, for a dev server's
// rebuilds; Disk keeps them in a file, for the builds of the command.
//
// A store is consulted and fed by the one pipeline every build takes
// (load, plan, render, publish): it is that pipeline's only incremental
// argument.
package store

import (
	"crypto/sha256"
	"time"

	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/render"
)

// Key sums what every output of a build depends on besides the events:
// the binary, config.toml, the site's layouts and the build options. A
// store keeps outputs and parts only for the key they were made under.
type Key [sha256.Size]byte

// Previous is an output as the last build left it: its content (Memory)
// or the stamp of its file in the output folder (Disk).
type Previous struct {
	Pieces output.Pieces
	Stamp  fsutil.Stamp
}

// Build is what a build that succeeded leaves for the next.
type Build struct {
	Key Key
	// Began is when the build began: a source file written since then, or
	// just before, may have changed again unseen within one tick of the
	// file system's clock, so its stamp is not trusted next time.
	Began time.Time
	// Loaded is the site as loaded, with every event file.
	Loaded *load.Result
	// Outputs holds the fingerprint of every output, by name.
	Outputs map[string]render.Fingerprint
	// Files holds the content of every output (for Memory), Stamps the
	// stamp of every file left in the output folder (for Disk).
	Files  map[string]output.Pieces
	Stamps map[string]fsutil.Stamp
}

// racyWindow is how long before a build a source file's change may have
// gone unseen by its stamp: a file system may keep times to 2 s.
const racyWindow = 3 * time.Second

// trusted returns f with its stamp cleared when the file was written too
// close to the build that read it for the stamp to vouch for it.
func trusted(f load.File, began time.Time) load.File {
	limit := began.Add(-racyWindow).UnixNano()
	if f.Stamp.Mtime >= limit || f.Stamp.Ctime >= limit {
		f.Stamp = fsutil.SourceStamp{}
	}
	return f
}
