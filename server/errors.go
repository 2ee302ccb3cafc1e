package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
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
// ours to classify. A UserError's code is its Kind's.
func codeOf(err error) string {
	var ue *schema.UserError
	if errors.As(err, &ue) && ue.Kind != nil {
		err = ue.Kind
	}
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

// Messages the presenter gives in place of an error's own.
const (
	msgUnavailable = "the database is unavailable; reads are still answered, retry the write later"
	msgCancelled   = "the request was cancelled before it finished: the client went away or the server is stopping"
	msgBadJSON     = `the request body is not a JSON object such as {"query": "{ __typename }"}`
)

// internalMessage is what a client is told of a fault of the server: the
// request id to quote, which finds the logged details.
func internalMessage(ctx context.Context) string {
	if id := requestOf(ctx).id; id != "" {
		return "internal error; the server logged it under request id " + id
	}
	return "internal error"
}

// genericMessages stand in for an error that schema's sentinels classify
// but that no one gave a message for users; the presenter logs each such
// error, a gap to fill where it was made.
var genericMessages = map[string]string{
	CodeNotFound: "what the request names is not in the graph",
	CodeBadInput: "an argument of the request is not valid",
	CodeLimit:    "the request is over a limit of this server",
}

// presenter turns a resolver error into the GraphQL error the client sees:
// its message a sentence for the client, with no Go wrapping (a
// schema.UserError's Msg), and its code in extensions.code. Store errors
// and faults of the server are logged and told in general terms only.
func presenter(log *slog.Logger, lim Limits) graphql.ErrorPresenterFunc {
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
			gerr.Message = requestMessage(gerr)
			return gerr
		}
		code := codeOf(err)
		rq := requestOf(ctx)
		var ue *schema.UserError
		switch {
		case errors.Is(err, errPanic):
			gerr.Message = internalMessage(ctx) // logged by the recover func
			code = CodeInternal
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = lim.timeoutMessage()
		case errors.Is(err, context.Canceled):
			gerr.Message = msgCancelled
		case code == CodeUnavailable:
			// The store's own message may name a file or a host: log it,
			// tell the client only what it can act on.
			log.Warn("graphql: store unavailable", "request_id", rq.id, "path", gerr.Path.String(), "err", err)
			gerr.Message = msgUnavailable
		case errors.As(err, &ue):
			gerr.Message = ue.Msg
		case code == "":
			log.Error("graphql: internal error", "request_id", rq.id, "path", gerr.Path.String(), "err", err)
			gerr.Message = internalMessage(ctx)
			code = CodeInternal
		default:
			log.Warn("graphql: error without a message for clients", "request_id", rq.id, "path", gerr.Path.String(), "err", err)
			gerr.Message = genericMessages[code]
		}
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
		return gerr
	}
}

// requestMessage rewrites the messages of gqlgen's own errors that are not
// sentences: a body that is not JSON (whose message would repeat the body
// and Go's decoding error) and a variable's value (whose message does not
// name the variable).
func requestMessage(gerr *gqlerror.Error) string {
	switch {
	case strings.HasPrefix(gerr.Message, "json request body could not be decoded"):
		return msgBadJSON
	case len(gerr.Path) >= 2 && gerr.Path[0] == ast.PathName("variable") && !strings.HasPrefix(gerr.Message, "variable $"):
		return "variable $" + strings.TrimPrefix(gerr.Path[1:].String(), ".") + ": " + gerr.Message
	}
	return gerr.Message
}

// errPanic stands for a recovered panic in the error presenter, which
// answers it as INTERNAL without logging it a second time.
var errPanic = errors.New("panic")

// recoverFunc logs a panic of a resolver once, with its stack, and turns it
// into errPanic: the client sees "internal error" and the request id, and
// neither the panic's value nor the stack.
func recoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		path := ""
		if fc := graphql.GetFieldContext(ctx); fc != nil {
			path = fc.Path().String()
		}
		log.Error("graphql: panic", "request_id", requestOf(ctx).id, "path", path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
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
			log.Error("http: panic", "request_id", requestOf(r.Context()).id, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			writeError(w, http.StatusInternalServerError, CodeInternal, internalMessage(r.Context()))
		}()
		next.ServeHTTP(w, r)
	})
}
