package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/fsutil"
	"github.com/natomongolia/timeline/generator/mediaset"
)

// The media a store keeps: each processed file by its mediaset.Key, with
// the bytes of its resized images; and, from the last build, the stamp and
// SHA-256 of each media file of the site, so that an unchanged file is not
// read again.

// memoryMedia is a processed file a Memory keeps.
type memoryMedia struct {
	file *content.MediaFile
	data map[string][]byte
}

// MediaSum returns the SHA-256 the last build found in the media file at path,
// when it had this stamp, not too close to that build.
func (m *Memory) MediaSum(p string, stamp fsutil.SourceStamp) ([sha256.Size]byte, bool) {
	last := m.last.Load()
	if last == nil || last.Loaded.Media == nil {
		return [sha256.Size]byte{}, false
	}
	return trustedSum(last.Loaded.Media.Sources[p], stamp, last.Began)
}

// trustedSum returns the sum of src when the file still has src's stamp and
// that stamp vouches for it: the file was not written within racyWindow of
// the build that recorded it.
func trustedSum(src mediaset.Source, stamp fsutil.SourceStamp, began time.Time) ([sha256.Size]byte, bool) {
	limit := began.Add(-racyWindow).UnixNano()
	if stamp == (fsutil.SourceStamp{}) || src.Stamp != stamp || stamp.Mtime >= limit || stamp.Ctime >= limit {
		return [sha256.Size]byte{}, false
	}
	return src.Sum, true
}

// KeepMediaIn makes the Memory take the processed media it does not hold
// from backing, a build cache on disk, and put those it is given there
// too: a dev server then starts without processing again what a build
// processed.
func (m *Memory) KeepMediaIn(backing mediaset.Cache) { m.backing = backing }

// MediaFile returns the file processed under key, from the Memory or its
// backing.
func (m *Memory) MediaFile(key mediaset.Key) (*content.MediaFile, bool) {
	m.mediaMu.Lock()
	mm, ok := m.media[key]
	m.mediaMu.Unlock()
	if ok || m.backing == nil {
		return mm.file, ok
	}
	file, ok := m.backing.MediaFile(key)
	if ok {
		m.mediaMu.Lock()
		m.keep(key, memoryMedia{file: file})
		m.mediaMu.Unlock()
	}
	return file, ok
}

// MediaData returns the bytes of the resized image name of the file
// processed under key.
func (m *Memory) MediaData(key mediaset.Key, name string) ([]byte, error) {
	m.mediaMu.Lock()
	mm := m.media[key]
	data, ok := mm.data[name]
	m.mediaMu.Unlock()
	if ok {
		return data, nil
	}
	if m.backing == nil || mm.file == nil {
		return nil, fmt.Errorf("%s is not in the build cache", name)
	}
	data, err := m.backing.MediaData(key, name)
	if err != nil {
		return nil, err
	}
	m.mediaMu.Lock()
	defer m.mediaMu.Unlock()
	if mm, ok := m.media[key]; ok {
		if mm.data == nil {
			mm.data = map[string][]byte{}
			m.media[key] = mm
		}
		mm.data[name] = data
	}
	return data, nil
}

// PutMedia keeps the file processed under key, and puts it in the backing.
func (m *Memory) PutMedia(key mediaset.Key, file *content.MediaFile, data map[string][]byte) error {
	m.mediaMu.Lock()
	m.keep(key, memoryMedia{file, data})
	m.mediaMu.Unlock()
	if m.backing != nil {
		return m.backing.PutMedia(key, file, data)
	}
	return nil
}

// keep holds a processed file; the caller holds mediaMu.
func (m *Memory) keep(key mediaset.Key, mm memoryMedia) {
	if m.media == nil {
		m.media = map[mediaset.Key]memoryMedia{}
	}
	m.media[key] = mm
}

// keepMedia drops the processed files the build b does not show.
func (m *Memory) keepMedia(b *Build) {
	m.mediaMu.Lock()
	defer m.mediaMu.Unlock()
	if b.Loaded.Media == nil {
		return
	}
	used := map[mediaset.Key]bool{}
	for _, k := range b.Loaded.Media.Keys() {
		used[k] = true
	}
	for k := range m.media {
		if !used[k] {
			delete(m.media, k)
		}
	}
}

