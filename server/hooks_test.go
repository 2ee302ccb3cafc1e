package server

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/telcograph/telcograph/server/generated"
)

// PanicOnField makes s's resolver of field ("Type.field") panic with v, so
// that external tests can check how panics are answered.
func PanicOnField(s *Server, field string, v any) {
	typ, name, _ := strings.Cut(field, ".")
	generated.KeepFieldMiddleware()
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
	generated.KeepFieldMiddleware()
	s.gql.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == typ && fc.Field.Name == name {
			// Wait d, or until the request's deadline passes, so a test of
			// the deadline does not depend on how busy the machine is.
			t := time.NewTimer(d)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
			}
		}
		return next(ctx)
	})
}

// PanicAtPath adds a route GET path to s whose handler panics with v, so
// that external tests can check panics outside the GraphQL executor.
func PanicAtPath(s *Server, path string, v any) {
	s.mux.HandleFunc("GET "+path, func(http.ResponseWriter, *http.Request) { panic(v) })
}

// FailField makes s's resolver of field fail with err, so that external
// tests can check how each kind of error is answered.
func FailField(s *Server, field string, err error) {
	typ, name, _ := strings.Cut(field, ".")
	generated.KeepFieldMiddleware()
	s.gql.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == typ && fc.Field.Name == name {
			return nil, err
		}
		return next(ctx)
	})
}

// HoldField makes s's resolver of field wait, once it has started (which
// closes started), until release is called.
func HoldField(s *Server, field string) (started <-chan struct{}, release func()) {
	typ, name, _ := strings.Cut(field, ".")
	start, free := make(chan struct{}), make(chan struct{})
	var once, freeOnce sync.Once
	s.gql.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Object == typ && fc.Field.Name == name {
			once.Do(func() { close(start) })
			<-free
		}
		return next(ctx)
	})
	return start, func() { freeOnce.Do(func() { close(free) }) }
}
