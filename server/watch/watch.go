package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
)

// Defaults of Options.
const (
	DefaultHostRate    = 1.0     // requests per host per second
	DefaultMaxBytes    = 2 << 20 // 2 MiB
	DefaultTimeout     = 30 * time.Second
	DefaultWorkers     = 4
	DefaultMaxAttempts = 3
	DefaultUserAgent   = "telcograph-watch"
)

// History remembers which articles were processed, so that each is handed
// to the Sink once. Its keys are page URLs (http, https, or file for the
// drop folder) and "sha256:" followed by the hex SHA-256 of a story's text
// (see HashKey). The watcher calls it from one goroutine at a time for a
// given article, but from several for different ones, so an implementation
// must be safe for concurrent use. Keeping it in the store makes the
// watcher's memory durable; MemoryHistory keeps it for one process.
type History interface {
	// Has reports whether any of keys was added.
	Has(ctx context.Context, keys ...string) (bool, error)
	// Add records keys.
	Add(ctx context.Context, keys ...string) error
}

// MemoryHistory is a History held in memory, forgotten when the process
// ends. It is safe for concurrent use; the zero value is not: use
// NewMemoryHistory.
type MemoryHistory struct {
	mu   sync.Mutex
	keys map[string]bool
}

var _ History = (*MemoryHistory)(nil)

// NewMemoryHistory returns an empty MemoryHistory.
func NewMemoryHistory() *MemoryHistory { return &MemoryHistory{keys: make(map[string]bool)} }

// Has reports whether any of keys was added.
func (h *MemoryHistory) Has(_ context.Context, keys ...string) (bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, k := range keys {
		if h.keys[k] {
			return true, nil
		}
	}
	return false, nil
}

// Add records keys.
func (h *MemoryHistory) Add(_ context.Context, keys ...string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, k := range keys {
		h.keys[k] = true
	}
	return nil
}

