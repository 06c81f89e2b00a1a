package fsutil

// Stamp identifies a file's inode and its state: a file whose stamp is the
// one a build recorded is, as far as make or rsync can tell, the file that
// build wrote or read.
type Stamp struct {
	Dev, Ino    uint64
	Size, Mtime int64
}

// SourceStamp is the stamp of a file a build reads, with the time its
// inode last changed: no tool sets that back, so a file rewritten in place
// with its modification time restored still shows a change.
type SourceStamp struct {
	Stamp
	Ctime int64
}
