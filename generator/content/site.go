// Package content is the domain of a timeline site: its config, its events
// and their dates, and the errors found in them. It does no I/O: loading a
// site from its files is package load's job, rendering it package
// render's.
package content

// Site is a loaded, validated site: its config and its events in timeline
// order.
type Site struct {
	// Dir is the site folder.
	Dir    string
	Config Config
	// Events holds the events to publish, in timeline order (drafts only
	// when loaded with drafts).
	Events []*Event
	// Drafts counts the draft events left out of Events.
	Drafts int
	// Warnings are the problems of the site's files that do not stop a
	// build, such as a file that looks like an event but is not read.
	Warnings Warnings
	// Media holds the processed media files of the events, by path
	// (Media.Files).
	Media map[string]*MediaFile
	// Translations holds the translations of the published events into
	// each further language, by language and id.
	Translations map[string]map[string]*Event
}
