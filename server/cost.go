package server

import (
	"context"
	"net/http"
	"strconv"
	"sync"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"

	"github.com/telcograph/telcograph/graph/query"
)

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
			token := ""
			if st := stateOf(ctx); st != nil {
				token = st.token
			}
			e.audit.refused(ctx, status, err.Extensions["code"].(string), err.Message, token)
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
