// Package fsutil holds the file-system rules every part of a build keeps:
// paths shown relative to the working folder, and reads that refuse links
// out of the site and files over the size limit.
package fsutil

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// MaxFileSize is the largest event, config or layout file a build reads.
const MaxFileSize = 1 << 20

// ReadInside reads the file at path, refusing a symbolic link that resolves
// outside root and a file over the size limit.
func ReadInside(root, path string) ([]byte, error) {
	return ReadInsideUpTo(root, path, MaxFileSize)
}

// ReadInsideUpTo is ReadInside with a size limit of its own, in bytes.
func ReadInsideUpTo(root, path string, limit int64) ([]byte, error) {
	resolved, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, err
	}
	if !IsWithin(realRoot, resolved) {
		return nil, fmt.Errorf("symbolic link to %s, outside the site folder: copy the file into the site instead", resolved)
	}
	info, err := os.Stat(resolved)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", err)
	}
	if info.Size() > limit {
		if limit == MaxFileSize {
			return nil, FileSizeError(info.Size())
		}
		return nil, fmt.Errorf("file is %d bytes, over the limit of %d", info.Size(), limit)
	}
	return os.ReadFile(resolved)
}

// FileSizeError is the error of a file of size bytes, over MaxFileSize.
func FileSizeError(size int64) error {
	return fmt.Errorf("file is %d bytes, over the 1 MiB limit: split it or shorten the body", size)
}

// IsWithin reports whether path is root or lies inside it (both absolute
// and clean).
func IsWithin(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// DisplayPath returns path relative to the working folder when it lies
// inside it, as content errors show it.
func DisplayPath(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}
