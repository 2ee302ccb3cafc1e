package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/telcograph/telcograph/data"
	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
	"github.com/telcograph/telcograph/server/watch"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "serve [--addr 127.0.0.1:8080] [--store URL] [--token T] [--tokens FILE] [--auto-accept 0.95] [--watch --feeds FILE --watch-dir DIR]", stdout, stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	storeURL := fs.String("store", graph.DefaultURL, "store URL: memory://, bolt://PATH, postgres://... (PostgreSQL passwords: PGPASSWORD or ~/.pgpass)")
	noBundle := fs.Bool("no-bundled-data", false, "do not load the bundled knowledge base into an empty store")
	noIntro := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
	var so graph.Options
	fs.IntVar(&so.MaxOpenConns, "store-max-conns", 8, "PostgreSQL: connection pool size")
	fs.IntVar(&so.MaxIdleConns, "store-max-idle", 4, "PostgreSQL: idle connections kept in the pool")
	fs.DurationVar(&so.ConnectTimeout, "store-connect-timeout", 3*time.Second, "PostgreSQL: one connection attempt to one host")
	fs.DurationVar(&so.WriteTimeout, "store-write-timeout", 15*time.Second, "PostgreSQL: deadline of a write, retries during a failover included; then UNAVAILABLE")
	fs.DurationVar(&so.QueryTimeout, "store-query-timeout", 5*time.Second, "PostgreSQL: deadline of one poll for other instances' writes")
	fs.DurationVar(&so.PollInterval, "store-poll-interval", 500*time.Millisecond, "PostgreSQL: how often to look for other instances' writes")
	sc := server.Config{Version: version()}
	fs.StringVar(&sc.Token, "token", "", "bearer token of the admin role (id \"admin\"); without it and --tokens, mutations and the review queue are disabled")
	tokensFile := fs.String("tokens", "", "`FILE` of bearer tokens with roles, one \"<id> <role> <token>\" a line (roles reader, curator, admin; # comments)")
	fs.Float64Var(&sc.AutoAccept, "auto-accept", 0, "accept extracted facts of at least this confidence at once, as machine-accepted; 0 (the default) queues every one for review")
	watchOn := fs.Bool("watch", false, "run the watcher inside the server: new articles from --feeds and --watch-dir are extracted and queued for review")
	feedsFile := fs.String("feeds", "", "with --watch: file listing the RSS/Atom feed URLs to poll, one a line")
	watchDir := fs.String("watch-dir", "", "with --watch: drop folder whose .txt and .html files are read as articles")
	watchInterval := fs.Duration("watch-interval", 15*time.Minute, "with --watch: time between polls")
	origins := fs.String("cors-origins", "", "comma-separated origins whose pages may call the API (CORS), * for any; none by default")
	fs.Float64Var(&sc.RateLimit, "rate-limit", 100, "requests a second one client address may make after its burst (429 over it); 0 turns the limit off")
	fs.IntVar(&sc.RateBurst, "rate-burst", 200, "requests one client address may make at once")
	fs.IntVar(&sc.ResponseCache, "response-cache", 4096, "answers to read-only queries kept until the graph changes; 0 keeps none")
	dl := server.DefaultLimits()
	fs.IntVar(&sc.Limits.MaxDepth, "max-depth", dl.MaxDepth, "deepest field nesting of a GraphQL document")
	fs.IntVar(&sc.Limits.MaxCost, "max-cost", dl.MaxCost, "highest cost of an operation (lists weighted by first/last, traversals by their edge budget)")
	fs.IntVar(&sc.Limits.MaxAliases, "max-aliases", dl.MaxAliases, "aliased fields per document")
	fs.IntVar(&sc.Limits.MaxTokens, "max-tokens", dl.MaxTokens, "lexical tokens per document")
	fs.Int64Var(&sc.Limits.MaxBodyBytes, "max-body", dl.MaxBodyBytes, "largest request body in bytes (413 over it)")
	fs.DurationVar(&sc.Limits.Timeout, "timeout", dl.Timeout, "execution time limit of one request")
	fs.IntVar(&sc.Limits.EdgeBudget, "edge-budget", dl.EdgeBudget, "edges one path or neighbourhood search may look at")
	var trusted prefixList
	fs.Var(&trusted, "trusted-proxies", "comma-separated `CIDRs` (or addresses) of the reverse proxies in front of the server, whose X-Forwarded-For / Forwarded headers name the client for the rate limit and the logs; none by default")
	memLimit := memoryLimit{auto: true}
	fs.Var(&memLimit, "memory-limit", "soft limit on the Go runtime's memory, set once the index is built: auto (three times the heap the open store keeps, at least 192MiB and at most 1GiB above it, with GOGC 200 unless GOGC is set), off, or a size such as 512MiB")
	logFormat := fs.String("log-format", "text", "log records, the audit trail's included, as text or json")
	if err := parse(fs, args); err != nil {
		return err
	}
	var log *slog.Logger
	switch *logFormat {
	case "text":
		log = slog.New(slog.NewTextHandler(stderr, nil))
	case "json":
		log = slog.New(slog.NewJSONHandler(stderr, nil))
	default:
		return usageErrorf("--log-format %q: want text or json", *logFormat)
	}
	sc.TrustedProxies = trusted.prefixes
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			sc.AllowedOrigins = append(sc.AllowedOrigins, o)
		}
	}
	sc.Logger, sc.NoIntrospection = log, *noIntro
	if err := checkAutoAccept(sc.AutoAccept); err != nil {
		return err
	}
	if *tokensFile != "" {
		b, err := os.ReadFile(*tokensFile)
		if err != nil {
			return err
		}
		if sc.Tokens, err = server.ReadTokens(*tokensFile, b); err != nil {
			return err
		}
	}
	var wo *watchSetup
	if *watchOn {
		var err error
		if wo, err = readWatchSetup(*feedsFile, *watchDir, *watchInterval); err != nil {
			return err
		}
	} else if *feedsFile != "" || *watchDir != "" {
		return usageErrorf("--feeds and --watch-dir need --watch")
	}

	so.Logger = log
	store, err := graph.OpenWith(ctx, *storeURL, so)
	if err != nil {
		return err
	}
	defer store.Close()
	if st := store.Stats(); st.Quads == 0 && !*noBundle {
		res, err := loadBundled(ctx, store)
		if err != nil {
			return fmt.Errorf("load bundled data: %w", err)
		}
		log.Info("loaded bundled knowledge base", "articles", res.Articles, "facts", res.Facts, "quads", res.Added)
	}
	memLimit.apply(log)

	api := server.New(store, sc)
	var watchDone chan struct{}
	if wo != nil {
		reg, err := bundledRegister()
		if err != nil {
			return err
		}
		if err := reg.Merge(ingest.Register(ctx, store)); err != nil {
			return err
		}
		w, err := watch.New(watch.Options{
			Feeds: wo.feeds, Dir: wo.dir, Sink: queueSink(api.Queue(), curate.ActorWatcher),
			History: curate.Watched{Store: store}, Extract: extract.ExtractOptions{Register: reg},
			UserAgent: "telcograph/" + version().Module + " (serve --watch)",
		})
		if err != nil {
			return err
		}
		watchDone = make(chan struct{})
		go func() {
			defer close(watchDone)
			runWatcher(ctx, w, wo.interval, log)
		}()
	}
	srv := &http.Server{
		Addr:              *addr,
		Handler:           api,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      max(sc.Limits.Timeout, time.Second) + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	st := store.Stats()
	log.Info("limits", "mutations", sc.Token != "" || len(sc.Tokens) > 0, "tokens", len(sc.Tokens), "auto_accept", sc.AutoAccept, "watch", wo != nil, "cors", len(sc.AllowedOrigins), "rate", sc.RateLimit, "timeout", sc.Limits.Timeout,
		"trusted_proxies", trusted.String())
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/graphql", "store", store.URL(), "quads", st.Quads, "sources", st.Sources)
	fmt.Fprintf(stdout, "telcograph: serving http://%s/ (GraphQL at /graphql)\n", ln.Addr())

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Finish in-flight requests, then close the store (deferred above).
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	if watchDone != nil {
		<-watchDone // the watcher stops with ctx; the store closes after it
	}
	log.Info("stopped")
	return nil
}

