// Package exeid identifies the running binary cheaply: by the Go build ID
// the linker writes into an ELF executable's notes, a hash of everything
// the binary was made from, read in a few kilobytes; or, where there is
// none, by the SHA-256 of the whole file.
package exeid

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/binary"
	"io"
	"os"
)

// Digest returns the identity of the executable at path: the SHA-256 of
// its Go build ID when it has one, of its bytes otherwise. Two binaries
// with the same digest were built from the same code by the same
// toolchain.
func Digest(path string) ([sha256.Size]byte, error) {
	if id := buildID(path); id != nil {
		return sha256.Sum256(append([]byte("go build id\x00"), id...)), nil
	}
	data, err := os.ReadFile(path)
	return sha256.Sum256(data), err
}

// goNoteName and goBuildIDNote name the ELF note that holds a Go build
// ID, as cmd/link writes it.
const (
	goNoteName    = "Go\x00\x00"
	goBuildIDNote = 4
)

// buildID returns the Go build ID in the ELF notes of the file at path,
// or nil: the file is no ELF executable, or was linked without one.
func buildID(path string) []byte {
	f, err := elf.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type != elf.PT_NOTE || p.Filesz > 1<<16 {
			continue
		}
		data := make([]byte, p.Filesz)
		if _, err := io.ReadFull(p.Open(), data); err != nil {
			continue
		}
		if id := noteDesc(data, f.ByteOrder, goNoteName, goBuildIDNote); len(id) > 0 {
			return id
		}
	}
	return nil
}

// noteDesc returns the descriptor of the note of the given name and type
// among the ELF notes in data, or nil.
func noteDesc(data []byte, order binary.ByteOrder, name string, typ uint32) []byte {
	align := func(n uint32) uint32 { return (n + 3) &^ 3 }
	for len(data) >= 12 {
		nameSize, descSize, noteType := order.Uint32(data), order.Uint32(data[4:]), order.Uint32(data[8:])
		data = data[12:]
		if uint64(align(nameSize))+uint64(align(descSize)) > uint64(len(data)) {
			return nil
		}
		noteName, desc := data[:nameSize], data[align(nameSize):align(nameSize)+descSize]
		if noteType == typ && bytes.Equal(noteName, []byte(name)) {
			return desc
		}
		data = data[align(nameSize)+align(descSize):]
	}
	return nil
}
