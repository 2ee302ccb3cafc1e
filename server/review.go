package server

import (
	"context"
	"errors"
	"strings"

	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// The review queue and the history (graph/curate). Every field here needs a
// token (authorize) and marks its answer private, out of the response cache.

func (q queryResolver) Candidates(ctx context.Context, state *generated.CandidateState, source *string, relation *generated.Relation, minConfidence *float64, first *int, after *string) (*generated.CandidateConnection, error) {
	if !allowed(ctx, RoleReader) {
		return nil, errNoToken
	}
	private(ctx)
	pq, err := page{first: first, after: after}.pageQuery()
	if err != nil {
		return nil, err
	}
	var f curate.Filter
	if state != nil {
		f.State = candidateStateOf(*state)
	}
	if source != nil {
		f.Source = *source
	}
	if relation != nil {
		f.Relation = relationOf(*relation)
	}
	if minConfidence != nil {
		f.MinConfidence = *minConfidence
	}
	cs, err := q.Queue.Candidates(ctx, f)
	if err != nil {
		return nil, err
	}
	p, err := query.PageOf(cs, func(i int) string { return candidateKey(cs[i]) }, pq)
	if err != nil {
		return nil, err
	}
	return &generated.CandidateConnection{TotalCount: p.Total, PageInfo: pageInfo(p.Window, p.Keys),
		Edges: edges(p, func(c string, it *schema.Candidate) generated.CandidateEdge {
			return generated.CandidateEdge{Cursor: c, Node: it}
		})}, nil
}

// candidateKey orders candidates as curate.Queue.Candidates lists them.
func candidateKey(c schema.Candidate) string {
	return c.ExtractedAt + "\x00" + c.Article.URL + "\x00" + c.ID
}

// candidateStateOf is the domain's state for an enum value.
func candidateStateOf(s generated.CandidateState) schema.CandidateState {
	for k, v := range stateEnums {
		if v == s {
			return k
		}
	}
	return ""
}

func (q queryResolver) Candidate(ctx context.Context, id string) (*schema.Candidate, error) {
	if !allowed(ctx, RoleReader) {
		return nil, errNoToken
	}
	private(ctx)
	c, err := q.candidate(ctx, id)
	if errors.Is(err, schema.ErrNotFound) {
		return nil, nil
	}
	return c, err
}

// reviewKey is the store's key of a review object's id: its global id, or
// the key itself (16 hex digits), as the history export writes it.
func reviewKey(id, want string) (string, error) {
	if len(id) == 16 && strings.Trim(id, "0123456789abcdef") == "" {
		return id, nil
	}
	typ, key, err := parseID(id)
	if err != nil {
		return "", err
	}
	if typ != want {
		return "", schema.Userf(schema.ErrInvalid, nil, "%q is the id of a %s, not of a %s", id, typ, want)
	}
	return key, nil
}

// candidate fetches a candidate by its id.
func (r *Resolver) candidate(ctx context.Context, id string) (*schema.Candidate, error) {
	key, err := reviewKey(id, candidateType)
	if err != nil {
		return nil, err
	}
	c, err := r.Queue.Candidate(ctx, key)
	if errors.Is(err, schema.ErrNotFound) {
		return nil, schema.Userf(schema.ErrNotFound, err, "there is no candidate %q", id)
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func (q queryResolver) History(ctx context.Context, slug *string, source *string, first *int, after *string) (*generated.HistoryConnection, error) {
	if !allowed(ctx, RoleReader) {
		return nil, errNoToken
	}
	private(ctx)
	pq, err := page{first: first, after: after}.pageQuery()
	if err != nil {
		return nil, err
	}
	var f curate.HistoryFilter
	if slug != nil {
		f.Slug = *slug
	}
	if source != nil {
		f.Source = *source
	}
	es, err := curate.History(ctx, q.Store, f)
	if err != nil {
		return nil, err
	}
	p, err := query.PageOf(es, func(i int) string { return es[i].At + "\x00" + es[i].ID }, pq)
	if err != nil {
		return nil, err
	}
	return &generated.HistoryConnection{TotalCount: p.Total, PageInfo: pageInfo(p.Window, p.Keys),
		Edges: edges(p, func(c string, e *schema.Event) generated.HistoryEdge {
			return generated.HistoryEdge{Cursor: c, Node: historyEvent(*e)}
		})}, nil
}

func (q queryResolver) Viewer(ctx context.Context) (*generated.Viewer, error) {
	st := stateOf(ctx)
	if st == nil || st.auth != authOK {
		return nil, nil
	}
	private(ctx)
	return &generated.Viewer{ID: st.token, Role: st.role.String()}, nil
}

// actor is who the request's token says is acting.
func actor(ctx context.Context) string {
	if st := stateOf(ctx); st != nil {
		return st.token
	}
	return ""
}

func (m mutationResolver) AcceptCandidate(ctx context.Context, id string, edit *generated.CandidateEdit) (*schema.Candidate, error) {
	if !allowed(ctx, RoleCurator) {
		return nil, errNoToken
	}
	private(ctx)
	c, err := m.candidate(ctx, id)
	if err != nil {
		return nil, err
	}
	var e curate.Edit
	if edit != nil {
		if edit.Relation != nil {
			e.Relation = relationOf(*edit.Relation)
		}
		if edit.Subject != nil {
			e.Subject = *edit.Subject
		}
		if edit.Object != nil {
			e.Object = *edit.Object
		}
		if edit.Since != nil {
			e.Since = *edit.Since
		}
		if edit.Until != nil {
			e.Until = *edit.Until
		}
		e.Role = edit.Role
	}
	out, ch, err := m.Queue.Accept(ctx, c.ID, e, actor(ctx))
	noteChange(ctx, &generated.LoadResult{Sources: []string{c.Article.URL}, QuadsAdded: ch.Added, QuadsRemoved: ch.Removed})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

func (m mutationResolver) RejectCandidate(ctx context.Context, id string, reason *string) (*schema.Candidate, error) {
	if !allowed(ctx, RoleCurator) {
		return nil, errNoToken
	}
	private(ctx)
	c, err := m.candidate(ctx, id)
	if err != nil {
		return nil, err
	}
	why := ""
	if reason != nil {
		why = *reason
	}
	out, ch, err := m.Queue.Reject(ctx, c.ID, why, actor(ctx))
	noteChange(ctx, &generated.LoadResult{Sources: []string{c.Article.URL}, QuadsAdded: ch.Added, QuadsRemoved: ch.Removed})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

func (m mutationResolver) Restore(ctx context.Context, event string) (*generated.HistoryEvent, error) {
	if !allowed(ctx, RoleAdmin) {
		return nil, errNoToken
	}
	private(ctx)
	key, err := reviewKey(event, eventType)
	if err != nil {
		return nil, err
	}
	e, err := m.Queue.Restore(ctx, key, actor(ctx))
	if errors.Is(err, schema.ErrNotFound) {
		return nil, schema.Userf(schema.ErrNotFound, err, "there is no history event %q", event)
	}
	if err != nil {
		return nil, err
	}
	noteChange(ctx, &generated.LoadResult{Sources: []string{e.Source}})
	return historyEvent(e), nil
}
