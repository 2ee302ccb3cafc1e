package server

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

// requestLoaders batch the store reads of one request: every nested list on
// a page (each member's memberships, say) asks the pages loader, which
// answers all of a tick's keys with one graph.Store.LinkPages read; entities
// likewise.
type requestLoaders struct {
	pages    *dataloadgen.Loader[query.LinkPageKey, query.Page[schema.Link]]
	entities *dataloadgen.Loader[string, schema.Entity]
}

type loadersKey struct{}

func newLoaders(store *graph.Store) *requestLoaders {
	return &requestLoaders{
		pages: dataloadgen.NewLoader(func(ctx context.Context, keys []query.LinkPageKey) ([]query.Page[schema.Link], []error) {
			return store.LinkPages(ctx, keys)
		}, dataloadgen.WithWait(200*time.Microsecond)),
		entities: dataloadgen.NewLoader(func(ctx context.Context, slugs []string) ([]schema.Entity, []error) {
			found := store.EntitiesBySlug(ctx, slugs)
			out, errs := make([]schema.Entity, len(slugs)), make([]error, len(slugs))
			for i, s := range slugs {
				var ok bool
				if out[i], ok = found[s]; !ok {
					errs[i] = noEntity(s, nil)
				}
			}
			return out, errs
		}, dataloadgen.WithWait(200*time.Microsecond)),
	}
}

// withLoaders gives every request its own loaders, so nothing is cached
// across requests.
func withLoaders(store *graph.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(store))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// entitiesBySlug fetches entities through the request's loader when there is
// one; a slug without an entity is left out.
func (r *Resolver) entitiesBySlug(ctx context.Context, slugs []string) map[string]schema.Entity {
	l, ok := ctx.Value(loadersKey{}).(*requestLoaders)
	if !ok {
		return r.Store.EntitiesBySlug(ctx, slugs)
	}
	out := make(map[string]schema.Entity, len(slugs))
	thunks := make([]func() (schema.Entity, error), len(slugs))
	for i, s := range slugs {
		thunks[i] = l.entities.LoadThunk(ctx, s)
	}
	for i, th := range thunks {
		if e, err := th(); err == nil {
			out[slugs[i]] = e
		}
	}
	return out
}

// linkPage fetches one page of links, through the request's loader when
// there is one.
func (r *Resolver) linkPage(ctx context.Context, k query.LinkPageKey) (query.Page[schema.Link], error) {
	if l, ok := ctx.Value(loadersKey{}).(*requestLoaders); ok {
		return l.pages.Load(ctx, k)
	}
	ps, errs := r.Store.LinkPages(ctx, []query.LinkPageKey{k})
	return ps[0], errs[0]
}
