package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"

	"github.com/telcograph/telcograph/graph/query"
)

// Limits bound what one GraphQL request may cost. A zero field means its
// default (DefaultLimits); SECURITY.md lists each limit with its error and
// HTTP status.
type Limits struct {
	// MaxDepth is the deepest field nesting a document may have, counted in
	// fields through fragments; introspection fields are not counted.
	MaxDepth int
	// MaxCost is the highest cost (gqlgen complexity) an operation may have:
	// a field costs 1 plus its selection's cost, a paged list (first, last)
	// multiplies its selection by the page size asked for (MaxPageSize
	// when not given), and path, paths and neighbourhood add the work of a
	// traversal over EdgeBudget edges.
	MaxCost int
	// MaxAliases is how many aliased fields a document may have.
	MaxAliases int
	// MaxTokens is how many lexical tokens a document may have; longer ones
	// are refused before they are parsed.
	MaxTokens int
	// MaxFields is how many field selections a document may expand to once
	// its fragments are spread; it stops fragment bombs before the cost is
	// computed.
	MaxFields int
	// MaxBodyBytes is the largest request body accepted (413 over it).
	MaxBodyBytes int64
	// Timeout bounds the execution of one request; its context, which is
	// passed down to the store, ends then.
	Timeout time.Duration
	// EdgeBudget is how many edges a path, paths or neighbourhood search may
	// look at before it stops with LIMIT_EXCEEDED.
	EdgeBudget int
	// HeavyCost is the cost from which an operation is heavy: at most
	// HeavySlots heavy operations run at once and the others wait their
	// turn (within Timeout), so that heavy documents cannot take every core
	// from the cheap queries of other clients.
	HeavyCost int
	// HeavySlots is how many heavy operations may run at once (default:
	// half the cores, at least one).
	HeavySlots int
}

// DefaultLimits are the limits a zero Limits field stands for.
var DefaultLimits = Limits{
	MaxDepth:     10,
	MaxCost:      100_000,
	MaxAliases:   30,
	MaxTokens:    10_000,
	MaxFields:    10_000,
	MaxBodyBytes: 1 << 20,
	Timeout:      10 * time.Second,
	EdgeBudget:   query.DefaultEdgeBudget,
	HeavyCost:    10_000,
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	pick := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	pick(&l.MaxDepth, d.MaxDepth)
	pick(&l.MaxCost, d.MaxCost)
	pick(&l.MaxAliases, d.MaxAliases)
	pick(&l.MaxTokens, d.MaxTokens)
	pick(&l.MaxFields, d.MaxFields)
	pick(&l.EdgeBudget, d.EdgeBudget)
	pick(&l.HeavyCost, d.HeavyCost)
	pick(&l.HeavySlots, max(1, runtime.GOMAXPROCS(0)/2))
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = d.MaxBodyBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}

// traversalCost is what path, paths (per path) and neighbourhood add to the
// cost for the edges a search may look at: one unit per 100 edges.
func (l Limits) traversalCost() int { return l.EdgeBudget / 100 }

// limitError is a GraphQL error for a document refused before execution.
func limitError(format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": CodeLimit}}
}

// timeoutMessage tells a client its request ran out of time.
func (l Limits) timeoutMessage() string {
	return "the request ran over this server's time limit of " + l.Timeout.String() + "; ask for less (smaller pages, fewer hops)"
}

// limitsExtension refuses documents over the limits before they run: tokens
// before parsing; fields, depth, aliases and cost after validation. It is
// also where mutations are checked against the request's credentials.
type limitsExtension struct {
	limits          Limits
	costed          costedSchema
	noIntrospection bool
	heavy           chan struct{} // a token per heavy operation running
	audit           *auditor
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
	graphql.OperationInterceptor
} = (*limitsExtension)(nil)

func newLimitsExtension(lim Limits, noIntrospection bool, audit *auditor) *limitsExtension {
	return &limitsExtension{limits: lim, costed: costedSchema{limits: lim}, noIntrospection: noIntrospection,
		heavy: make(chan struct{}, lim.HeavySlots), audit: audit}
}

func (e *limitsExtension) ExtensionName() string { return "TelcographLimits" }

