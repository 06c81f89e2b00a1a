package generator

import (
	"crypto/sha256"
	"path/filepath"
	"sync/atomic"

	"github.com/natomongolia/timeline/generator/content"
	"github.com/natomongolia/timeline/generator/internal/parallel"
	"github.com/natomongolia/timeline/generator/load"
	"github.com/natomongolia/timeline/generator/locale"
	"github.com/natomongolia/timeline/generator/mediaset"
	"github.com/natomongolia/timeline/generator/output"
	"github.com/natomongolia/timeline/generator/render"
	"github.com/natomongolia/timeline/generator/render/layout"
	"github.com/natomongolia/timeline/generator/search"
	"github.com/natomongolia/timeline/generator/store"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// incremental is what a store gives the pipeline: the events, outputs and
// list parts of the last build. Memory and Disk are the two.
type incremental interface {
	load.Cache
	mediaset.Cache
	render.Parts
	// Layouts returns the layouts kept parsed for layouts of this digest,
	// or nil.
	Layouts(digest [sha256.Size]byte) *layout.Parsed
	// Begin starts a build under key.
	Begin(key store.Key)
	// SearchCache returns what keeps the events' words for the search
	// index between builds, or nil.
	SearchCache() *search.Cache
	// Previous returns how the last build left the output name, when it
	// had the same fingerprint under the same key.
	Previous(name string, fp render.Fingerprint) (store.Previous, bool)
}

// destination receives the files of a build: the tree that replaces the
// output folder, or a map in memory. Its methods are called from several
// goroutines at once.
type destination interface {
	Write(name string, data output.Pieces) error
	// Keep takes the file name as the last build left it, and reports
	// whether it could.
	Keep(name string, prev store.Previous) (bool, error)
}

// options are the build options the pipeline takes.
type options struct {
	Drafts   bool
	BaseURL  string
	ServedAt string
	// MediaProgress, when set, is told of the media files processed.
	MediaProgress func(done, total int)
}

// built is what one run of the pipeline made.
type built struct {
	loaded  *load.Result
	key     store.Key
	layouts [sha256.Size]byte // the digest of the site's layouts
	store   incremental       // nil without one
	outputs []render.Output
	kept    int
}

// prepare takes a site in siteDir through the first half of the
// pipeline: load (with the events of the store that did not change) and
// plan. Nothing is written yet: a site with errors stops here. changed,
// when not nil, names the only event files that may have changed since
// the store's build.
func prepare(siteDir string, opts options, st incremental, changed map[string]bool) (*built, error) {
	lopts := load.Options{Drafts: opts.Drafts, BaseURL: opts.BaseURL, ServedAt: opts.ServedAt, Changed: changed}
	lopts.Media.Progress = opts.MediaProgress
	if st != nil {
		lopts.Cache, lopts.Media.Cache = st, st
	}
	loaded, err := load.Site(siteDir, lopts)
	if err != nil {
		return nil, err
	}
	layouts, err := layout.Digest(loaded.Site.Dir)
	if err != nil {
		return nil, err
	}
	b := &built{loaded: loaded, key: buildKey(loaded, opts), layouts: layouts, store: st}
	ropts := render.Options{MediaData: loaded.Media.Data, Messages: loaded.Messages, Languages: languages(loaded.Site)}
	if st != nil {
		st.Begin(b.key)
		// Layouts are parsed with the words of the interface in them.
		parsedFor := sha256.Sum256(append(layouts[:], loaded.MessagesSum[:]...))
		ropts.Layouts, ropts.Parts, ropts.SearchCache = st.Layouts(parsedFor), st, st.SearchCache()
	}
	if b.outputs, err = render.Plan(loaded.Site, ropts); err != nil {
		return nil, err
	}
	for _, l := range ropts.Languages[min(1, len(ropts.Languages)):] {
		site, _ := loaded.Site.Translated(l.Tag, loaded.Site.Translations[l.Tag])
		if site.Config.BaseURL != "" {
			site.Config.BaseURL += l.Folder
		}
		topts := ropts
		topts.Folder, topts.Messages = l.Folder, loaded.LanguageMessages[l.Tag]
		outs, err := render.Plan(site, topts)
		if err != nil {
			return nil, err
		}
		b.outputs = append(b.outputs, outs...)
	}
	return b, nil
}

// languages returns the languages site is published in, its default
// first, or nil for a site in one language.
func languages(site *content.Site) []render.Language {
	cfg := &site.Config
	if len(cfg.Languages) == 0 {
		return nil
	}
	out := make([]render.Language, 0, len(cfg.Languages)+1)
	for _, tag := range cfg.Tags() {
		l := render.Language{Tag: tag, Name: display.Self.Name(language.Make(tag)), Dir: "ltr"}
		if loc, ok := locale.Lookup(tag); ok {
			l.Dir = loc.Direction()
		}
		if tag != cfg.Default {
			l.Folder = tag + "/"
		}
		out = append(out, l)
	}
	return out
}

// emit takes the prepared build through the second half of the pipeline:
// it keeps what the store holds unchanged and renders the rest into dest.
func (b *built) emit(dest destination) error {
	rest := b.outputs
	if b.store != nil {
		var err error
		if rest, err = keepUnchanged(b.outputs, b.store, dest); err != nil {
			return err
		}
	}
	b.kept = len(b.outputs) - len(rest)
	return render.Run(rest, dest.Write)
}

// run takes a site through the whole pipeline, into dest.
func run(siteDir string, opts options, st incremental, changed map[string]bool, dest destination) (*built, error) {
	b, err := prepare(siteDir, opts, st, changed)
	if err != nil {
		return nil, err
	}
	return b, b.emit(dest)
}

// keepUnchanged hands dest the outputs whose fingerprints the store holds
// unchanged, and returns the others, to be rendered.
func keepUnchanged(outs []render.Output, st incremental, dest destination) ([]render.Output, error) {
	kept := make([]bool, len(outs))
	var n atomic.Int64
	err := parallel.ForEach(len(outs), func(i int) error {
		prev, ok := st.Previous(outs[i].Name, outs[i].Fingerprint)
		if !ok {
			return nil
		}
		var err error
		kept[i], err = dest.Keep(outs[i].Name, prev)
		if kept[i] {
			n.Add(1)
		}
		return err
	})
	if err != nil || n.Load() == 0 {
		return outs, err
	}
	var rest []render.Output
	for i, o := range outs {
		if !kept[i] {
			rest = append(rest, o)
		}
	}
	return rest, nil
}

// buildKey sums what every output depends on besides the events and the
// layouts (which the fingerprints of pages cover): config.toml and the
// options that change what is rendered. The binary is the Disk store's to
// check.
func buildKey(loaded *load.Result, opts options) store.Key {
	h := sha256.New()
	h.Write(loaded.Config[:])
	if opts.Drafts {
		h.Write([]byte{1})
	} else {
		h.Write([]byte{0})
	}
	h.Write([]byte(loaded.Site.Config.BaseURL))
	h.Write(loaded.MessagesSum[:])
	var key store.Key
	copy(key[:], h.Sum(nil))
	return key
}

// fingerprints returns the fingerprint of every output, by name.
func (b *built) fingerprints() map[string]render.Fingerprint {
	fps := make(map[string]render.Fingerprint, len(b.outputs))
	for _, o := range b.outputs {
		fps[o.Name] = o.Fingerprint
	}
	return fps
}

// resolveDirs returns the absolute site and output folders.
func resolveDirs(siteDir, outDir string) (string, string, error) {
	if siteDir == "" {
		siteDir = "."
	}
	site, err := filepath.Abs(siteDir)
	if err != nil {
		return "", "", err
	}
	if outDir == "" {
		return site, filepath.Join(site, content.OutputDir), nil
	}
	out, err := filepath.Abs(outDir)
	return site, out, err
}
