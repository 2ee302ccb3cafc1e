package server

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

type mutationResolver struct{ *Resolver }

// Mutation returns the root mutation resolver. Its fields run only for
// requests with a bearer token of the role each needs (see authorize).
func (r *Resolver) Mutation() generated.MutationResolver { return mutationResolver{r} }

// errNoToken is answered by a mutation reached without the guard's consent.
var errNoToken = schema.Userf(schema.ErrInvalid, nil, "this field needs a bearer token of a higher role")

// IngestArticle extracts one raw article and queues its facts as
// candidates for review (graph/curate); only accepted ones are in the graph.
func (m mutationResolver) IngestArticle(ctx context.Context, u *string, text string, date *schema.Date) (*generated.LoadResult, error) {
	if !allowed(ctx, RoleCurator) {
		return nil, errNoToken
	}
	opt := extract.ExtractOptions{Register: ingest.Register(ctx, m.Store)}
	if u != nil {
		if err := checkURL(*u); err != nil {
			return nil, err
		}
		opt.URL = *u
	}
	if date != nil {
		opt.Date = *date
	}
	ff, err := extract.ExtractArticle("request", []byte(text), opt)
	if errors.Is(err, schema.ErrInvalid) { // the one input error ExtractArticle documents
		return nil, schema.Userf(schema.ErrInvalid, err, "the article has no text to extract facts from")
	}
	if err != nil {
		return nil, fmt.Errorf("ingest article: %w", err)
	}
	for _, a := range ff.Articles {
		if strings.HasPrefix(a.URL, "file:") {
			return nil, schema.Userf(schema.ErrInvalid, nil, "the article has no URL: pass url, or begin the text with a line \"source: https://...\" (HTML: a canonical link)")
		}
	}
	res, err := m.Queue.Ingest(ctx, ff, extract.Text([]byte(text)), actor(ctx))
	out := &generated.LoadResult{Articles: len(res.Sources), QuadsAdded: res.Added, QuadsRemoved: res.Removed,
		Sources: []string{}, Candidates: res.Candidates, Accepted: res.Accepted}
	for _, a := range ff.Articles {
		out.Facts += len(a.Facts)
		out.Sources = append(out.Sources, a.URL)
	}
	noteChange(ctx, out)
	if err != nil {
		return nil, fmt.Errorf("ingest article: %w", err)
	}
	return out, nil
}

// LoadFacts validates an article-facts file and loads every article of it.
func (m mutationResolver) LoadFacts(ctx context.Context, yaml string, name *string, register *string) (*generated.LoadResult, error) {
	if !allowed(ctx, RoleAdmin) {
		return nil, errNoToken
	}
	file := "request"
	if name != nil && *name != "" {
		file = *name
	}
	reg := ingest.Register(ctx, m.Store)
	if register != nil && *register != "" {
		extra, err := facts.ReadRegister(file+" register", []byte(*register))
		if err != nil {
			return nil, problemsError("the register", err)
		}
		if err := reg.Merge(extra); err != nil {
			return nil, schema.Userf(schema.ErrInvalid, err, "the register disagrees with the graph: %v; nothing was loaded", err)
		}
	}
	ff, err := facts.Read(file, []byte(yaml), facts.ReadOptions{Register: reg})
	if err != nil {
		return nil, problemsError(fmt.Sprintf("the article-facts file %q", file), err)
	}
	return m.load(ctx, ff)
}

// LoadRDF validates an RDF document and loads every source of it.
func (m mutationResolver) LoadRDF(ctx context.Context, data string, format string, name *string) (*generated.LoadResult, error) {
	if !allowed(ctx, RoleAdmin) {
		return nil, errNoToken
	}
	if format != rdf.FormatNQuads && format != rdf.FormatJSONLD {
		return nil, schema.Userf(schema.ErrInvalid, nil, "format %q: want %s or %s", format, rdf.FormatNQuads, rdf.FormatJSONLD)
	}
	file := "request"
	if name != nil && *name != "" {
		file = *name
	}
	srcs, err := rdf.Read(file, []byte(data), rdf.ReadOptions{Format: format})
	if err != nil {
		return nil, problemsError(fmt.Sprintf("the RDF document %q", file), err)
	}
	return m.write(ctx, ingest.Input{Name: file, Sources: srcs})
}

// problemsError explains a file the loaders refused: every problem as
// name:line: message, one a line, after a sentence that says nothing was
// loaded. Other errors are returned as they are.
func problemsError(what string, err error) error {
	var ps loaders.Problems
	if !errors.As(err, &ps) {
		return err
	}
	return schema.Userf(schema.ErrInvalid, nil, "%s has %s; nothing was loaded:\n%s", what, plural(len(ps), "problem"), ps.Error())
}

// RemoveSource removes every quad one source produced.
func (m mutationResolver) RemoveSource(ctx context.Context, u string) (*generated.LoadResult, error) {
	if !allowed(ctx, RoleAdmin) {
		return nil, errNoToken
	}
	removed, err := m.Queue.Remove(ctx, quad.IRI(u), actor(ctx))
	if errors.Is(err, schema.ErrNotFound) {
		return nil, schema.Userf(schema.ErrNotFound, nil, "the graph has no facts from %q", u)
	}
	if err != nil {
		return nil, fmt.Errorf("remove source %s: %w", u, err)
	}
	out := loadResult(ingest.Result{Articles: 1, Sources: []quad.IRI{quad.IRI(u)}, Change: graph.Change{Removed: len(removed)}})
	noteChange(ctx, out)
	return out, nil
}

// load writes a validated facts file.
func (m mutationResolver) load(ctx context.Context, ff *facts.File) (*generated.LoadResult, error) {
	return m.write(ctx, ingest.Input{Name: "request", Facts: ff})
}

// write writes one validated input and counts what it did. When a write
// fails, the audit trail still gets every source of the input and what was
// written before the failure (Articles, the quads).
func (m mutationResolver) write(ctx context.Context, in ingest.Input) (*generated.LoadResult, error) {
	res, err := ingest.Write(ctx, m.Store, []ingest.Input{in}, ingest.Options{Actor: actor(ctx)})
	if errors.Is(err, schema.ErrInvalid) {
		// The input was valid; quads the store refuses are this server's
		// fault, not the client's: INTERNAL, with the details in the log.
		err = fmt.Errorf("load: the store refused the loader's quads: %v", err)
	}
	out := loadResult(res)
	out.Sources = out.Sources[:0]
	if in.Facts != nil {
		for _, a := range in.Facts.Articles {
			out.Sources = append(out.Sources, a.URL)
		}
	}
	for _, src := range in.Sources {
		out.Sources = append(out.Sources, string(src.IRI))
	}
	noteChange(ctx, out)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// loadResult is what a mutation answers for what ingest did: an RDF
// source counts as an article.
func loadResult(res ingest.Result) *generated.LoadResult {
	out := &generated.LoadResult{Articles: res.Articles + res.Graphs, Facts: res.Facts,
		QuadsAdded: res.Added, QuadsRemoved: res.Removed, Sources: []string{}}
	for _, s := range res.Sources {
		out.Sources = append(out.Sources, string(s))
	}
	return out
}

// checkURL accepts an absolute URL with a host, as article URLs are.
func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return schema.Userf(schema.ErrInvalid, err, "url %q is not an absolute URL such as https://example.com/news/1", s)
	}
	return nil
}