func (e *limitsExtension) Validate(es graphql.ExecutableSchema) error {
	e.costed.ExecutableSchema = es
	return nil
}

// MutateOperationParameters counts the document's tokens with gqlparser's
// lexer, so that a huge document is refused without building its AST.
func (e *limitsExtension) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	lx := lexer.New(&ast.Source{Input: p.Query})
	for n := 0; ; n++ {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return nil // the parser reports lexical errors
		}
		if n >= e.limits.MaxTokens {
			return refuse(ctx, limitError("the document has more than %d tokens, this server's limit", e.limits.MaxTokens))
		}
	}
}

// MutateOperationContext checks a parsed, validated operation.
func (e *limitsExtension) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if status, err := authorize(ctx, op.Operation); err != nil {
		if status == http.StatusUnauthorized || status == http.StatusForbidden {
			e.audit.refused(ctx, status, err.Extensions["code"].(string), err.Message, "")
		}
		return err
	}
	doc := op.Doc
	w := &docWalker{frags: map[string]*fragInfo{}, doc: doc}
	fields, depth := 0, 0
	for _, o := range doc.Operations {
		f, d := w.selection(o.SelectionSet, 0)
		fields, depth = satAdd(fields, f), max(depth, d)
	}
	if w.introspects && e.noIntrospection {
		return refuse(ctx, &gqlerror.Error{Message: "introspection (__schema, __type) is disabled on this server",
			Extensions: map[string]any{"code": CodeBadRequest}})
	}
	if fields > e.limits.MaxFields {
		return refuse(ctx, limitError("the document expands to more than %d fields once its fragments are spread, this server's limit", e.limits.MaxFields))
	}
	if depth > e.limits.MaxDepth {
		return refuse(ctx, limitError("the document nests fields %d deep; this server allows %d", depth, e.limits.MaxDepth))
	}
	if n := countAliases(doc); n > e.limits.MaxAliases {
		return refuse(ctx, limitError("the document has %d aliases; this server allows %d", n, e.limits.MaxAliases))
	}
	cost := complexity.Calculate(ctx, e.costed, op.Operation, op.Variables)
	if cost > e.limits.MaxCost {
		return refuse(ctx, limitError("the operation costs %d; this server allows %d: ask for smaller pages (first, last), fewer nested lists or fewer path searches", cost, e.limits.MaxCost))
	}
	op.Stats.SetExtension(costStats, cost)
	return nil
}

const costStats = "TelcographCost"

// InterceptOperation makes a heavy operation wait for a slot, and frees it
// once the answer is made.
func (e *limitsExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	if cost, _ := op.Stats.GetExtension(costStats).(int); cost < e.limits.HeavyCost {
		return next(ctx)
	}
	select {
	case e.heavy <- struct{}{}:
	case <-ctx.Done():
		msg := "the request waited for its turn among the expensive operations until its time limit of " + e.limits.Timeout.String() + " ran out; retry later or ask for less"
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{Message: msg, Extensions: map[string]any{"code": CodeLimit}}}})
	}
	var once sync.Once
	release := func() { once.Do(func() { <-e.heavy }) }
	rh := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		defer release()
		return rh(ctx)
	}
}

// refuse marks the request's answer as refused before execution (422, or
// 400 for application/graphql-response+json) and returns err.
func refuse(ctx context.Context, err *gqlerror.Error) *gqlerror.Error {
	setStatus(ctx, http.StatusUnprocessableEntity)
	return err
}

// fragInfo memoises a fragment's expanded field count and depth, so that
// fragments that spread each other many times cost one walk each.
type fragInfo struct {
	fields, depth int
	busy          bool
}

type docWalker struct {
	doc         *ast.QueryDocument
	frags       map[string]*fragInfo
	introspects bool // the document selects __schema or __type
}