// loadBundled loads the knowledge base embedded from data/: every facts file
// of data.FactsFiles, checked against the register and the entities every
// bundled file defines, so one file may use an entity another defines.
func loadBundled(ctx context.Context, store *graph.Store) (ingest.Result, error) {
	reg, err := bundledRegister()
	if err != nil {
		return ingest.Result{}, err
	}
	names := data.FactsFiles()
	raw := make([][]byte, len(names))
	for i, name := range names {
		if raw[i], err = data.FS.ReadFile(name); err != nil {
			return ingest.Result{}, err
		}
		// First pass: only the entities each file defines.
		ff, err := facts.Read("data/"+name, raw[i], facts.ReadOptions{Register: reg, Lenient: true})
		if err != nil {
			return ingest.Result{}, err
		}
		if err := reg.Merge(ff.Register); err != nil {
			return ingest.Result{}, fmt.Errorf("data/%s: %w", name, err)
		}
	}
	inputs := make([]ingest.Input, len(names))
	for i, name := range names {
		if inputs[i], err = ingest.Read("data/"+name, raw[i], ingest.ReadOptions{Register: reg}); err != nil {
			return ingest.Result{}, err
		}
	}
	return ingest.Write(ctx, store, inputs, ingest.Options{})
}

// bundledRegister reads the embedded entity register.
func bundledRegister() (*schema.Register, error) {
	b, err := data.FS.ReadFile(data.Register)
	if err != nil {
		return nil, err
	}
	return facts.ReadRegister("data/"+data.Register, b)
}

// prefixList is a flag of comma-separated CIDRs; a bare address stands for
// itself alone (/32, /128). A value set from the environment is replaced,
// not added to, by the command line.
type prefixList struct {
	prefixes []netip.Prefix
}

func (l *prefixList) String() string {
	if l == nil {
		return ""
	}
	s := make([]string, len(l.prefixes))
	for i, p := range l.prefixes {
		s[i] = p.String()
	}
	return strings.Join(s, ",")
}

// Set parses a comma-separated list, which replaces any earlier value (so
// the command line wins over TELCOGRAPH_TRUSTED_PROXIES, as for every flag);
// the flag package reports its error with the flag's name.
func (l *prefixList) Set(v string) error {
	l.prefixes = nil
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			a, aerr := netip.ParseAddr(f)
			if aerr != nil {
				return fmt.Errorf("%q is not a CIDR such as 10.0.0.0/8 or 2001:db8::/32", f)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		l.prefixes = append(l.prefixes, p.Masked())
	}
	return nil
}