// HashKey is the History key of a story's text: "sha256:" and the hex
// SHA-256 of the text with its white space runs made single spaces, so
// that two pages carrying the same story, laid out differently, match.
func HashKey(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Item is a new article the watcher found.
type Item struct {
	// URL is where it came from: the page a feed linked to, or the file:
	// URL of a file in the drop folder.
	URL string
	// Feed is the feed that listed it; "" for the drop folder.
	Feed string
	// Hash is its HashKey.
	Hash string
	// Facts holds the one article extracted from it, with its facts and
	// the entities the extractor discovered.
	Facts *facts.File
	// Text is its story text, boilerplate stripped (what Hash hashes).
	Text string
}

// Sink receives each new article. The watcher calls it from one goroutine
// at a time. An error leaves the article unrecorded, so that it is tried
// again on a later poll (up to Options.MaxAttempts times).
type Sink func(ctx context.Context, it *Item) error

// Options configure a Watcher. Sink is required; every other field has a
// default.
type Options struct {
	// Feeds are the RSS 2.0 and Atom feed URLs to poll (see ReadFeeds).
	Feeds []string
	// Dir is the drop folder: its .txt, .html and .htm files are read as
	// articles. "" means none.
	Dir string
	// Sink receives each new article.
	Sink Sink
	// History says which articles were processed; nil means a new
	// MemoryHistory.
	History History
	// Extract is given to extract.ExtractArticle (register, minimum
	// confidence); the watcher sets URL, title and date per item.
	Extract extract.ExtractOptions
	// HostRate is the most requests per second sent to one host (host and
	// port); 0 means DefaultHostRate. Redirects count too.
	HostRate float64
	// MaxBytes is the largest response or file read; a bigger one is
	// refused whole. 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds each request, from sending it to the last byte of the
	// body; 0 means DefaultTimeout.
	Timeout time.Duration
	// Workers is how many hosts are fetched from at once (each host's
	// requests go one after the other); 0 means DefaultWorkers.
	Workers int
	// MaxAttempts is how many polls may fail on one page or file before
	// the watcher stops trying it until it restarts; 0 means
	// DefaultMaxAttempts.
	MaxAttempts int
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
	// Client sends the requests; nil means a client of its own. Its
	// CheckRedirect is replaced.
	Client *http.Client
	// Clock paces the per-host rate and Run; nil means the wall clock.
	Clock Clock
}

// Stats counts what one poll did.
type Stats struct {
	Feeds          int // feeds fetched and read
	FeedsUnchanged int // feeds answered 304 Not Modified
	Items          int // items the fetched feeds list
	Skipped        int // items without an http or https link
	Fetched        int // pages fetched
	Unchanged      int // pages that failed before, answered 304 this time
	Files          int // drop-folder files read
	New            int // articles handed to the sink
	Duplicates     int // pages and files whose URL or text was processed before
	Errors         int // feeds, pages and files that failed
}

// Watcher polls feeds and a drop folder for new articles and hands each to
// a Sink once. Its methods are safe for concurrent use, but polls are
// meant to run one at a time (Run does that).
type Watcher struct {
	feeds       []string
	dir         string
	sink        Sink
	history     History
	extract     extract.ExtractOptions
	maxBytes    int64
	timeout     time.Duration
	workers     int
	maxAttempts int
	userAgent   string
	client      *http.Client
	clock       Clock
	limit       *hostLimiter

	mu       sync.Mutex
	feedVals map[string]validators // per feed URL
	pageVals map[string]validators // per page that failed after a 200
	attempts map[string]int        // failed polls per page or file

	commit sync.Mutex // check history, call the sink, record: one article at a time
}

// New returns a Watcher for opt, or an error wrapping schema.ErrInvalid
// if an option is out of range.
func New(opt Options) (*Watcher, error) {
	if opt.Sink == nil {
		return nil, errors.New("watch: no sink")
	}
	if len(opt.Feeds) == 0 && opt.Dir == "" {
		return nil, errors.New("watch: nothing to watch: no feed and no folder")
	}
	if opt.HostRate < 0 || opt.MaxBytes < 0 || opt.Timeout < 0 || opt.Workers < 0 || opt.MaxAttempts < 0 {
		return nil, errors.New("watch: negative rate, size, timeout, workers or attempts")
	}
	w := &Watcher{
		dir: opt.Dir, sink: opt.Sink, history: opt.History, extract: opt.Extract,
		maxBytes: opt.MaxBytes, timeout: opt.Timeout, workers: opt.Workers, maxAttempts: opt.MaxAttempts,
		userAgent: opt.UserAgent, clock: opt.Clock,
		feedVals: make(map[string]validators), pageVals: make(map[string]validators), attempts: make(map[string]int),
	}
	for _, f := range opt.Feeds {
		u, err := checkURL(f)
		if err != nil {
			return nil, fmt.Errorf("watch: feed %w", err)
		}
		w.feeds = append(w.feeds, u)
	}
	if w.history == nil {
		w.history = NewMemoryHistory()
	}
	rate := opt.HostRate
	if rate == 0 {
		rate = DefaultHostRate
	}
	if w.maxBytes == 0 {
		w.maxBytes = DefaultMaxBytes
	}
	if w.timeout == 0 {
		w.timeout = DefaultTimeout
	}
	if w.workers == 0 {
		w.workers = DefaultWorkers
	}
	if w.maxAttempts == 0 {
		w.maxAttempts = DefaultMaxAttempts
	}
	if w.userAgent == "" {
		w.userAgent = DefaultUserAgent
	}
	if w.clock == nil {
		w.clock = realClock{}
	}
	w.limit = &hostLimiter{clock: w.clock, every: time.Duration(float64(time.Second) / rate), next: make(map[string]time.Time)}
	c := &http.Client{}
	if opt.Client != nil {
		*c = *opt.Client
	}
	c.CheckRedirect = w.checkRedirect
	w.client = c
	return w, nil
}

// Run polls until ctx is done, waiting interval after each poll, and
// gives each poll's figures and error to report (which may be nil). It
// returns ctx's error.
func (w *Watcher) Run(ctx context.Context, interval time.Duration, report func(Stats, error)) error {
	for {
		st, err := w.Poll(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if report != nil {
			report(st, err)
		}
		if err := w.clock.Sleep(ctx, interval); err != nil {
			return err
		}
	}
}

// Poll fetches every feed, then the new pages they list, then reads the
// new files of the drop folder, and hands each new article to the sink.
// A feed, page or file that fails does not stop the others: the error
// returned joins one error per failure, each naming its feed, page or
// file. When ctx is done Poll stops early and returns ctx's error.
func (w *Watcher) Poll(ctx context.Context) (Stats, error) {
	p := &poll{}
	lists := make([][]entry, len(w.feeds))
	index := make(map[string]int, len(w.feeds))
	for i, f := range w.feeds {
		index[f] = i
	}
	w.eachHost(ctx, w.feeds, func(ctx context.Context, feed string) {
		es, err := w.pollFeed(ctx, p, feed)
		if err != nil {
			p.fail(fmt.Errorf("watch: feed %s: %w", feed, err))
			return
		}
		lists[index[feed]] = es
	})
	if ctx.Err() != nil {
		return p.stats, ctx.Err()
	}

	// The pages to fetch: new links, each once, in feed order.
	var pages []string
	from := make(map[string]struct {
		feed string
		e    entry
	})
	for i, es := range lists {
		for _, e := range es {
			if _, dup := from[e.Link]; dup || w.givenUp(e.Link) {
				continue
			}
			seen, err := w.history.Has(ctx, e.Link)
			if err != nil {
				p.fail(fmt.Errorf("watch: history: %w", err))
				return p.stats, p.err()
			}
			if seen {
				continue
			}
			from[e.Link] = struct {
				feed string
				e    entry
			}{w.feeds[i], e}
			pages = append(pages, e.Link)
		}
	}
	w.eachHost(ctx, pages, func(ctx context.Context, page string) {
		src := from[page]
		if err := w.fetchPage(ctx, p, src.feed, src.e); err != nil {
			w.failed(page)
			p.fail(fmt.Errorf("watch: page %s: %w", page, err))
		}
	})
	if ctx.Err() != nil {
		return p.stats, ctx.Err()
	}
	if w.dir != "" {
		w.pollDir(ctx, p)
	}
	if ctx.Err() != nil {
		return p.stats, ctx.Err()
	}
	return p.stats, p.err()
}

// poll collects one poll's figures and errors from its goroutines.
type poll struct {
	mu    sync.Mutex
	stats Stats
	errs  []error
}

func (p *poll) count(f func(*Stats)) {
	p.mu.Lock()
	f(&p.stats)
	p.mu.Unlock()
}

func (p *poll) fail(err error) {
	p.mu.Lock()
	p.stats.Errors++
	p.errs = append(p.errs, err)
	p.mu.Unlock()
}

func (p *poll) err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return errors.Join(p.errs...)
}

// eachHost calls do for every URL: the URLs of one host one after the
// other, in order, and up to w.workers hosts at once, taken in the order
// of their first URL.
func (w *Watcher) eachHost(ctx context.Context, urls []string, do func(context.Context, string)) {
	var hosts []string
	byHost := make(map[string][]string)
	for _, u := range urls {
		h := u
		if pu, err := url.Parse(u); err == nil {
			h = pu.Host
		}
		if _, ok := byHost[h]; !ok {
			hosts = append(hosts, h)
		}
		byHost[h] = append(byHost[h], u)
	}
	next := make(chan []string)
	var wg sync.WaitGroup
	for range min(w.workers, len(hosts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for list := range next {
				for _, u := range list {
					if ctx.Err() != nil {
						break
					}
					do(ctx, u)
				}
			}
		}()
	}
	for _, h := range hosts {
		next <- byHost[h]
	}
	close(next)
	wg.Wait()
}

// pollFeed fetches a feed, conditionally when it was read before, and
// returns its items; none when it has not changed.
func (w *Watcher) pollFeed(ctx context.Context, p *poll, feed string) ([]entry, error) {
	w.mu.Lock()
	v := w.feedVals[feed]
	w.mu.Unlock()
	r, err := w.get(ctx, feed, acceptFeed, v)
	if err != nil {
		return nil, err
	}
	if r.NotModified {
		p.count(func(s *Stats) { s.FeedsUnchanged++ })
		return nil, nil
	}
	base, _ := url.Parse(feed) // checked by New
	es, skipped, err := parseFeed(base, r.Body)
	if err != nil {
		return nil, err
	}
	// Only a feed that was read is remembered: a broken one is fetched
	// whole, and its error reported, on every poll.
	w.mu.Lock()
	w.feedVals[feed] = r.Validators
	w.mu.Unlock()
	p.count(func(s *Stats) { s.Feeds++; s.Items += len(es) + skipped; s.Skipped += skipped })
	return es, nil
}

// fetchPage fetches a page a feed listed and processes it. A page that
// failed after a 200 (too big for the limit, not an article, no text) is
// fetched conditionally on the next attempt, and a 304 then skips it
// quietly: it would fail the same way.
func (w *Watcher) fetchPage(ctx context.Context, p *poll, feed string, e entry) error {
	w.mu.Lock()
	v := w.pageVals[e.Link]
	w.mu.Unlock()
	r, err := w.get(ctx, e.Link, acceptPage, v)
	keep := func() {
		if r.Validators != (validators{}) {
			w.mu.Lock()
			w.pageVals[e.Link] = r.Validators
			w.mu.Unlock()
		}
	}
	if err != nil {
		if r != nil {
			keep() // refused for its size
		}
		return err
	}
	if r.NotModified {
		w.failed(e.Link)
		p.count(func(s *Stats) { s.Unchanged++ })
		return nil
	}
	p.count(func(s *Stats) { s.Fetched++ })
	data, err := pageText(r)
	if err != nil {
		keep()
		return err
	}
	src := source{key: e.Link, name: e.Link, feed: feed, title: e.Title, date: e.Date}
	switch err := w.process(ctx, p, src, data); {
	case errors.Is(err, errSink):
		return err
	case err != nil:
		keep()
		return err
	}
	w.mu.Lock()
	delete(w.pageVals, e.Link)
	delete(w.attempts, e.Link)
	w.mu.Unlock()
	return nil
}

// failed counts a failed attempt at a page or file.
func (w *Watcher) failed(key string) {
	w.mu.Lock()
	w.attempts[key]++
	w.mu.Unlock()
}

// givenUp reports whether key failed on MaxAttempts polls.
func (w *Watcher) givenUp(key string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.attempts[key] >= w.maxAttempts
}
