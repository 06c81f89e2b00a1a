package layout

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/natomongolia/timeline/generator/content"
)

// Digest returns the SHA-256 of the site's own layouts, names and bytes,
// editors' files left out: every page depends on them, so an incremental
// build renders everything again when it changes. A site without layouts/
// has the digest of none.
func Digest(siteDir string) ([sha256.Size]byte, error) {
	h := sha256.New()
	dir := filepath.Join(siteDir, content.LayoutsDir)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == dir {
			return nil
		}
		if err != nil || d.IsDir() || content.IsEditorFile(d.Name()) {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		for _, field := range [][]byte{[]byte(filepath.ToSlash(rel)), data} {
			h.Write(binary.AppendUvarint(nil, uint64(len(field))))
			h.Write(field)
		}
		return nil
	})
	var sum [sha256.Size]byte
	copy(sum[:], h.Sum(nil))
	return sum, err
}
