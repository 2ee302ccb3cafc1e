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
	CodeBadRequest   = "BAD_REQUEST"
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
		var made *gqlerror.Error
		if errors.As(err, &made) && made.Err == nil {
			// gqlgen's own errors (parse, validation, a body that is not
			// JSON) are the client's; validation ones carry their code.
			if gerr.Extensions["code"] == nil {
				if gerr.Extensions == nil {
					gerr.Extensions = map[string]any{}
				}
				gerr.Extensions["code"] = CodeBadRequest
			}
			return gerr
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
