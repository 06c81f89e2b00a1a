package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/natomongolia/timeline/generator/serve"
	"github.com/natomongolia/timeline/generator/store"
)

func serveSite(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "timeline serve [-site DIR] [-addr HOST:PORT] [-drafts] [-any-addr]", stderr)
	var opts serve.Options
	fs.StringVar(&opts.SiteDir, "site", ".", "the site `folder` (holds config.toml and events/)")
	fs.StringVar(&opts.Addr, "addr", serve.DefaultAddr, "the `host:port` to listen on (port 0 picks a free one)")
	fs.BoolVar(&opts.Drafts, "drafts", false, "include draft events")
	fs.BoolVar(&opts.AnyAddr, "any-addr", false, "allow an -addr that is not loopback (puts the site, drafts and all, on the network)")
	if code := parse(fs, args, stderr); code >= 0 {
		return code
	}
	opts.Addr = serve.ResolveAddr(opts.Addr)
	if opts.AnyAddr && !serve.IsLoopback(opts.Addr) {
		fmt.Fprintf(stderr, "timeline serve: warning: listening on %s, not loopback: anyone who can reach this machine can read the site, drafts included\n", opts.Addr)
	}
	opts.Log, opts.CacheDir = stderr, store.DefaultDir()
	// Ctrl-C (SIGINT) and SIGTERM stop the server cleanly.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	server, err := serve.New(opts)
	if err != nil {
		return report(err, stderr)
	}
	drafts := ""
	if opts.Drafts {
		drafts = ", drafts included"
	}
	fmt.Fprintf(stdout, "Serving the site in %s at %s (built in memory%s; Ctrl-C stops)\n", opts.SiteDir, server.URL(), drafts)
	if err := server.Run(ctx); err != nil {
		fmt.Fprintln(stderr, "timeline serve:", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "Stopped.")
	return exitOK
}
