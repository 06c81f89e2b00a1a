package media_test

import (
	"testing"

	"github.com/natomongolia/timeline/generator/media"
)

func TestClassifyURL(t *testing.T) {
	const yt = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
	youtube := media.Remote{Provider: "youtube", ID: "dQw4w9WgXcQ", EmbedURL: yt, FrameHost: "www.youtube-nocookie.com"}
	vimeo := media.Remote{Provider: "vimeo", ID: "76979871", EmbedURL: "https://player.vimeo.com/video/76979871?dnt=1", FrameHost: "player.vimeo.com"}
	tests := []struct {
		url  string
		want media.Remote
		ok   bool
	}{
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ", youtube, true},
		{"http://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42", youtube, true},
		{"https://m.youtube.com/watch?v=dQw4w9WgXcQ", youtube, true},
		{"https://youtu.be/dQw4w9WgXcQ?si=abc", youtube, true},
		{"https://www.youtube.com/shorts/dQw4w9WgXcQ", youtube, true},
		{"https://www.youtube.com/live/dQw4w9WgXcQ", youtube, true},
		{"https://www.youtube.com/embed/dQw4w9WgXcQ", youtube, true},
		{"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", youtube, true},
		{"https://www.youtube.com/watch?v=short", media.Remote{}, true},
		{"https://www.youtube.com/@nato", media.Remote{}, true},
		{"https://vimeo.com/76979871", vimeo, true},
		{"https://player.vimeo.com/video/76979871", vimeo, true},
		{"https://vimeo.com/channels/staffpicks/76979871", vimeo, true},
		{"https://vimeo.com/76979871/8272103f6e", media.Remote{Provider: "vimeo", ID: "76979871",
			EmbedURL: "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1", FrameHost: "player.vimeo.com"}, true},
		{"https://vimeo.com/about", media.Remote{}, true},
		{"https://soundcloud.com/nato/podcast-mongolia", media.Remote{Provider: "soundcloud", ID: "nato/podcast-mongolia",
			EmbedURL: "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fnato%2Fpodcast-mongolia", FrameHost: "w.soundcloud.com"}, true},
		{"https://commons.wikimedia.org/wiki/File:Flag_of_Mongolia.svg", media.Remote{Provider: "wikimedia-commons", ID: "File:Flag_of_Mongolia.svg"}, true},
		{"https://commons.wikimedia.org/wiki/File:Naadam_2012.webm", media.Remote{Provider: "wikimedia-commons", ID: "File:Naadam_2012.webm",
			EmbedURL: "https://commons.wikimedia.org/wiki/File:Naadam_2012.webm?embedplayer=yes", FrameHost: "commons.wikimedia.org"}, true},
		{"https://www.flickr.com/photos/nato/14815426872/in/album-1", media.Remote{Provider: "flickr", ID: "14815426872",
			EmbedURL: "https://www.flickr.com/photos/nato/14815426872/player/", FrameHost: "www.flickr.com"}, true},
		{"https://www.nato.int/cps/en/natohq/topics_85297.htm", media.Remote{}, true},
		{"  https://example.org/  ", media.Remote{}, true},
		{"javascript:alert(1)", media.Remote{}, false},
		{"//www.youtube.com/watch?v=dQw4w9WgXcQ", media.Remote{}, false},
		{"media/photo.jpg", media.Remote{}, false},
		{"ftp://example.org/a.mp4", media.Remote{}, false},
		{"https://", media.Remote{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			got, ok := media.ClassifyURL(tt.url)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
