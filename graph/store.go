package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bbolt "go.etcd.io/bbolt"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/text"
	"github.com/telcograph/telcograph/schema"
)

// DefaultURL is the store used when none is given: a bolt file in the
// working directory.
const DefaultURL = "bolt://telcograph.db"

// lockTimeout is how long Open waits for a bolt file another process holds.
const lockTimeout = time.Second

// Store is the knowledge graph: a durable Cayley quad store and the serving
// index (graph/index) built from it. Reads are answered from the index by
// the queries of graph/query, each under a read lock (reads.go);
// ReplaceSource and RemoveSource write the durable store first, one source
// per transaction, then the index (write.go). A Store is safe for concurrent
// use; writes are serialised. Over PostgreSQL, several Stores (in several
// processes) may share one database: each sees the others' writes within
// about Options.PollInterval (refresh.go).
type Store struct {
	url  string
	qs   cgraph.QuadStore // memory and bolt
	bolt *bbolt.DB        // the file under qs, for bolt
	pg   *pgStore         // postgres
	bulk *boltBulk        // a bulk write into a new bolt store (boltbulk.go), under writeSem
	log  *slog.Logger

	writeSem chan struct{} // one token: serialises writes and refreshes

	mu      sync.RWMutex // guards idx, text and version
	idx     *index.Index
	text    *text.Index // the articles' words, kept in step with idx (articles.go)
	version uint64

	counts countsCache
	tally  tallyCache
	reads  atomic.Uint64 // read locks taken, for tests of batching
}

// Options tune how a store is opened. The zero value of each field means its
// default; the pool, timeout and poll settings apply to PostgreSQL only.
type Options struct {
	// Logger receives the index build's progress and the store's health
	// changes; nil means slog.Default().
	Logger *slog.Logger
	// MaxOpenConns and MaxIdleConns size the connection pool (default 8
	// and 4).
	MaxOpenConns, MaxIdleConns int
	// ConnectTimeout bounds one connection attempt to one host (default 3s),
	// unless the URL sets connect_timeout.
	ConnectTimeout time.Duration
	// WriteTimeout bounds a source write, retries during a failover
	// included (default 15s); past it the write fails with
	// schema.ErrUnavailable.
	WriteTimeout time.Duration
	// QueryTimeout bounds one poll for other instances' writes (default 5s).
	QueryTimeout time.Duration
	// PollInterval is how often the store is asked for other instances'
	// writes (default 500ms).
	PollInterval time.Duration
}

func (o Options) withDefaults() Options {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.MaxOpenConns, 8)
	def(&o.MaxIdleConns, 4)
	defDur(&o.ConnectTimeout, 3*time.Second)
	defDur(&o.WriteTimeout, 15*time.Second)
	defDur(&o.QueryTimeout, 5*time.Second)
	defDur(&o.PollInterval, 500*time.Millisecond)
	return o
}

// Open opens the store named by rawURL with default Options; see OpenWith.
func Open(ctx context.Context, rawURL string) (*Store, error) {
	return OpenWith(ctx, rawURL, Options{})
}

// OpenWith opens the store named by rawURL: "memory://", "bolt://PATH" (a
// file, created with its directory when missing) or "postgres://..." (one
// server or several hosts tried in order; see docs/postgres.md; the schema is
// created on first use). A bolt file that another process holds is reported
// within a second as an error wrapping schema.ErrUnavailable, and so is a
// PostgreSQL server that does not answer within o.WriteTimeout. The serving
// index is built from the store's quads before OpenWith returns.
func OpenWith(ctx context.Context, rawURL string, o Options) (*Store, error) {
	if rawURL == "" {
		rawURL = DefaultURL
	}
	o = o.withDefaults()
	scheme, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return nil, fmt.Errorf("graph: open %q: want memory://, bolt://PATH or postgres://...: %w", redact(rawURL), schema.ErrInvalid)
	}
	s := &Store{url: rawURL, log: o.Logger, idx: index.New(), text: text.New(), writeSem: make(chan struct{}, 1)}
	var err error
	switch scheme {
	case "memory":
		s.qs = memstore.New()
	case "bolt":
		s.qs, s.bolt, err = openBolt(rest)
	case "postgres", "postgresql":
		s.pg, err = openPostgres(ctx, rest, o)
	default:
		return nil, fmt.Errorf("graph: open %q: unknown store scheme %q (want memory, bolt or postgres): %w", redact(rawURL), scheme, schema.ErrInvalid)
	}
	if err != nil {
		return nil, err
	}
	if err := s.rebuild(ctx); err != nil {
		s.closeStore()
		return nil, err
	}
	if s.bolt != nil {
		// The build read the whole log through bolt's memory map, and the
		// pages it read stay in this process's resident set (226 MiB of a
		// 10^6-quad file) until the file is unmapped: opening it again
		// starts with none of them. Another process that takes the file in
		// the moment between close and open makes Open fail as any held
		// file does (schema.ErrUnavailable within a second).
		if err := s.closeStore(); err != nil {
			return nil, fmt.Errorf("graph: open bolt %s: reopen after index build: %w", rest, err)
		}
		if s.qs, s.bolt, err = openBolt(rest); err != nil {
			return nil, err
		}
	}
	if s.pg != nil {
		wctx, stop := context.WithCancel(context.Background())
		s.pg.stop, s.pg.done = stop, make(chan struct{})
		go s.watch(wctx)
	}
	return s, nil
}

