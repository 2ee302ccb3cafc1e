package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/server/watch"
)

const watchSynopsis = `watch [--feeds FILE] [--dir DIR] [--interval 15m] [--once] [--out DIR | --store URL]

Polls the RSS and Atom feeds listed in FILE (one URL a line, # comments) and
the .txt and .html files dropped in DIR, and extracts the facts of every new
article once. With --store, each article's facts are queued in that store as
candidates for review (as 'serve --watch' does inside a server), and what was
processed is remembered in the store, so a restart does not fetch it again.
Without --store, each article's facts are printed as article-facts YAML (one
YAML document each, after a --- line), or written one file per article to
--out DIR, and what was processed is remembered in memory only. A summary
line per poll and any errors go to stderr. A bolt store is held by one
process: against a running server, use 'serve --watch' instead.`

// runWatch implements "telcograph watch".
func runWatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("watch", watchSynopsis, stdout, stderr)
	feedsFile := fs.String("feeds", "", "file listing the feed URLs to poll, one a line")
	dir := fs.String("dir", "", "drop folder whose .txt and .html files are read as articles")
	interval := fs.Duration("interval", 15*time.Minute, "time between polls")
	once := fs.Bool("once", false, "poll once and exit (status 1 if anything failed)")
	outDir := fs.String("out", "", "write one article-facts file per article to this directory instead of stdout")
	storeURL := fs.String("store", "", "queue each article's facts as candidates for review in this store (memory://, bolt://PATH, postgres://...) instead of printing them")
	autoAccept := fs.Float64("auto-accept", 0, "with --store: accept facts of at least this confidence at once, as machine-accepted (0: none)")
	regFile := fs.String("register", "", "entity register (aliases.yaml format) the extractor may use, besides the bundled one")
	minConf := fs.Float64("min-confidence", 0, "drop extracted facts below this confidence (0 to 1)")
	hostRate := fs.Float64("host-rate", watch.DefaultHostRate, "most requests per second to one host")
	maxBytes := fs.Int64("max-bytes", watch.DefaultMaxBytes, "refuse a page, feed or file larger than this many bytes")
	timeout := fs.Duration("timeout", watch.DefaultTimeout, "time limit of each request")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageErrorf("unexpected arguments %q (see telcograph watch --help)", fs.Args())
	case *feedsFile == "" && *dir == "":
		return usageErrorf("nothing to watch: give --feeds FILE, --dir DIR or both (see telcograph watch --help)")
	case !*once && *interval <= 0:
		return usageErrorf("--interval must be positive, not %s", *interval)
	case *minConf < 0 || *minConf > 1:
		return usageErrorf("--min-confidence must be from 0 to 1, not %g", *minConf)
	case *hostRate <= 0:
		return usageErrorf("--host-rate must be positive, not %g", *hostRate)
	case *maxBytes <= 0:
		return usageErrorf("--max-bytes must be positive, not %d", *maxBytes)
	case *timeout <= 0:
		return usageErrorf("--timeout must be positive, not %s", *timeout)
	case *storeURL != "" && *outDir != "":
		return usageErrorf("--store and --out exclude each other")
	case *autoAccept != 0 && *storeURL == "":
		return usageErrorf("--auto-accept needs --store")
	}
	if err := checkAutoAccept(*autoAccept); err != nil {
		return err
	}
	if *dir != "" {
		if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
			return usageErrorf("--dir %s is not a directory", *dir)
		}
	}
	var feeds []string
	if *feedsFile != "" {
		data, err := os.ReadFile(*feedsFile)
		if err != nil {
			return err
		}
		if feeds, err = watch.ReadFeeds(*feedsFile, data); err != nil {
			return err
		}
		if len(feeds) == 0 && *dir == "" {
			return fmt.Errorf("%s lists no feed", *feedsFile)
		}
	}
	reg, err := bundledRegister()
	if err != nil {
		return err
	}
	if *regFile != "" {
		extra, err := readRegisterFile(*regFile)
		if err != nil {
			return err
		}
		if err := reg.Merge(extra); err != nil {
			return err
		}
	}
	sink := printFacts(stdout)
	var history watch.History
	if *storeURL != "" {
		store, err := graph.Open(ctx, *storeURL)
		if err != nil {
			return err
		}
		defer store.Close()
		if err := reg.Merge(ingest.Register(ctx, store)); err != nil {
			return err
		}
		q := curate.New(store)
		q.AutoAccept = *autoAccept
		sink, history = queueSink(q, curate.ActorWatcher), curate.Watched{Store: store}
	}
	if *outDir != "" {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return err
		}
		sink = writeFactsFile(*outDir)
	}
	w, err := watch.New(watch.Options{
		Feeds: feeds, Dir: *dir, Sink: sink, History: history,
		Extract:  extract.ExtractOptions{Register: reg, MinConfidence: *minConf},
		HostRate: *hostRate, MaxBytes: *maxBytes, Timeout: *timeout,
		UserAgent: "telcograph/" + version().Module + " (watch)",
	})
	if err != nil {
		return err
	}
	if *once {
		st, err := w.Poll(ctx)
		reportPoll(stderr, st, nil)
		return err
	}
	err = w.Run(ctx, *interval, func(st watch.Stats, err error) { reportPoll(stderr, st, err) })
	if errors.Is(err, context.Canceled) {
		return nil // interrupted: the normal way to stop
	}
	return err
}

// reportPoll writes a poll's figures on one line, then its errors, one a
// line.
func reportPoll(w io.Writer, st watch.Stats, err error) {
	fmt.Fprintf(w, "watch: %d feeds read, %d unchanged; %d pages fetched, %d files read; %d new articles, %d duplicates; %d errors\n",
		st.Feeds, st.FeedsUnchanged, st.Fetched, st.Files, st.New, st.Duplicates, st.Errors)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(w, line)
		}
	}
}

// printFacts is the sink that prints each article's facts as a YAML
// document of its own.
func printFacts(w io.Writer) watch.Sink {
	return func(_ context.Context, it *watch.Item) error {
		if _, err := io.WriteString(w, "---\n"); err != nil {
			return err
		}
		return facts.Write(w, it.Facts)
	}
}

// writeFactsFile is the sink that writes each article's facts to a file
// of its own in dir, named after the article and its text's hash, written
// under a temporary name and renamed so that a reader never sees half.
func writeFactsFile(dir string) watch.Sink {
	return func(_ context.Context, it *watch.Item) error {
		id := "article"
		if len(it.Facts.Articles) > 0 {
			id = it.Facts.Articles[0].ID
		}
		name := filepath.Join(dir, fmt.Sprintf("%s-%s.yaml", id, strings.TrimPrefix(it.Hash, "sha256:")[:12]))
		tmp, err := os.CreateTemp(dir, ".watch-*.yaml")
		if err != nil {
			return err
		}
		defer os.Remove(tmp.Name()) // fails once renamed
		if err := facts.Write(tmp, it.Facts); err != nil {
			tmp.Close()
			return err
		}
		if err := tmp.Close(); err != nil {
			return err
		}
		return os.Rename(tmp.Name(), name)
	}
}
