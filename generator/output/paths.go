package output

import "strconv"

// The files every site has, by slash-separated path in the output folder.
const (
	Index      = "index.html"
	Embed      = "embed.html"
	EmbedJS    = "embed.js"
	NotFound   = "404.html"
	Feed       = "feed.xml"
	JSON       = "timeline.json"
	TimelineJS = "timelinejs.json"
	Calendar   = "timeline.ics"
	// SearchIndex holds the words of every event, for the pages' search.
	SearchIndex = "search-index.js"
	// Sitemap and Robots need a base URL.
	Sitemap = "sitemap.xml"
	Robots  = "robots.txt"
	// Marker marks a folder as the output of a build, which the next
	// build may replace.
	Marker = ".timeline-build"
)

// EventsFolder holds the event pages, YearsFolder the year pages,
// TagsFolder the tag pages and their index.
const (
	EventsFolder = "events/"
	YearsFolder  = "years/"
	TagsFolder   = "tags/"
	// TagIndex lists the tags, on a site whose events have some.
	TagIndex = TagsFolder + "index.html"
)

// EventPage returns the path of the page of the event with the id.
func EventPage(id string) string { return EventsFolder + id + ".html" }

// YearPage returns the path of the page of the events of a year, which a
// site above its indexLimit has.
func YearPage(year int) string { return YearsFolder + strconv.Itoa(year) + ".html" }

// TagPage returns the path of the page of the events that carry the tag
// whose slug is given (tags.Tag.Slug).
func TagPage(slug string) string { return TagsFolder + slug + ".html" }
