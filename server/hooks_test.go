package server

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// PanicOnField makes s's resolver of field ("Type.field") panic with v, so
// that external tests can check how panics are answered.
func PanicOnField(s *Server, field string, v any) {
	typ, name, _ := strings.Cut(field, ".")
	s.gql.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == typ && fc.Field.Name == name {
			panic(v)
		}
		return next(ctx)
	})
}

// DelayField makes s's resolver of field wait d before it runs, so that
// external tests can let a deadline pass mid-execution.
func DelayField(s *Server, field string, d time.Duration) {
	typ, name, _ := strings.Cut(field, ".")
	s.gql.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == typ && fc.Field.Name == name {
			time.Sleep(d)
		}
		return next(ctx)
	})
}

// PanicAtPath adds a route GET path to s whose handler panics with v, so
// that external tests can check panics outside the GraphQL executor.
func PanicAtPath(s *Server, path string, v any) {
	s.mux.HandleFunc("GET "+path, func(http.ResponseWriter, *http.Request) { panic(v) })
}
