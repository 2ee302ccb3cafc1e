package server

import (
	"fmt"
	"runtime"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

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

// DefaultLimits returns the limits a zero Limits field stands for.
func DefaultLimits() Limits {
	return Limits{
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
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
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