// selection returns how many fields ss expands to and its depth below a
// field at depth d. Introspection fields (__schema, __type) are bounded by
// the schema and not counted, so GraphiQL's introspection query passes.
func (w *docWalker) selection(ss ast.SelectionSet, d int) (fields, depth int) {
	depth = d
	for _, sel := range ss {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				w.introspects = true
				continue
			}
			f, dd := w.selection(s.SelectionSet, d+1)
			fields, depth = satAdd(fields, satAdd(f, 1)), max(depth, dd)
		case *ast.InlineFragment:
			f, dd := w.selection(s.SelectionSet, d)
			fields, depth = satAdd(fields, f), max(depth, dd)
		case *ast.FragmentSpread:
			fi := w.fragment(s.Name)
			fields, depth = satAdd(fields, fi.fields), max(depth, d+fi.depth)
		}
	}
	return fields, depth
}

func (w *docWalker) fragment(name string) *fragInfo {
	if fi, ok := w.frags[name]; ok {
		return fi // a cycle (refused by validation anyway) counts as empty
	}
	fi := &fragInfo{busy: true}
	w.frags[name] = fi
	if def := w.doc.Fragments.ForName(name); def != nil {
		fi.fields, fi.depth = w.selection(def.SelectionSet, 0)
	}
	fi.busy = false
	return fi
}

// countAliases counts the fields of the document written with an alias
// other than their name.
func countAliases(doc *ast.QueryDocument) int {
	n := 0
	var walk func(ast.SelectionSet)
	walk = func(ss ast.SelectionSet) {
		for _, sel := range ss {
			switch s := sel.(type) {
			case *ast.Field:
				if s.Alias != "" && s.Alias != s.Name {
					n++
				}
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			}
		}
	}
	for _, o := range doc.Operations {
		walk(o.SelectionSet)
	}
	for _, f := range doc.Fragments {
		walk(f.SelectionSet)
	}
	return n
}

func satAdd(a, b int) int {
	if c := a + b; c >= a {
		return c
	}
	return int(^uint(0) >> 1)
}

func satMul(a, b int) int {
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > int(^uint(0)>>1)/b {
		return int(^uint(0) >> 1)
	}
	return a * b
}

// costedSchema gives gqlgen's complexity calculator the weights of this
// API: lists weighted by the page asked for, traversals by their budgets.
type costedSchema struct {
	graphql.ExecutableSchema
	limits Limits
}

// Complexity weights a field; ok false leaves gqlgen's default (1 plus the
// selection's cost).
func (c costedSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	switch typeName + "." + field {
	case "Query.path":
		return satAdd(1+c.limits.traversalCost(), child), true
	case "Query.paths":
		k := intArg(args, "k", 3)
		return satAdd(1, satMul(k, satAdd(c.limits.traversalCost(), child))), true
	case "Query.neighbourhood":
		n := intArg(args, "limit", query.DefaultNeighbourhoodLimit)
		return satAdd(1+c.limits.traversalCost(), satMul(n, child)), true
	case "Path.nodes", "Path.edges":
		return satAdd(1, satMul(query.MaxHops+1, child)), true
	case "Query.nodes":
		ids, _ := args["ids"].([]any)
		return satAdd(1, satMul(max(len(ids), 1), child)), true
	}
	def := c.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	fd := def.Fields.ForName(field)
	if fd == nil || (fd.Arguments.ForName("first") == nil && fd.Arguments.ForName("last") == nil) {
		return 0, false
	}
	n := max(intArg(args, "first", 0), intArg(args, "last", 0))
	if n == 0 {
		if _, given := args["first"]; !given {
			n = MaxPageSize
		}
	}
	return satAdd(1, satMul(max(n, 1), child)), true
}

// intArg reads an integer argument as the parser or the variables decoder
// left it; def when absent or not a number.
func intArg(args map[string]any, name string, def int) int {
	switch v := args[name].(type) {
	case int:
		return v
	case int64:
		return int(v)
	case int32:
		return int(v)
	case float64:
		return int(v)
	case interface{ String() string }:
		if n, err := strconv.Atoi(v.String()); err == nil {
			return n
		}
	}
	return def
}

