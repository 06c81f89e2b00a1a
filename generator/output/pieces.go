// Package output names the files of a built site and holds their content
// as it is rendered: in pieces, so that the files that list every event
// are never joined in memory.
package output

import (
	"bytes"
	"io"
)

// Pieces is the content of an output file as the pieces it was rendered
// in, to be written one after another. A file that lists every event
// (feed.xml, timeline.json and the like) keeps each event's part as a
// piece of its own: a build writes it without joining the parts first,
// and after an edit a Session renders the parts that changed and copies
// none of the others.
type Pieces [][]byte

// Len returns the size of the file in bytes.
func (p Pieces) Len() int {
	n := 0
	for _, piece := range p {
		n += len(piece)
	}
	return n
}

// Bytes returns the file's bytes in one slice, which is the piece itself
// when there is one.
func (p Pieces) Bytes() []byte {
	if len(p) == 1 {
		return p[0]
	}
	return bytes.Join(p, nil)
}

// WriteTo writes the file to w.
func (p Pieces) WriteTo(w io.Writer) (int64, error) {
	var written int64
	for _, piece := range p {
		n, err := w.Write(piece)
		written += int64(n)
		if err != nil {
			return written, err
		}
	}
	return written, nil
}
