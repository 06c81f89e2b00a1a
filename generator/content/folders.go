package content

// The files and folders of a site, relative to the site folder.
const (
	// ConfigFile holds the site's settings.
	ConfigFile = "config.toml"
	// EventsDir holds one TOML file per event.
	EventsDir = "events"
	// LayoutsDir holds the site's own layouts, which replace the default
	// ones of the same name.
	LayoutsDir = "layouts"
	// StaticDir holds files copied into the output as they are.
	StaticDir = "static"
	// OutputDir is the default output folder.
	OutputDir = "public"
)

// SourceFolders are the folders of a site whose files make its output.
var SourceFolders = []string{EventsDir, LayoutsDir, StaticDir}
