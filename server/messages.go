package server

import (
	"context"
	"errors"
	"strconv"

	"github.com/telcograph/telcograph/schema"
)

// The errors below are the ones resolvers give for what a client asked:
// each a schema.UserError, whose message the presenter shows as it is. A
// graph error is explained where the resolver knows the arguments, since
// the graph's own messages are written for logs.

// noEntity is the error for a slug that names no entity.
func noEntity(slug string, cause error) error {
	return schema.Userf(schema.ErrNotFound, cause, "no entity with slug %q", slug)
}

// outOfRange says an argument is outside lo..hi.
func outOfRange(arg string, v, lo, hi int) error {
	return schema.Userf(schema.ErrLimit, nil, "%s must be between %d and %d, not %d", arg, lo, hi, v)
}

// slugLists checks the list arguments of slugs called names, in that
// order: each is at most a page long.
func slugLists(names []string, lists ...[]string) error {
	for i, l := range lists {
		if len(l) > MaxPageSize {
			return schema.Userf(schema.ErrLimit, nil, "%s takes at most %d slugs, not %d", names[i], MaxPageSize, len(l))
		}
	}
	return nil
}

// entityList checks the entities a set question names: two at least, and
// at most a page of them.
func entityList(field string, slugs []string) ([]string, error) {
	if len(slugs) < 2 {
		return nil, schema.Userf(schema.ErrInvalid, nil, "%s needs at least two entities (a, b or slugs), not %d", field, len(slugs))
	}
	if len(slugs) > MaxPageSize {
		return nil, schema.Userf(schema.ErrLimit, nil, "%s takes at most %d entities, not %d", field, MaxPageSize, len(slugs))
	}
	return slugs, nil
}

// explainSlugs explains a graph error of a read about slugs: not found
// names the first of them the graph does not hold. Other errors are
// returned as they are.
func (r *Resolver) explainSlugs(ctx context.Context, err error, slugs ...string) error {
	if !errors.Is(err, schema.ErrNotFound) {
		return err
	}
	for _, s := range slugs {
		if _, e := r.Store.Entity(ctx, s); e != nil {
			return noEntity(s, err)
		}
	}
	return err
}

// explainTraversal explains a graph error of a path or neighbourhood
// search: an unknown slug as explainSlugs does, and a search that ran out
// of its edge budget (its other limits are checked before it starts).
func (r *Resolver) explainTraversal(ctx context.Context, err error, slugs ...string) error {
	if errors.Is(err, schema.ErrLimit) {
		return schema.Userf(schema.ErrLimit, err, "the search looked at more than %d edges, this server's budget, without finishing; ask for fewer hops, a smaller depth or fewer relations", r.edgeBudget())
	}
	return r.explainSlugs(ctx, err, slugs...)
}

// plural writes n with its noun, singular for one.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
