package main

import (
	"context"
	"log/slog"
	"os"
	"os/user"
	"time"

	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/server/watch"
)

// localActor is who the history says acts from the command line:
// "local:" and the user's login name.
func localActor() string {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	if name == "" {
		name = "unknown"
	}
	return "local:" + name
}

// queueSink is the watcher's sink that queues each article's facts as
// candidates for review, by actor.
func queueSink(q *curate.Queue, actor string) watch.Sink {
	return func(ctx context.Context, it *watch.Item) error {
		_, err := q.Ingest(ctx, it.Facts, it.Text, actor)
		return err
	}
}

// checkAutoAccept checks an --auto-accept threshold.
func checkAutoAccept(v float64) error {
	if v < 0 || v > 1 {
		return usageErrorf("--auto-accept must be from 0 (off) to 1, not %g", v)
	}
	return nil
}

// watchSetup is what the watcher of serve --watch polls.
type watchSetup struct {
	feeds    []string
	dir      string
	interval time.Duration
}

// readWatchSetup checks serve's watcher flags and reads the feeds file.
func readWatchSetup(feedsFile, dir string, interval time.Duration) (*watchSetup, error) {
	switch {
	case feedsFile == "" && dir == "":
		return nil, usageErrorf("--watch: nothing to watch: give --feeds FILE, --watch-dir DIR or both")
	case interval <= 0:
		return nil, usageErrorf("--watch-interval must be positive, not %s", interval)
	}
	if dir != "" {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, usageErrorf("--watch-dir %s is not a directory", dir)
		}
	}
	ws := &watchSetup{dir: dir, interval: interval}
	if feedsFile != "" {
		data, err := os.ReadFile(feedsFile)
		if err != nil {
			return nil, err
		}
		if ws.feeds, err = watch.ReadFeeds(feedsFile, data); err != nil {
			return nil, err
		}
	}
	return ws, nil
}

// runWatcher polls until ctx ends, logging each poll.
func runWatcher(ctx context.Context, w *watch.Watcher, interval time.Duration, log *slog.Logger) {
	w.Run(ctx, interval, func(st watch.Stats, err error) {
		log.Info("watch", "feeds", st.Feeds, "unchanged", st.FeedsUnchanged, "fetched", st.Fetched, "files", st.Files,
			"new", st.New, "duplicates", st.Duplicates, "errors", st.Errors)
		if err != nil {
			log.Warn("watch", "err", err)
		}
	})
}
