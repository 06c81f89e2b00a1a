package e2e_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/internal/browsertest"
	"github.com/natomongolia/timeline/generator/internal/testsite"
)

// repoRoot is the repository's top folder, which holds the default site.
const repoRoot = "../.."

// testSite is a site the suite builds and opens: the repository's own,
// and fixtures unlike it.
type testSite struct {
	name, dir string
	// write, when set, writes the site into dir (a temporary folder) to
	// build it: the gallery's media are made, not kept.
	write func(dir string) error
	// pages are the pages every check opens.
	pages []string

	once sync.Once
	out  string
	err  error
}

var (
	// defaultSite is the repository's site.
	defaultSite = &testSite{name: "default", dir: repoRoot, pages: []string{"index.html", "events/2012-03-ipcp.html", "embed.html", "404.html", "tags/index.html", "tags/political-dialogue.html"}}
	// centuriesSite spans nine centuries in several scripts, with long
	// words, year pages and tags in Russian, Arabic, Japanese and Greek
	// (generator/internal/testsite/sites/centuries).
	centuriesSite = &testSite{name: "centuries", dir: testsite.Fixture("centuries"), pages: []string{
		"index.html", "years/1898.html", "events/1898-donaudampfschifffahrt.html", "events/1821-greek-independence.html",
		"events/1869-11-17-suez.html", "embed.html", "404.html",
		"tags/index.html", "tags/rossiia.html", "tags/msr.html", "tags/ri-ben.html",
		"tags/donaudampfschifffahrtsgesellschaftskapitansmutzenabzeichen.html",
	}}
	// agesSite spans 3000 BCE to 2024 with every form of EDTF Level 1
	// (generator/internal/testsite/sites/ages).
	agesSite = &testSite{name: "ages", dir: testsite.Fixture("ages"), pages: []string{
		"index.html", "events/marathon.html", "events/magna-carta.html", "events/black-death.html", "embed.html",
	}}
	// erasSite has eras over centuries, overlapping and still running,
	// and categories in colours of their own
	// (generator/internal/testsite/sites/eras).
	erasSite = &testSite{name: "eras", dir: testsite.Fixture("eras"), pages: []string{
		"index.html", "events/sputnik.html", "embed.html",
	}}
	// gallerySite shows every kind of media (see testsite.WriteGallery).
	gallerySite = &testSite{name: "gallery", write: testsite.WriteGallery, pages: []string{
		"index.html", "events/1880-harbour.html", "events/1906-08-16-earthquake.html", "events/1910-newsreel.html",
		"events/1914-canal.html", "events/1925-interview.html", "events/1931-documentary.html", "embed.html",
	}}
	// galleryEmbedsSite is the gallery with YouTube's and Vimeo's players
	// embedded after a click.
	galleryEmbedsSite = &testSite{name: "gallery-embeds", write: writeGalleryWithEmbeds, pages: []string{
		"events/1914-canal.html", "events/1931-documentary.html",
	}}
	// silkSite is in French with Arabic and Japanese trees, some events
	// translated, others not (generator/internal/testsite/sites/silk).
	silkSite = &testSite{name: "silk", dir: testsite.Fixture("silk"), pages: []string{
		"index.html", "events/zhang-qian.html", "ar/index.html", "ar/events/zhang-qian.html", "ar/events/marco-polo.html",
		"ar/embed.html", "ja/index.html", "ja/events/palmyre.html",
		"tags/index.html", "tags/asie-centrale.html", "ar/tags/index.html", "ar/tags/yuan.html", "ja/tags/index.html",
	}}
	// sites are every site the checks run on.
	sites = []*testSite{defaultSite, centuriesSite, agesSite, erasSite, gallerySite, galleryEmbedsSite, silkSite}
)

// built builds the site once per test run into a temporary folder and
// returns that folder.
func (s *testSite) built(tb testing.TB) string {
	tb.Helper()
	s.once.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-browsertest-"+s.name+"-")
		if err != nil {
			s.err = err
			return
		}
		s.out = filepath.Join(dir, "public")
		if s.write != nil {
			s.dir = filepath.Join(dir, "site")
			if s.err = s.write(s.dir); s.err != nil {
				return
			}
		}
		_, s.err = generator.Build(generator.BuildOptions{SiteDir: s.dir, OutDir: s.out})
	})
	if s.err != nil {
		tb.Fatalf("building the %s site: %v", s.name, s.err)
	}
	return s.out
}

