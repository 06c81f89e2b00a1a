package importer

// Site is a timeline read from a file, in the form every reader produces
// and the writer takes: what the site's config.toml and events/ will hold.
type Site struct {
	// Format is the format the file was read as.
	Format Format
	// Title and Description come from the title slide (plain text); both
	// are empty when the file has none. TitleWhere is the title slide's
	// place, for messages.
	Title, Description string
	TitleWhere         string
	// Events are in the order of the file.
	Events []Event
	// Eras are time spans named on the axis, in the order of the file.
	Eras []Era
	// Messages say what could not be carried, in the order of the file.
	Messages []Message
	// Skipped counts the entries (rows, or JSON events and eras) left out.
	Skipped int
	// Unit names an entry of the file: "row" for sheets, "slide" for JSON
	// (an event or an era).
	Unit string
}

// Event is one event as read, before it has an id.
type Event struct {
	// Where is the entry the event comes from, for messages: a row number
	// such as "12" or a JSON path such as "events[3]".
	Where string
	// ID is the id the file asks for (TimelineJS's unique_id), or empty.
	ID    string
	Title string
	Date  Date
	End   *Date // nil when the event has no end
	// Ongoing is true when the file shows the event as still going on.
	Ongoing bool
	// Display replaces the shown date; empty when the date speaks for
	// itself.
	Display string
	Summary string
	// Group is the category as the file writes it (a label), or empty.
	Group string
	// Body is Markdown.
	Body    string
	Sources []Source
	Media   []Media
	// bodyAt is where a message about the body goes.
	bodyAt place
}

// Source is a document an event cites.
type Source struct {
	Title, URL string
}

// Media is an image, a sound, a video or a link to one. Src is a URL, or a
// path relative to the imported file for a file beside it.
type Media struct {
	Src, Alt, Caption, Credit, Link string
	// at is where a message about the media goes.
	at place
}

// Era is a named span of time.
type Era struct {
	Where     string
	Label     string
	Date, End Date
}

// Message is a thing an import could not carry as it was: a row left out,
// or a value dropped or changed. It prints as "FILE:WHERE: text".
type Message struct {
	File string
	// Where is a row number ("12", the header being row 1), a JSON path
	// ("events[3].media"), or empty for the file as a whole.
	Where string
	Text  string
}

func (m Message) String() string {
	if m.Where == "" {
		return m.File + ": " + m.Text
	}
	return m.File + ":" + m.Where + ": " + m.Text
}

// Category is a category of the site's config.toml.
type Category struct {
	ID, Label string
}
