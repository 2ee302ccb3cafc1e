package server

import (
	"context"
	"errors"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/telcograph/telcograph/schema"
)

// Error codes in extensions.code.
const (
	CodeNotFound     = "NOT_FOUND"
	CodeBadInput     = "BAD_USER_INPUT"
	CodeLimit        = "LIMIT_EXCEEDED"
	CodeUnavailable  = "UNAVAILABLE"
	CodeInternal     = "INTERNAL"
	CodeUnauthorized = "UNAUTHENTICATED"
)

// codeOf maps an error to its extensions.code, and "" for errors that are not
// ours to classify.
func codeOf(err error) string {
	switch {
	case errors.Is(err, schema.ErrNotFound):
		return CodeNotFound
	case errors.Is(err, schema.ErrInvalid):
		return CodeBadInput
	case errors.Is(err, schema.ErrLimit):
		return CodeLimit
	case errors.Is(err, schema.ErrUnavailable):
		return CodeUnavailable
	}
	return ""
}

// presenter turns a resolver error into the GraphQL error the client sees.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var already *gqlerror.Error
		if errors.As(err, &already) && already.Extensions["code"] != nil {
			return gerr // parser and validation errors carry their own code
		}
		code := codeOf(err)
		if code == "" {
			log.Error("graphql: internal error", "path", gerr.Path.String(), "err", err)
			gerr.Message = "internal error"
			code = CodeInternal
		}
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
		return gerr
	}
}