// url returns the file:// URL of a page of the built site.
func (s *testSite) url(tb testing.TB, page string) string {
	tb.Helper()
	return pathURL(filepath.Join(s.built(tb), page))
}

// builtSite builds the repository's site once per test run and returns
// the folder it is in.
func builtSite(tb testing.TB) string {
	tb.Helper()
	return defaultSite.built(tb)
}

// fileURL returns the file:// URL of a page of the repository's site.
func fileURL(tb testing.TB, page string) string {
	tb.Helper()
	return defaultSite.url(tb, page)
}

// forEachPage runs check in a subtest for each page of each site.
func forEachPage(t *testing.T, check func(t *testing.T, s *testSite, page string)) {
	for _, s := range sites {
		for _, page := range s.pages {
			t.Run(s.name+"/"+page, func(t *testing.T) { check(t, s, page) })
		}
	}
}

// pathURL returns the file:// URL of a file.
func pathURL(path string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	return u.String()
}

var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserCancel context.CancelFunc
)

func TestMain(m *testing.M) {
	code := m.Run()
	if browserCancel != nil {
		browserCancel()
	}
	for _, s := range sites {
		if s.out != "" {
			os.RemoveAll(filepath.Dir(s.out))
		}
	}
	os.Exit(code)
}

// newTab opens a new tab in the shared headless Chromium, with the given
// viewport, and returns its context. The tab closes when the test ends.
func newTab(tb testing.TB, width, height int64) context.Context {
	tb.Helper()
	ctx, closeTab := openTab(tb, width, height)
	tb.Cleanup(closeTab)
	return ctx
}

// openTab opens a new tab in the shared headless Chromium, with the given
// viewport, and returns its context and the function that closes it.
func openTab(tb testing.TB, width, height int64) (context.Context, context.CancelFunc) {
	tb.Helper()
	path := browsertest.Chromium()
	browsertest.Need(tb, path != "", "Chromium is not installed (apt-get install chromium)")
	browserOnce.Do(func() {
		profile, _ := os.MkdirTemp("", "timeline-chromium-")
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.UserDataDir(profile),
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancel := chromedp.NewContext(alloc)
		if err := chromedp.Do(ctx); err != nil {
			cancel()
			cancelAlloc()
			return
		}
		browserCtx = ctx
		browserCancel = func() { cancel(); cancelAlloc(); os.RemoveAll(profile) }
	})
	if browserCtx == nil {
		tb.Fatalf("Chromium at %s did not start", path)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	closeTab := func() { cancelTimeout(); cancel() }
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		closeTab()
		tb.Fatalf("opening a tab: %v", err)
	}
	return ctx, closeTab
}

// emulate sets prefers-color-scheme ("light" or "dark") and, when media
// is not empty, a media type such as "print". It also asks for reduced
// motion, so that scrolling to a fragment is instant and can be measured.
func emulate(tb testing.TB, ctx context.Context, scheme, media string) {
	tb.Helper()
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Media: media,
		Features: []*emulation.MediaFeature{
			{Name: "prefers-color-scheme", Value: scheme},
			{Name: "prefers-reduced-motion", Value: "reduce"},
		},
	})
	if err != nil {
		tb.Fatalf("emulating %s %s: %v", scheme, media, err)
	}
}

// open opens a page of the repository's site in a new tab of the given
// size and color scheme, and waits until it is ready.
func open(tb testing.TB, page string, width, height int64, scheme string) context.Context {
	tb.Helper()
	return openPage(tb, defaultSite, page, width, height, scheme)
}

// openPage opens a page of a site in a new tab of the given size and
// color scheme, and waits until it is ready.
func openPage(tb testing.TB, s *testSite, page string, width, height int64, scheme string) context.Context {
	tb.Helper()
	ctx := newTab(tb, width, height)
	emulate(tb, ctx, scheme, "")
	browsertest.Do(tb, ctx, chromedp.Navigate(s.url(tb, page)), chromedp.WaitReady("body"))
	return ctx
}

// writeGalleryWithEmbeds writes the gallery fixture into dir with YouTube's
// and Vimeo's players opted in.
func writeGalleryWithEmbeds(dir string) error {
	if err := testsite.WriteGallery(dir); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, "config.toml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteString("\n[media]\nembeds = [\"youtube\", \"vimeo\"]\n")
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}