// openBolt opens (creating if needed) a Cayley kv store in a bbolt file,
// without the bloom filter Cayley would size for 10^8 quads.
func openBolt(path string) (cgraph.QuadStore, *bbolt.DB, error) {
	if path == "" {
		return nil, nil, fmt.Errorf("graph: open bolt: empty path: %w", schema.ErrInvalid)
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("graph: open bolt %s: %w", path, err)
		}
	}
	// A large write transaction remaps the file each time it outgrows the
	// map (doubling up to 1 GiB), copying every page it holds to the heap
	// first; mapping 1 GiB of address space from the start spares a bulk
	// write (boltbulk.go) most of that. The file does not grow with it.
	db, err := hbbolt.Open(path, &bbolt.Options{Timeout: lockTimeout, InitialMmapSize: 1 << 30})
	if errors.Is(err, bbolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("graph: open bolt %s: store in use by another process: %w", path, schema.ErrUnavailable)
	} else if err != nil {
		return nil, nil, fmt.Errorf("graph: open bolt %s: %w", path, err)
	}
	if err := ckv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, nil, fmt.Errorf("graph: init bolt %s: %w", path, err)
	}
	qs, err := ckv.New(db, cgraph.Options{ckv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("graph: open bolt %s: %w", path, err)
	}
	return qs, db.DB(), nil
}

// Patterns of a password in a store URL: user:password@ and password=...
var (
	urlPassword = regexp.MustCompile(`(://[^:@/]*:)[^@]*@`)
	kvPassword  = regexp.MustCompile(`(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)
)

// redact hides a password in a store URL for messages.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		return u.String()
	}
	raw = urlPassword.ReplaceAllString(raw, "${1}xxxxx@")
	return kvPassword.ReplaceAllString(raw, "${1}xxxxx")
}

// URL is the store URL the Store was opened with, password redacted.
func (s *Store) URL() string { return redact(s.url) }

// progressEvery is how many quads the index build reads between progress
// log lines.
const progressEvery = 100_000

// rebuild reads every quad of the durable store into a fresh index, logging
// its progress (a large PostgreSQL store takes a while).
func (s *Store) rebuild(ctx context.Context) error {
	start := time.Now()
	idx := index.New()
	n := 0
	added := func() {
		if n++; n%progressEvery == 0 {
			s.log.Info("graph: building serving index", "quads", n, "elapsed", time.Since(start).Round(time.Millisecond))
		}
	}
	add := func(q quad.Quad) {
		idx.Add(q)
		added()
	}
	if s.pg != nil {
		var snap indexSnapshot
		err := s.pg.retry(ctx, "build index", func(ctx context.Context) error {
			var err error
			snap, err = bounded(ctx, func(ctx context.Context) (indexSnapshot, error) {
				return s.pg.readIndex(ctx, start)
			})
			return err
		})
		if err != nil {
			return err
		}
		idx, n = snap.idx, snap.idx.Stats().Quads
		s.pg.seen.Store(snap.version)
	} else if s.bolt != nil {
		if err := scanBolt(ctx, s.bolt, idx, added); err != nil {
			return err
		}
	} else {
		r := cgraph.NewQuadStoreReader(s.qs)
		defer r.Close()
		for {
			if n%4096 == 0 && ctx.Err() != nil {
				return fmt.Errorf("graph: build index: %w", ctx.Err())
			}
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			} else if err != nil {
				return fmt.Errorf("graph: build index: %w", err)
			}
			add(q)
		}
	}
	if !strings.HasPrefix(s.url, "memory:") {
		s.log.Info("graph: serving index built", "store", s.URL(), "quads", n, "sources", idx.Stats().Sources, "elapsed", time.Since(start).Round(time.Millisecond))
	}
	idx.Compact()
	t := text.Build(idx)
	s.mu.Lock()
	s.idx, s.text = idx, t
	s.version++
	s.mu.Unlock()
	return nil
}

// lockWrites takes the write lock, giving up when ctx ends.
func (s *Store) lockWrites(ctx context.Context) error {
	select {
	case s.writeSem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Store) unlockWrites() { <-s.writeSem }

// Close closes the durable store. The Store must not be used afterwards.
func (s *Store) Close() error {
	s.writeSem <- struct{}{}
	defer s.unlockWrites()
	if err := s.endBulk(); err != nil {
		s.closeStore()
		return fmt.Errorf("graph: close: %w", err)
	}
	if err := s.closeStore(); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

func (s *Store) closeStore() error {
	if s.pg != nil {
		return s.pg.close()
	}
	return s.qs.Close()
}

// Ready reports whether the durable store answered its last check: nil, or
// an error wrapping schema.ErrUnavailable while a PostgreSQL store is
// unreachable. Reads keep being served from the index either way.
func (s *Store) Ready() error {
	if s.pg == nil {
		return nil
	}
	return s.pg.ready()
}
