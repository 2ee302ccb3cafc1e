package server

import (
	"context"
	"net/http"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

// requestReads batches the index reads of one request without waiting for
// a timer: the index is in memory, so a batch is formed from what the
// request has already answered, not from who asks within some window.
//
// A list of links (members, memberships, partners, ...) registers the
// entities of its page as a group under its own field. When a field below
// one of those entities asks for links (each member's memberships, say),
// the first sibling to ask reads the same page for every entity of the
// group, and their far ends' entities, in one graph.Store read; the other
// siblings take their page from that batch. So a nested list costs one read
// per list above it, whatever the pages' sizes and however the executor
// schedules the siblings.
type requestReads struct {
	mu      sync.Mutex
	groups  map[*graphql.FieldContext][]string // list field → slugs of its page's far ends
	batches map[batchKey]*linkBatch
}

// batchKey names one batch: a group and the page asked of each of its
// entities (a LinkPageKey without its slug).
type batchKey struct {
	group *graphql.FieldContext
	page  query.LinkPageKey
}

// linkBatch is one page of links for every entity of a group, read once.
type linkBatch struct {
	once  sync.Once
	index map[string]int // slug → its position in keys
	keys  []query.LinkPageKey
	pages []query.Page[schema.Link]
	errs  []error
	ents  map[string]schema.Entity
}

type readsKey struct{}

// withReads gives every request its own batches, so nothing is kept across
// requests.
func withReads(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rr := &requestReads{groups: map[*graphql.FieldContext][]string{}, batches: map[batchKey]*linkBatch{}}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), readsKey{}, rr)))
	})
}

// register files slugs, the far ends of a page of links, as the group of
// the list field being resolved, for the fields below them to batch on.
func (rr *requestReads) register(ctx context.Context, slugs []string) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || len(slugs) == 0 {
		return
	}
	rr.mu.Lock()
	rr.groups[fc] = slugs
	rr.mu.Unlock()
}

// batch returns the batch that answers k for the field being resolved: the
// one of the nearest list above it, if that list's page holds k.Slug. It
// returns nil when there is none (a field at the top of the request, say).
func (rr *requestReads) batch(ctx context.Context, k query.LinkPageKey) *linkBatch {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil
	}
	rr.mu.Lock()
	defer rr.mu.Unlock()
	for p := fc.Parent; p != nil; p = p.Parent {
		slugs, ok := rr.groups[p]
		if !ok {
			continue
		}
		if !slices.Contains(slugs, k.Slug) {
			return nil
		}
		bk := batchKey{group: p, page: k}
		bk.page.Slug = ""
		b := rr.batches[bk]
		if b == nil {
			b = &linkBatch{index: make(map[string]int, len(slugs))}
			for _, s := range slugs {
				if _, dup := b.index[s]; !dup {
					b.index[s] = len(b.keys)
					one := bk.page
					one.Slug = s
					b.keys = append(b.keys, one)
				}
			}
			rr.batches[bk] = b
		}
		return b
	}
	return nil
}

// links reads one page of links and the entities at their far ends: from
// the batch of its siblings when there is one, else in a read of its own.
func (r *Resolver) links(ctx context.Context, k query.LinkPageKey) (query.Page[schema.Link], map[string]schema.Entity, error) {
	if rr, _ := ctx.Value(readsKey{}).(*requestReads); rr != nil {
		if b := rr.batch(ctx, k); b != nil {
			b.once.Do(func() { b.pages, b.errs, b.ents = r.Store.LinkPagesAndEntities(ctx, b.keys) })
			i := b.index[k.Slug]
			return b.pages[i], b.ents, b.errs[i]
		}
	}
	ps, errs, ents := r.Store.LinkPagesAndEntities(ctx, []query.LinkPageKey{k})
	return ps[0], ents, errs[0]
}

// registerPage makes slugs, the far ends of a page of links, the group of
// the field being resolved.
func (r *Resolver) registerPage(ctx context.Context, slugs []string) {
	if rr, _ := ctx.Value(readsKey{}).(*requestReads); rr != nil {
		rr.register(ctx, slugs)
	}
}

// entitiesBySlug reads entities in one read; a slug without an entity is
// left out.
func (r *Resolver) entitiesBySlug(ctx context.Context, slugs []string) map[string]schema.Entity {
	return r.Store.EntitiesBySlug(ctx, slugs)
}