// mediaDir is the folder of a Disk's cache folder that holds processed
// media, one folder per key; metaFile describes the file in each.
const (
	mediaDir = "media"
	metaFile = "meta.json"
)

// mediaMeta is what a Disk writes of a processed file besides its bytes.
type mediaMeta struct {
	Kind    string                `json:"kind"`
	Type    string                `json:"type"`
	Width   int                   `json:"width"`
	Height  int                   `json:"height"`
	Outputs []content.MediaOutput `json:"outputs"`
}

// keyDir returns the folder that holds the file processed under key by
// this binary: another may process it otherwise.
func (d *Disk) keyDir(key mediaset.Key) string {
	h := sha256.New()
	h.Write(d.binary[:])
	h.Write([]byte(key.String()))
	return filepath.Join(d.cacheDir, mediaDir, hex.EncodeToString(h.Sum(nil)[:16]))
}

// MediaSum returns the SHA-256 the last build found in the media file at path,
// when it had this stamp, not too close to that build.
func (d *Disk) MediaSum(p string, stamp fsutil.SourceStamp) ([sha256.Size]byte, bool) {
	return trustedSum(d.prev.media[p], stamp, d.prev.began)
}

// MediaFile returns the file processed under key, when its folder holds it
// whole. A file a build finds is marked as used, for removeStaleMedia.
func (d *Disk) MediaFile(key mediaset.Key) (*content.MediaFile, bool) {
	dir := d.keyDir(key)
	metaPath := filepath.Join(dir, metaFile)
	data, err := os.ReadFile(metaPath)
	if err != nil {
		return nil, false
	}
	var meta mediaMeta
	if json.Unmarshal(data, &meta) != nil || len(meta.Outputs) == 0 {
		return nil, false
	}
	if meta.Kind == "image" {
		for _, o := range meta.Outputs {
			if _, err := os.Stat(filepath.Join(dir, path.Base(o.Name))); err != nil {
				return nil, false
			}
		}
	}
	if info, err := os.Stat(metaPath); err == nil && time.Since(info.ModTime()) > 24*time.Hour {
		_ = touchFile(metaPath)
	}
	return &content.MediaFile{Kind: meta.Kind, Type: meta.Type, Width: meta.Width, Height: meta.Height, Sum: key.Sum, Outputs: meta.Outputs}, true
}

// MediaData returns the bytes of the resized image name of the file processed
// under key.
func (d *Disk) MediaData(key mediaset.Key, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(d.keyDir(key), path.Base(name)))
}

// PutMedia writes the file processed under key into its folder, whole or not
// at all: into a temporary folder first, renamed into place.
func (d *Disk) PutMedia(key mediaset.Key, file *content.MediaFile, data map[string][]byte) error {
	root := filepath.Join(d.cacheDir, mediaDir)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(root, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for name, b := range data {
		if err := os.WriteFile(filepath.Join(tmp, path.Base(name)), b, 0o644); err != nil {
			return err
		}
	}
	meta, err := json.Marshal(mediaMeta{Kind: file.Kind, Type: file.Type, Width: file.Width, Height: file.Height, Outputs: file.Outputs})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, metaFile), meta, 0o644); err != nil {
		return err
	}
	dir := d.keyDir(key)
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, metaFile)); statErr == nil {
			return nil // another build put the same file
		}
		// A damaged folder of the key: replace it.
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		return os.Rename(tmp, dir)
	}
	return nil
}

// removeStaleMedia removes the processed files that no build has used for
// cacheMaxAge, and temporary folders that a killed build left.
func removeStaleMedia(cacheDir string, now time.Time) {
	root := filepath.Join(cacheDir, mediaDir)
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, entry := range entries {
		dir := filepath.Join(root, entry.Name())
		if strings.HasPrefix(entry.Name(), ".tmp-") {
			if info, err := entry.Info(); err == nil && now.Sub(info.ModTime()) > time.Hour {
				os.RemoveAll(dir)
			}
			continue
		}
		info, err := os.Stat(filepath.Join(dir, metaFile))
		if errors.Is(err, os.ErrNotExist) || err == nil && now.Sub(info.ModTime()) > cacheMaxAge {
			os.RemoveAll(dir)
		}
	}
}
