package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"

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
	CodeForbidden    = "FORBIDDEN"
	CodeRateLimited  = "RATE_LIMITED"
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
	case errors.Is(err, context.DeadlineExceeded):
		return CodeLimit // the execution timeout
	case errors.Is(err, context.Canceled):
		return CodeUnavailable // the client went away or the server is stopping
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
		switch {
		case errors.Is(err, errPanic):
			gerr.Message = "internal error" // logged by the recover func
			code = CodeInternal
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = "execution time limit exceeded"
		case code == CodeUnavailable:
			// The store's own message may name a file or a host: log it,
			// tell the client only what it can act on.
			log.Warn("graphql: store unavailable", "path", gerr.Path.String(), "err", err)
			gerr.Message = "the store is unavailable; reads may still be served, retry the write later"
		case code == "":
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

// errPanic stands for a recovered panic in the error presenter, which
// answers it as INTERNAL without logging it a second time.
var errPanic = errors.New("panic")

// recoverFunc logs a panic of a resolver once, with its stack, and turns it
// into errPanic: the client sees "internal error" and neither the panic's
// value nor the stack.
func recoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		path := ""
		if fc := graphql.GetFieldContext(ctx); fc != nil {
			path = fc.Path().String()
		}
		log.Error("graphql: panic", "path", path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		return errPanic
	}
}

// recoverHTTP answers a panic outside the GraphQL executor with a 500
// INTERNAL error, logged once, instead of net/http's dropped connection.
func recoverHTTP(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			log.Error("http: panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			writeError(w, http.StatusInternalServerError, CodeInternal, "internal error")
		}()
		next.ServeHTTP(w, r)
	})
}

// plural writes n with its noun, singular for one.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
