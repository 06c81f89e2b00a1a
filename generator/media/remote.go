package media

import (
	"net/url"
	"regexp"
	"strings"
)

// Remote is what a link to media on another server shows as.
type Remote struct {
	// Provider is "youtube", "vimeo", "soundcloud", "wikimedia-commons"
	// or "flickr"; "" for any other site, whose link stays a plain link.
	Provider string
	// ID identifies the item at the provider: a video id, a SoundCloud
	// "user/track" path, a Commons "File:…" title, a Flickr photo id.
	ID string
	// EmbedURL is the address of the provider's player to load in an
	// <iframe>, in its privacy-enhanced form where it has one (no
	// cookies before playing, do-not-track); "" when the item is shown
	// as a link only.
	EmbedURL string
	// FrameHost is the host of EmbedURL, for the frame-src of a
	// Content-Security-Policy.
	FrameHost string
}

var (
	youtubeID = regexp.MustCompile(`^[A-Za-z0-9_-]{11}$`)
	digits    = regexp.MustCompile(`^[0-9]+$`)
	vimeoHash = regexp.MustCompile(`^[0-9a-f]+$`)
	slug      = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
)

// commonsPlayable are the extensions of the Commons files its player
// plays; other files (images) are shown as links.
var commonsPlayable = []string{".webm", ".ogv", ".ogg", ".oga", ".opus", ".mp3", ".wav", ".flac", ".mpg", ".mpeg"}

// ClassifyURL reports whether raw is an absolute http or https URL and, if
// so, which provider it points to. It recognises YouTube (watch?v=,
// youtu.be/, shorts/, live/, embed/ and youtube-nocookie.com/embed/),
// Vimeo (vimeo.com/<id>, with the hash of an unlisted video, and
// player.vimeo.com/video/<id>), SoundCloud tracks, Wikimedia Commons file
// pages and Flickr photo pages. It makes no request.
func ClassifyURL(raw string) (Remote, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Remote{}, false
	}
	host := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), "m.")
	parts := strings.Split(strings.Trim(u.EscapedPath(), "/"), "/")
	switch host {
	case "youtube.com", "youtube-nocookie.com", "youtu.be":
		return youtube(host, parts, u.Query()), true
	case "vimeo.com", "player.vimeo.com":
		return vimeo(host, parts), true
	case "soundcloud.com":
		if len(parts) == 2 && slug.MatchString(parts[0]) && slug.MatchString(parts[1]) {
			track := "https://soundcloud.com/" + parts[0] + "/" + parts[1]
			return Remote{"soundcloud", parts[0] + "/" + parts[1],
				"https://w.soundcloud.com/player/?url=" + url.QueryEscape(track), "w.soundcloud.com"}, true
		}
	case "commons.wikimedia.org":
		if len(parts) == 2 && parts[0] == "wiki" && strings.HasPrefix(parts[1], "File:") {
			r := Remote{Provider: "wikimedia-commons", ID: parts[1]}
			if title, err := url.PathUnescape(parts[1]); err == nil && playable(title) {
				r.EmbedURL = "https://commons.wikimedia.org/wiki/" + parts[1] + "?embedplayer=yes"
				r.FrameHost = "commons.wikimedia.org"
			}
			return r, true
		}
	case "flickr.com":
		if len(parts) >= 3 && parts[0] == "photos" && slug.MatchString(parts[1]) && digits.MatchString(parts[2]) {
			return Remote{"flickr", parts[2],
				"https://www.flickr.com/photos/" + parts[1] + "/" + parts[2] + "/player/", "www.flickr.com"}, true
		}
	}
	return Remote{}, true
}

// youtube classifies a YouTube URL split into host, path parts and query.
func youtube(host string, parts []string, query url.Values) Remote {
	var id string
	switch {
	case host == "youtu.be" && len(parts) == 1:
		id = parts[0]
	case host == "youtube.com" && len(parts) == 1 && parts[0] == "watch":
		id = query.Get("v")
	case len(parts) == 2 && (parts[0] == "embed" || host == "youtube.com" && (parts[0] == "shorts" || parts[0] == "live")):
		id = parts[1]
	}
	if !youtubeID.MatchString(id) {
		return Remote{}
	}
	return Remote{"youtube", id, "https://www.youtube-nocookie.com/embed/" + id, "www.youtube-nocookie.com"}
}

// vimeo classifies a Vimeo URL split into host and path parts.
func vimeo(host string, parts []string) Remote {
	var id, hash string
	switch {
	case host == "player.vimeo.com" && len(parts) == 2 && parts[0] == "video":
		id = parts[1]
	case host == "vimeo.com" && len(parts) >= 1:
		id = parts[0]
		if len(parts) == 2 && vimeoHash.MatchString(parts[1]) {
			hash = parts[1] // an unlisted video
		} else if len(parts) == 3 && parts[0] == "channels" {
			id = parts[2]
		} else if len(parts) != 1 {
			return Remote{}
		}
	}
	if !digits.MatchString(id) {
		return Remote{}
	}
	embed := "https://player.vimeo.com/video/" + id + "?dnt=1"
	if hash != "" {
		embed = "https://player.vimeo.com/video/" + id + "?h=" + hash + "&dnt=1"
	}
	return Remote{"vimeo", id, embed, "player.vimeo.com"}
}

// playable reports whether a Commons file title names a sound or video.
func playable(title string) bool {
	title = strings.ToLower(title)
	for _, ext := range commonsPlayable {
		if strings.HasSuffix(title, ext) {
			return true
		}
	}
	return false
}

// Providers are the providers ClassifyURL recognises, as it names them.
var Providers = []string{"youtube", "vimeo", "soundcloud", "wikimedia-commons", "flickr"}

// ProviderName returns a provider's name as readers know it ("YouTube"),
// or "" for an unknown one.
func ProviderName(provider string) string {
	switch provider {
	case "youtube":
		return "YouTube"
	case "vimeo":
		return "Vimeo"
	case "soundcloud":
		return "SoundCloud"
	case "wikimedia-commons":
		return "Wikimedia Commons"
	case "flickr":
		return "Flickr"
	}
	return ""
}
