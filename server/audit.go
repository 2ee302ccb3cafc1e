package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/telcograph/telcograph/server/generated"
)

// auditor writes the audit trail to the server's logger: one record for
// every mutation that ran (message "mutation", level INFO) and one for
// every request refused with 401, 403, 413 or 429 (message "refused",
// level WARN), each with the request's id and client. A record names the
// caller by its token's id, never by the token.
type auditor struct {
	log  *slog.Logger
	auth authenticator
}

// rejectFunc answers a request refused before GraphQL saw it, and records
// the refusal.
type rejectFunc func(w http.ResponseWriter, r *http.Request, status int, code, msg string)

// reject answers r with a GraphQL-shaped error and records the refusal.
func (a *auditor) reject(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	writeError(w, status, code, msg)
	_, token := a.auth.check(r)
	a.refused(r.Context(), status, code, msg, token)
}

// refused records one refused request. token is the id of the valid token
// the request carried, "" when it had none.
func (a *auditor) refused(ctx context.Context, status int, code, reason, token string) {
	rq := requestOf(ctx)
	attrs := []slog.Attr{
		slog.String("request_id", rq.id), slog.String("client", rq.client),
		slog.Int("status", status), slog.String("code", code), slog.String("reason", reason),
	}
	if token != "" {
		attrs = append(attrs, slog.String("token_id", token))
	}
	a.log.LogAttrs(ctx, slog.LevelWarn, "refused", attrs...)
}

// mutationNote is where a mutation resolver leaves what it changed, for
// the audit record: also when it fails part way, since the articles
// written before the failure stay written.
type mutationNote struct {
	res *generated.LoadResult
}

type noteKey struct{}

// noteChange leaves res for the audit record of the mutation ctx belongs
// to; nil changes nothing.
func noteChange(ctx context.Context, res *generated.LoadResult) {
	if n, ok := ctx.Value(noteKey{}).(*mutationNote); ok && res != nil {
		n.res = res
	}
}

// rootField records every root field of a mutation once it has run: who
// (the token's id), what (the operation and its sources), how many quads
// it added and removed, and its outcome, "ok" or the extensions.code the
// client got. It sees a field whose arguments were refused and a resolver
// that panicked as well, since gqlgen answers both inside it.
func (a *auditor) rootField(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	if fc := graphql.GetFieldContext(ctx); fc == nil || fc.Object != "Mutation" {
		return next(ctx)
	}
	start := time.Now()
	before := len(graphql.GetErrors(ctx))
	note := &mutationNote{}
	out := next(context.WithValue(ctx, noteKey{}, note))

	rq := requestOf(ctx)
	token := ""
	if st := stateOf(ctx); st != nil {
		token = st.token
	}
	field := graphql.GetRootFieldContext(ctx).Field
	res := note.res
	if res == nil {
		res = &generated.LoadResult{Sources: []string{}}
		if u, ok := field.ArgumentMap(graphql.GetOperationContext(ctx).Variables)["url"].(string); ok {
			res.Sources = []string{u}
		}
	}
	attrs := []slog.Attr{
		slog.String("request_id", rq.id), slog.String("client", rq.client), slog.String("token_id", token),
		slog.String("operation", field.Name), slog.Any("sources", res.Sources), slog.Int("articles", res.Articles),
		slog.Int("quads_added", res.QuadsAdded), slog.Int("quads_removed", res.QuadsRemoved),
	}
	level, outcome := slog.LevelInfo, "ok"
	if errs := graphql.GetErrors(ctx); len(errs) > before {
		level, outcome = slog.LevelWarn, CodeInternal
		if code, ok := errs[before].Extensions["code"].(string); ok {
			outcome = code
		}
		attrs = append(attrs, slog.String("error", errs[before].Message))
	}
	attrs = append(attrs, slog.String("outcome", outcome),
		slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000))
	a.log.LogAttrs(ctx, level, "mutation", attrs...)
	return out
}