// guard is the HTTP side of the limits and of authentication for the
// GraphQL endpoint: it refuses bodies over MaxBodyBytes with 413, gives the
// request its execution deadline, reads its credentials, and lets the
// GraphQL layer choose the response status.
func (s *Server) guard(next http.Handler) http.Handler {
	lim := s.limits
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if status, msg := checkTransport(r); status != 0 {
			if status == http.StatusMethodNotAllowed {
				w.Header().Set("Allow", "GET, POST, OPTIONS")
			}
			writeError(w, status, CodeBadRequest, msg)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			if r.ContentLength > lim.MaxBodyBytes {
				s.tooLarge(w, r)
				return
			}
			b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, lim.MaxBodyBytes))
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				s.tooLarge(w, r)
				return
			}
			if err != nil {
				return // the client went away mid-body
			}
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		ctx, cancel := context.WithTimeout(r.Context(), lim.Timeout)
		defer cancel()
		st := &requestState{method: r.Method}
		st.auth, st.token = s.auth.check(r)
		ctx = context.WithValue(ctx, stateKey{}, st)
		next.ServeHTTP(&statusWriter{ResponseWriter: w, st: st, ctx: ctx, limits: lim}, r.WithContext(ctx))
	})
}

func (s *Server) tooLarge(w http.ResponseWriter, r *http.Request) {
	s.audit.reject(w, r, http.StatusRequestEntityTooLarge, CodeLimit,
		fmt.Sprintf("the request body is over this server's limit of %d bytes", s.limits.MaxBodyBytes))
}

// checkTransport refuses, with a status and a message for the client, the
// requests that gqlgen's transports would answer with a bare "transport
// not supported" or with a message that names no parameter: only GET
// (with JSON variables and extensions) and POST of JSON carry GraphQL.
func checkTransport(r *http.Request) (int, string) {
	if r.Header.Get("Upgrade") != "" && (r.Method == http.MethodGet || r.Method == http.MethodPost) {
		return http.StatusBadRequest, "this endpoint does not upgrade connections (no WebSocket subscriptions); send queries by GET or POST"
	}
	switch r.Method {
	case http.MethodOptions, http.MethodHead:
	case http.MethodGet:
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return http.StatusBadRequest, "the query string is not valid URL encoding"
		}
		for _, p := range []string{"variables", "extensions"} {
			var m map[string]any
			if v := q.Get(p); v != "" && json.Unmarshal([]byte(v), &m) != nil {
				return http.StatusBadRequest, "the " + p + " parameter is not a JSON object"
			}
		}
	case http.MethodPost:
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
			return http.StatusUnsupportedMediaType, "send the request body as JSON, with Content-Type: application/json"
		}
	default:
		return http.StatusMethodNotAllowed, "the GraphQL endpoint takes GET and POST requests"
	}
	return 0, ""
}

// writeError answers a request refused before GraphQL saw it, in the shape
// of a GraphQL response.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	m, _ := json.Marshal(msg)
	fmt.Fprintf(w, `{"errors":[{"message":%s,"extensions":{"code":%q}}]}`+"\n", m, code)
}

// requestState is what the HTTP guard and the GraphQL layer share about one
// request.
type requestState struct {
	method string
	auth   authResult
	token  string // the id of the request's token, with authOK
	status int    // the status to answer with instead of gqlgen's, if set
}

type stateKey struct{}

func stateOf(ctx context.Context) *requestState {
	st, _ := ctx.Value(stateKey{}).(*requestState)
	return st
}

func setStatus(ctx context.Context, code int) {
	if st := stateOf(ctx); st != nil {
		st.status = code
	}
}

// statusWriter answers with the status the GraphQL layer chose, when it
// chose one, instead of gqlgen's (which is 200 for errors it does not know).
type statusWriter struct {
	http.ResponseWriter
	st     *requestState
	ctx    context.Context
	limits Limits // for the message of a request out of time
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	if w.st.status != 0 {
		code = w.st.status
		if code == http.StatusUnprocessableEntity && w.Header().Get("Content-Type") == "application/graphql-response+json" {
			code = http.StatusBadRequest // GraphQL over HTTP: a request error
		}
		if code == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="telcograph"`)
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	if string(b) == "null" && errors.Is(w.ctx.Err(), context.DeadlineExceeded) {
		// gqlgen answers a bare null when the deadline passed before
		// execution began; say why instead.
		m, _ := json.Marshal(w.limits.timeoutMessage())
		_, err := fmt.Fprintf(w.ResponseWriter, `{"errors":[{"message":%s,"extensions":{"code":%q}}],"data":null}`, m, CodeLimit)
		return len(b), err
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
