// Package serve is the development server of a timeline site: it builds the
// site in memory, serves it over HTTP, rebuilds it when its files change and
// reloads the pages open in a browser. The site's output folder is never
// touched.
//
// A content error keeps the server up: the pages of the last good build stay
// and an overlay in each of them lists every error until the files are
// fixed.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/natomongolia/timeline/generator"
	"github.com/natomongolia/timeline/generator/content"
)

// DefaultAddr is the address a Server listens on when Options.Addr is empty:
// loopback only, so the site under edit is not on the network.
const DefaultAddr = "127.0.0.1:8080"

// Options say what to serve and where.
type Options struct {
	// SiteDir is the site folder; empty means the working folder.
	SiteDir string
	// Addr is the host:port to listen on; empty means DefaultAddr. Port 0
	// picks a free port (see Server.URL).
	Addr string
	// Drafts includes draft events.
	Drafts bool
	// AnyAddr allows an address that is not loopback, such as 0.0.0.0:8080,
	// which puts the site under edit, drafts and all, on the network.
	// Without it New refuses such an address.
	AnyAddr bool
	// Log receives a line per rebuild and the content errors; nil discards
	// them.
	Log io.Writer
	// CacheDir, when set, is the folder of the build cache, whose
	// processed media the server takes and adds to.
	CacheDir string
}

// Server is a development server for one site, made by New and run by Run.
// Its methods are safe for concurrent use.
type Server struct {
	opts     Options
	siteDir  string // absolute
	listener net.Listener
	watcher  *watcher
	url      string
	// session keeps the site rendered between rebuilds, so that an edit of
	// an event renders again only what it touches.
	session *generator.Session
	// current is the tree every response is served from. A rebuild makes a
	// new tree and swaps it in whole: a tree never changes once stored.
	current atomic.Pointer[tree]
	builds  uint64        // counts rebuilds; only rebuild touches it
	started int64         // start time, so that build ids differ between runs
	quit    chan struct{} // closed when Run begins to shut down
	logMu   sync.Mutex
}

// New listens on opts.Addr, starts watching the site and builds it once;
// Run then serves it. It fails with a content.UsageError when
// opts.SiteDir holds no site or opts.Addr cannot be listened on. Content
// errors do not make it fail: the pages show them.
func New(opts Options) (*Server, error) {
	if opts.SiteDir == "" {
		opts.SiteDir = "."
	}
	if opts.Addr == "" {
		opts.Addr = DefaultAddr
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	opts.Addr = ResolveAddr(opts.Addr)
	if !opts.AnyAddr && !IsLoopback(opts.Addr) {
		msg := fmt.Sprintf("%s is not a loopback address: serve listens on 127.0.0.1 or localhost unless -any-addr allows more (which puts drafts on the network)", opts.Addr)
		if host, port, err := net.SplitHostPort(opts.Addr); err == nil && host == "" {
			msg = fmt.Sprintf("%s listens on every interface: write 127.0.0.1:%s to serve on this machine only, or add -any-addr to put the site, drafts and all, on the network", opts.Addr, port)
		}
		return nil, &content.UsageError{Msg: msg}
	}
	siteDir, err := filepath.Abs(opts.SiteDir)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, &content.UsageError{Msg: fmt.Sprintf("cannot listen on %s: %v; choose another -addr", opts.Addr, err)}
	}
	// Watch before the first build, so that no change after it is missed.
	w, err := newWatcher(siteDir)
	if err != nil {
		ln.Close()
		return nil, err
	}
	s := &Server{
		opts: opts, siteDir: siteDir, listener: ln, watcher: w, url: siteURL(ln.Addr()),
		started: time.Now().UnixNano(), quit: make(chan struct{}),
	}
	// A site with a baseURL is served with this server's URL in its place,
	// so that absolute links stay here.
	s.session = generator.NewSession(siteDir, generator.SessionOptions{Drafts: opts.Drafts, ServedAt: s.url, CacheDir: opts.CacheDir})
	if err := s.rebuild(nil); err != nil {
		w.close()
		ln.Close()
		return nil, err
	}
	return s, nil
}

// ResolveAddr returns the address to listen on for addr: a port alone,
// such as "8092", means that port on loopback, "127.0.0.1:8092".
func ResolveAddr(addr string) string {
	if _, err := strconv.ParseUint(addr, 10, 16); err == nil {
		return "127.0.0.1:" + addr
	}
	return addr
}

// IsLoopback reports whether the host of a host:port address is loopback
// only: "localhost" or a loopback IP. An empty host means every interface,
// which is not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// siteURL returns the URL a browser on this machine opens for addr.
func siteURL(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return "http://" + addr.String() + "/"
	}
	host := tcp.IP
	if host.IsUnspecified() {
		host = net.IPv4(127, 0, 0, 1)
	}
	return "http://" + net.JoinHostPort(host.String(), fmt.Sprint(tcp.Port)) + "/"
}

// URL returns the address of the site's home page, such as
// "http://127.0.0.1:8080/".
func (s *Server) URL() string { return s.url }

// Run serves the site and rebuilds it on every change until ctx is done,
// then shuts down cleanly: it ends the reload streams, waits for the
// requests under way and stops watching. It returns nil after a clean
// shutdown. Run is called once per Server.
func (s *Server) Run(ctx context.Context) error {
	fresh := freshConns{conns: map[net.Conn]bool{}}
	httpServer := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, ConnState: fresh.track}
	// Shutdown closes the listener, then calls this.
	httpServer.RegisterOnShutdown(fresh.closeAll)
	served := make(chan error, 1)
	go func() { served <- httpServer.Serve(s.listener) }()
	watchCtx, stopWatching := context.WithCancel(ctx)
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		s.watcher.run(watchCtx, debounce, func(changed []string) {
			if err := s.rebuild(changed); err != nil {
				s.logf("%v", err)
			}
		}, s.logf)
	}()

	var serveErr error
	select {
	case <-ctx.Done():
	case serveErr = <-served:
	}
	close(s.quit) // ends the reload streams, which Shutdown does not
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	shutdownErr := httpServer.Shutdown(shutdownCtx)
	stopWatching()
	<-watched
	s.watcher.close()
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return shutdownErr
}

// freshConns tracks the connections that have sent no request yet. Browsers
// open some ahead of need, and Shutdown would wait seconds for them to send
// one: at shutdown they are closed instead.
type freshConns struct {
	mu    sync.Mutex
	conns map[net.Conn]bool
}

func (f *freshConns) track(c net.Conn, state http.ConnState) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if state == http.StateNew {
		f.conns[c] = true
	} else {
		delete(f.conns, c)
	}
}

func (f *freshConns) closeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for c := range f.conns {
		c.Close()
	}
}

// debounce is how long the server waits after a change for more changes
// before it rebuilds: editors often write a file in several steps.
const debounce = 25 * time.Millisecond

func (s *Server) logf(format string, args ...any) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, format+"\n", args...)
}
