package server

import (
	"context"
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
