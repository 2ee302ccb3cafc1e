package server

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/server/generated"
)

// Config holds the server's settings; the zero value is usable.
type Config struct {
	// Logger receives internal errors and the audit trail (audit.go);
	// nil means slog.Default().
	Logger *slog.Logger
	// NoIntrospection turns GraphQL introspection, GraphiQL and field
	// suggestions in error messages off.
	NoIntrospection bool
	// Limits bound each GraphQL request; zero fields take DefaultLimits.
	Limits Limits
	// Token is a bearer token of the admin role; the audit trail names
	// its holder AdminTokenID. With no Token and no Tokens, mutations and
	// the review queue are off.
	Token string
	// Tokens are more bearer tokens, each with its id and role (see
	// ReadTokens).
	Tokens []Token
	// AutoAccept, above 0, accepts every candidate that ingestArticle
	// extracts with at least this confidence, as machine-accepted.
	AutoAccept float64
	// TrustedProxies are the networks of the reverse proxies in front of
	// the server. Only a request whose TCP peer is in one of them has its
	// X-Forwarded-For or Forwarded header believed: its client, for the
	// rate limit and the logs, is then the rightmost forwarded address that
	// is not a trusted proxy. Empty (the default): the peer is the client.
	TrustedProxies []netip.Prefix
	// AllowedOrigins lists the origins whose pages may call the API from a
	// browser (CORS); "*" allows any. Empty (the default) allows none.
	AllowedOrigins []string
	// RateLimit is how many requests a second one client address may make
	// after a burst of RateBurst; 0 turns rate limiting off.
	RateLimit float64
	// RateBurst is the bucket size; 0 means RateLimit rounded up.
	RateBurst int
	// ResponseCache is how many answers to read-only requests are kept for
	// the current version of the graph (cache.go); 0 keeps none.
	ResponseCache int
	// Version says which build serves: /healthz reports it and /metrics
	// carries it as telcograph_build_info. Empty means "(devel)".
	Version Version
}

// Server serves the GraphQL API and health checks over one graph.Store.
type Server struct {
	store *graph.Store
	cfg   Config
	gql   *handler.Server
	mux   *http.ServeMux

	limits  Limits
	auth    authenticator
	audit   *auditor
	queue   *curate.Queue
	handler http.Handler // mux behind request ids, panic recovery, rate limit and CORS
}

// New builds the HTTP handler for store.
func New(store *graph.Store, cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{store: store, cfg: cfg, mux: http.NewServeMux()}
	s.limits, s.auth = cfg.Limits.withDefaults(), newAuthenticator(cfg.Token, cfg.Tokens)
	s.audit = &auditor{log: cfg.Logger, auth: s.auth}
	s.queue = curate.New(store)
	s.queue.AutoAccept = cfg.AutoAccept
	s.gql = newGraphQL(&Resolver{Store: store, EdgeBudget: s.limits.EdgeBudget, Queue: s.queue}, cfg, s.limits, s.audit)
	v := newValidators(store)
	s.mux.Handle("/graphql", v.graphQL(s.guard(newResponseCache(store, cfg.ResponseCache).middleware(withReads(s.gql)))))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.Handle("GET /export", v.export(http.HandlerFunc(s.export)))
	m := newMetrics(store, s.version())
	s.mux.Handle("GET /metrics", m.handler())
	if cfg.NoIntrospection {
		s.mux.Handle("GET /graphiql", http.NotFoundHandler())
	} else {
		s.mux.Handle("GET /graphiql", graphiql())
	}
	s.mux.Handle("/", explorer())
	limited := newRateLimiter(cfg.RateLimit, cfg.RateBurst, nil).middleware(newCORS(cfg.AllowedOrigins).middleware(s.mux), s.audit.reject)
	s.handler = m.middleware(proxies(cfg.TrustedProxies).identify(recoverHTTP(cfg.Logger, limited)))
	return s
}

// newGraphQL is gqlgen's executor with explicit transports: GraphQL over HTTP
// by GET and POST only.
func newGraphQL(r *Resolver, cfg Config, lim Limits, audit *auditor) *handler.Server {
	h := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r}))
	h.AddTransport(transport.Options{})
	h.AddTransport(transport.GET{})
	h.AddTransport(postJSON{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	var exts []graphql.HandlerExtension
	if !cfg.NoIntrospection {
		exts = append(exts, extension.Introspection{})
	}
	h.SetDisableSuggestion(cfg.NoIntrospection)
	h.SetParserTokenLimit(lim.MaxTokens + 1) // counted first by limitsExtension, with LIMIT_EXCEEDED
	exts = append(exts, newLimitsExtension(lim, cfg.NoIntrospection, audit))
	for _, ext := range exts {
		// Plain leaf fields skip gqlgen's field middleware
		// (server/internal/seqlists) unless some is registered.
		if _, ok := ext.(graphql.FieldInterceptor); ok {
			generated.KeepFieldMiddleware()
		}
		h.Use(ext)
	}
	h.AroundRootFields(audit.rootField)
	h.SetRecoverFunc(recoverFunc(cfg.Logger))
	h.SetErrorPresenter(presenter(cfg.Logger, lim))
	return h
}

// Queue is the review queue the server's API works on; a watcher in the
// same process should queue into it, so that changes go one at a time.
func (s *Server) Queue() *curate.Queue { return s.queue }

// ServeHTTP routes a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// version is the configured build version, "(devel)" when none was given.
func (s *Server) version() Version {
	v := s.cfg.Version
	if v.Module == "" {
		v.Module = "(devel)"
	}
	return v
}

// healthz answers 200 while the process serves; it reports the graph's size.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	st := s.store.Stats()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"status": "ok", "quads": st.Quads, "sources": st.Sources, "time": time.Now().UTC().Format(time.RFC3339),
		"version": s.version().Module, "commit": s.version().Commit,
	})
}
