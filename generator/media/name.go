package media

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strconv"
	"strings"
)

// maxStem is the longest stem kept in an output name, in bytes.
const maxStem = 60

// CopyName returns the output name of a file copied as it is (audio,
// video, captions): "<stem>-<hash8><ext>", the extension in lower case.
func CopyName(name string, data []byte) string {
	return CopyNameOf(name, sha256.Sum256(data))
}

// CopyNameOf returns CopyName(name, data) from the SHA-256 of data, for a
// file too large to hold in memory at once.
func CopyNameOf(name string, sum [sha256.Size]byte) string {
	return stem(name) + "-" + hex.EncodeToString(sum[:4]) + strings.ToLower(path.Ext(name))
}

// variantName returns the output name of an image variant:
// "<stem>-<hash8>-<width><ext>".
func variantName(name string, width int, ext string, data []byte) string {
	return stem(name) + "-" + hash8(data) + "-" + strconv.Itoa(width) + ext
}

// hash8 returns the first eight hexadecimal digits of the SHA-256 of data.
func hash8(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:4])
}

// stem returns the base name of name without its extension, folded to
// lower-case ASCII letters, digits and single hyphens, so that it is safe
// in any URL and on any file system; "media" when nothing is left.
func stem(name string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(base) {
		if b.Len() >= maxStem {
			break
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
			continue
		}
		hyphen = true
	}
	if b.Len() == 0 {
		return "media"
	}
	return b.String()
}
