package server

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

type mutationResolver struct{ *Resolver }

// Mutation returns the root mutation resolver. Its fields run only for
// requests with the server's bearer token (see authorize).
func (r *Resolver) Mutation() generated.MutationResolver { return mutationResolver{r} }

// errNoToken is answered by a mutation reached without the guard's consent.
var errNoToken = fmt.Errorf("mutations need the server's bearer token: %w", schema.ErrInvalid)

// IngestArticle extracts one raw article and loads its facts as one source.
func (m mutationResolver) IngestArticle(ctx context.Context, u *string, text string, date *schema.Date) (*generated.LoadResult, error) {
	if !authorized(ctx) {
		return nil, errNoToken
	}
	opt := loaders.ExtractOptions{Register: Register(ctx, m.Store)}
	if u != nil {
		if err := checkURL(*u); err != nil {
			return nil, err
		}
		opt.URL = *u
	}
	if date != nil {
		opt.Date = *date
	}
	ff, err := loaders.ExtractArticle("request", []byte(text), opt)
	if err != nil {
		return nil, fmt.Errorf("ingest article: %w", err)
	}
	for _, a := range ff.Articles {
		if strings.HasPrefix(a.URL, "file:") {
			return nil, fmt.Errorf("ingest article: no url argument and no source: line or canonical link in the text: %w", schema.ErrInvalid)
		}
	}
	return m.load(ctx, ff)
}

// LoadFacts validates an article-facts file and loads every article of it.
func (m mutationResolver) LoadFacts(ctx context.Context, yaml string, name *string, register *string) (*generated.LoadResult, error) {
	if !authorized(ctx) {
		return nil, errNoToken
	}
	file := "request"
	if name != nil && *name != "" {
		file = *name
	}
	reg := Register(ctx, m.Store)
	if register != nil && *register != "" {
		extra, err := loaders.ReadRegister(file+" register", []byte(*register))
		if err != nil {
			return nil, err
		}
		if err := reg.Merge(extra); err != nil {
			return nil, fmt.Errorf("load facts %s: register: %v: %w", file, err, schema.ErrInvalid)
		}
	}
	ff, err := loaders.ReadFacts(file, []byte(yaml), loaders.ReadOptions{Register: reg})
	if err != nil {
		return nil, err // every problem as file:line: message
	}
	return m.load(ctx, ff)
}

// RemoveSource removes every quad one source produced.
func (m mutationResolver) RemoveSource(ctx context.Context, u string) (*generated.LoadResult, error) {
	if !authorized(ctx) {
		return nil, errNoToken
	}
	src := quad.IRI(u)
	if len(m.Store.SourceQuads(src)) == 0 {
		return nil, fmt.Errorf("the graph has nothing from %q: %w", u, schema.ErrNotFound)
	}
	ch, err := m.Store.RemoveSource(ctx, src)
	if err != nil {
		return nil, fmt.Errorf("remove source %s: %w", u, err)
	}
	res := &generated.LoadResult{Articles: 1, QuadsAdded: ch.Added, QuadsRemoved: ch.Removed, Sources: []string{u}}
	noteChange(ctx, res)
	return res, nil
}

// load writes a validated facts file and counts what it did. When a
// write fails, the audit trail still gets the file's sources and what was
// written before the failure (Articles, the quads).
func (m mutationResolver) load(ctx context.Context, ff *loaders.FactsFile) (*generated.LoadResult, error) {
	res, err := LoadFacts(ctx, m.Store, ff)
	out := &generated.LoadResult{Articles: res.Articles, Facts: res.Facts, QuadsAdded: res.Added, QuadsRemoved: res.Removed, Sources: []string{}}
	for _, a := range ff.Articles {
		out.Sources = append(out.Sources, a.URL)
	}
	noteChange(ctx, out)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkURL accepts an absolute URL with a host, as article URLs are.
func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return fmt.Errorf("url %q is not an absolute URL: %w", s, schema.ErrInvalid)
	}
	return nil
}
