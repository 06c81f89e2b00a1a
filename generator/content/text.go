package content

import (
	"net/url"
	"strings"
)

// ValidID reports whether id is lower-case ASCII letters, digits and
// hyphens, starting with a letter or digit.
func ValidID(id string) bool {
	if id == "" || id[0] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// IsDeviceName reports whether name, without its extension, is one that
// Windows keeps for a device (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9),
// in any case: no file of that name can be made there, whatever its
// extension.
func IsDeviceName(name string) bool {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	switch strings.ToLower(name) {
	case "con", "prn", "aux", "nul":
		return true
	}
	lower := strings.ToLower(name)
	return len(lower) == 4 && (strings.HasPrefix(lower, "com") || strings.HasPrefix(lower, "lpt")) && lower[3] >= '0' && lower[3] <= '9'
}

// DropControls returns s without the characters that no output may carry
// as text: the C0 controls but tab, line feed and carriage return, DEL, the
// C1 controls and the Unicode noncharacters. HTML, XML and iCalendar each
// refuse some of them; content is data, so they are dropped, not errors.
func DropControls(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s)
}

// isControl reports whether r is a character dropControls drops.
func isControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true // noncharacters
	}
	return false
}

// SafeURL returns raw when it is an http, https or mailto URL or a relative
// reference, and "" for anything else (javascript:, data:, vbscript:…).
func SafeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto", "":
		if u.Scheme == "" && u.Opaque != "" {
			return ""
		}
		return raw
	}
	return ""
}
