package server

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/server/generated"
)

// Config holds the server's settings; the zero value is usable.
type Config struct {
	// Logger receives internal errors; nil means slog.Default().
	Logger *slog.Logger
	// NoIntrospection turns GraphQL introspection off.
	NoIntrospection bool
}

// Server serves the GraphQL API and health checks over one graph.Store.
type Server struct {
	store *graph.Store
	cfg   Config
	gql   *handler.Server
	mux   *http.ServeMux
}

// New builds the HTTP handler for store.
func New(store *graph.Store, cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{store: store, cfg: cfg, mux: http.NewServeMux()}
	s.gql = newGraphQL(&Resolver{Store: store}, cfg)
	s.mux.Handle("/graphql", withLoaders(store, s.gql))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("GET /readyz", s.readyz)
	s.mux.HandleFunc("GET /export", s.export)
	s.mux.Handle("GET /graphiql", graphiql())
	s.mux.Handle("/", explorer())
	return s
}

// newGraphQL is gqlgen's executor with explicit transports: GraphQL over HTTP
// by GET and POST only.
func newGraphQL(r *Resolver, cfg Config) *handler.Server {
	h := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r}))
	h.AddTransport(transport.Options{})
	h.AddTransport(transport.GET{})
	h.AddTransport(transport.POST{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if !cfg.NoIntrospection {
		h.Use(extension.Introspection{})
	}
	h.SetErrorPresenter(presenter(cfg.Logger))
	return h
}

// ServeHTTP routes a request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// healthz answers 200 while the process serves; it reports the graph's size.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	st := s.store.Stats()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"status": "ok", "quads": st.Quads, "sources": st.Sources, "time": time.Now().UTC().Format(time.RFC3339),
	})
}
