package curate

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// Queue is the review queue of one store. Its methods are safe for
// concurrent use.
type Queue struct {
	store *graph.Store
	// AutoAccept, when above 0, accepts every extracted candidate whose
	// confidence is at least it, as machine-accepted by ActorAutoAccept.
	AutoAccept float64
	// Now tells the time; nil means time.Now.
	Now func() time.Time
	mu  sync.Mutex
}

// New returns the review queue of store.
func New(store *graph.Store) *Queue { return &Queue{store: store} }

func (q *Queue) now() time.Time {
	if q.Now != nil {
		return q.Now()
	}
	return time.Now()
}

// IngestResult counts what Ingest did.
type IngestResult struct {
	// Sources names the articles, in input order.
	Sources []quad.IRI
	// Candidates counts the candidates the articles have now; Accepted
	// those of them accepted (before or by the threshold), so in the graph.
	Candidates, Accepted int
	graph.Change
}

// Ingest queues the facts of every article of ff (as extracted from a raw
// article whose story text is text) as candidates, by actor. A candidate
// the queue has keeps its state: a rejected one stays rejected, an
// accepted one stays in the graph, a pending one takes the new evidence
// and confidence. New and pending candidates are accepted when the
// threshold (AutoAccept) lets them, else pending.
func (q *Queue) Ingest(ctx context.Context, ff *facts.File, text, actor string) (IngestResult, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := q.now()
	at := stamp(now)
	disc := map[string]bool{}
	var discovered []schema.Entity
	for _, d := range ff.Discovered {
		disc[d.Slug] = true
		discovered = append(discovered, d.Entity)
	}
	var res IngestResult
	var batch []schema.Source
	for _, a := range ff.Articles {
		art, _, err := q.read(a.URL)
		if err != nil {
			return res, err
		}
		if art == nil {
			art = &article{cands: map[string]*record{}}
		}
		art.Article = schema.Article{URL: a.URL, Title: a.Title, Publisher: a.Publisher, Date: a.Date}
		art.text = text
		art.discovered = mergeEntities(art.discovered, discovered)
		var registered []schema.Entity
		for _, f := range a.Facts {
			for _, id := range facts.EntityIDs(f) {
				if e, ok := ff.Register.Lookup(id); ok && !disc[id] {
					registered = append(registered, e)
				}
			}
		}
		art.registered = mergeEntities(art.registered, registered)
		var events []schema.Event
		for _, f := range a.Facts {
			fresh := candidateOf(art, f, disc, at)
			r := art.cands[fresh.ID]
			switch {
			case r == nil:
				r = fresh
				art.cands[r.ID] = r
			case r.State == schema.CandidatePending:
				r.Confidence, r.Evidence, r.RuleFamily, r.ExtractedAt = fresh.Confidence, fresh.Evidence, fresh.RuleFamily, at
				r.fact.Evidence, r.fact.Confidence, r.fact.Rule = f.Evidence, f.Confidence, f.Rule
			}
			if r.State == schema.CandidatePending && q.AutoAccept > 0 && f.Confidence >= q.AutoAccept {
				r.State, r.MachineAccepted = schema.CandidateAccepted, true
				r.ReviewedBy, r.ReviewedAt = ActorAutoAccept, at
				e := NewEvent(schema.EventCandidateAccepted, ActorAutoAccept, now)
				e.Source, e.CandidateID, e.Slugs = a.URL, r.ID, slugsOf(r.fact)
				events = append(events, e)
			}
		}
		srcs, err := q.sources(ctx, art, len(events) > 0, actor, now)
		if err != nil {
			return res, err
		}
		batch = append(batch, srcs...)
		for _, e := range events {
			batch = append(batch, EventSource(e))
		}
		res.Sources = append(res.Sources, a.IRI())
		res.Candidates += len(art.cands)
		for _, r := range art.cands {
			if r.State == schema.CandidateAccepted {
				res.Accepted++
			}
		}
	}
	ch, err := q.store.ReplaceSources(ctx, batch)
	res.Change = ch
	if err != nil {
		return res, fmt.Errorf("curate: queue %s: %w", what(res.Sources), err)
	}
	return res, nil
}

func what(srcs []quad.IRI) string {
	if len(srcs) == 1 {
		return string(srcs[0])
	}
	return fmt.Sprintf("%d articles", len(srcs))
}

// mergeEntities is old plus the entities of add it lacks.
func mergeEntities(old, add []schema.Entity) []schema.Entity {
	have := discoveredSet(old)
	for _, e := range add {
		if !have[e.Slug] {
			old = append(old, e)
			have[e.Slug] = true
		}
	}
	sort.Slice(old, func(i, j int) bool { return old[i].Slug < old[j].Slug })
	return old
}

func slugsOf(f schema.Fact) []string {
	ids := facts.EntityIDs(f)
	sort.Strings(ids)
	return ids
}

// read reads the candidates of the article at url; nil when it has none.
func (q *Queue) read(url string) (*article, bool, error) {
	return readArticle(q.store.SourceQuads(LabelOf(url)))
}

// sources are the labels that writing art changes: its candidates label
// and, when writeArticle, its source label with exactly its accepted facts
// (and a SOURCE_WRITTEN event when that changes the source).
func (q *Queue) sources(ctx context.Context, art *article, writeArticle bool, actor string, now time.Time) ([]schema.Source, error) {
	cq, err := art.quads()
	if err != nil {
		return nil, err
	}
	out := []schema.Source{{IRI: LabelOf(art.URL), Quads: cq}}
	if !writeArticle {
		return out, nil
	}
	src := q.articleSource(ctx, art)
	out = append(out, src)
	if !sameQuads(q.store.SourceQuads(src.IRI), src.Quads) {
		// A nanosecond after the decision that caused it, so that
		// history, sorted by time, shows the decision first.
		out = append(out, EventSource(WrittenEvent(actor, src, now.Add(time.Nanosecond))))
	}
	return out, nil
}

// articleSource is the source label of art: the article and its accepted
// facts, each statement node saying who accepted it and when. With no
// accepted fact it is empty, which removes the source.
func (q *Queue) articleSource(ctx context.Context, art *article) schema.Source {
	iri := quad.IRI(art.URL)
	reg := &schema.Register{}
	for _, e := range q.store.Entities(ctx) {
		reg.Add(e)
	}
	for _, e := range append(append([]schema.Entity(nil), art.discovered...), art.registered...) {
		if _, ok := reg.Lookup(e.Slug); !ok {
			reg.Add(e)
		}
	}
	ids := make([]string, 0, len(art.cands))
	for id, r := range art.cands {
		if r.State == schema.CandidateAccepted {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return schema.Source{IRI: iri}
	}
	sort.Strings(ids)
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	add := func(qs ...quad.Quad) {
		for _, x := range qs {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	for _, id := range ids {
		r := art.cands[id]
		a := art.Article
		a.Facts = []schema.Fact{r.fact}
		qs := facts.Quads(a, reg)
		add(qs...)
		for _, x := range qs {
			if x.Predicate == schema.WasDerivedFrom {
				add(quad.Quad{Subject: x.Subject, Predicate: schema.ReviewedBy, Object: quad.String(r.ReviewedBy), Label: iri},
					quad.Quad{Subject: x.Subject, Predicate: schema.ReviewedAt, Object: quad.String(r.ReviewedAt), Label: iri})
			}
		}
	}
	sort.Sort(quad.ByQuadString(out))
	return schema.Source{IRI: iri, Quads: out}
}

func sameQuads(a, b []quad.Quad) bool {
	if len(a) != len(b) {
		return false
	}
	set := make(map[quad.Quad]bool, len(a))
	for _, x := range a {
		set[x] = true
	}
	for _, x := range b {
		if !set[x] {
			return false
		}
	}
	return true
}

// Filter selects candidates; a zero field selects all.
type Filter struct {
	State         schema.CandidateState
	Source        string // the article's URL
	Relation      schema.Relation
	MinConfidence float64
}

// Candidates returns the candidates f selects, oldest extraction first
// (then by article and id).
func (q *Queue) Candidates(ctx context.Context, f Filter) ([]schema.Candidate, error) {
	labels := q.store.Labels(schema.CandidatesNS)
	if f.Source != "" {
		labels = []quad.IRI{LabelOf(f.Source)}
	}
	var out []schema.Candidate
	for _, l := range labels {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		art, ok, err := readArticle(q.store.SourceQuads(l))
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		for _, r := range art.cands {
			q.known(ctx, r)
			switch {
			case f.State != "" && r.State != f.State,
				f.Relation != "" && r.Relation != f.Relation,
				r.Confidence < f.MinConfidence:
				continue
			}
			out = append(out, r.Candidate)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.ExtractedAt != b.ExtractedAt {
			return a.ExtractedAt < b.ExtractedAt
		}
		if a.Article.URL != b.Article.URL {
			return a.Article.URL < b.Article.URL
		}
		return a.ID < b.ID
	})
	return out, nil
}

// Candidate returns the candidate with id, and ErrNotFound when there is
// none.
func (q *Queue) Candidate(ctx context.Context, id string) (schema.Candidate, error) {
	_, r, err := q.find(ctx, id)
	if err != nil {
		return schema.Candidate{}, err
	}
	return r.Candidate, nil
}

// find finds the candidate with id and its article.
func (q *Queue) find(ctx context.Context, id string) (*article, *record, error) {
	n := quad.IRI(schema.CandidateNS + id)
	for _, l := range q.store.Labels(schema.CandidatesNS) {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		qs := q.store.SourceQuads(l)
		if !hasSubject(qs, n) {
			continue
		}
		art, _, err := readArticle(qs)
		if err != nil {
			return nil, nil, err
		}
		q.known(ctx, art.cands[id])
		return art, art.cands[id], nil
	}
	return nil, nil, fmt.Errorf("curate: candidate %s: %w", id, schema.ErrNotFound)
}

// known gives r's arguments the slugs of entities the extractor discovered
// that the graph has since come to know (a fact naming them was accepted).
func (q *Queue) known(ctx context.Context, r *record) {
	for _, p := range []struct {
		arg *schema.CandidateArgument
		m   schema.Mention
	}{{&r.Subject, r.fact.Subject}, {&r.Object, r.fact.Object}} {
		if p.arg.Slug != "" || p.m.ID == "" {
			continue
		}
		if _, err := q.store.Entity(ctx, p.m.ID); err == nil {
			p.arg.Slug = p.m.ID
		}
	}
}

func hasSubject(qs []quad.Quad, s quad.IRI) bool {
	for _, x := range qs {
		if x.Subject == s {
			return true
		}
	}
	return false
}

// Edit corrects a candidate before it is accepted; a zero field keeps
// the extractor's value. Subject and Object are an entity's slug, or a
// new name (a new entity of the first type the relation allows there).
type Edit struct {
	Relation        schema.Relation
	Subject, Object string
	Since, Until    schema.Date
	Role            *string
}

// Accept accepts the candidate with id, corrected by edit, by actor: its
// fact joins its article's source. Accepting an accepted candidate with no
// edit changes nothing. The Change counts the quads written, the queue's
// and the history's included.
func (q *Queue) Accept(ctx context.Context, id string, edit Edit, actor string) (schema.Candidate, graph.Change, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	art, r, err := q.find(ctx, id)
	if err != nil {
		return schema.Candidate{}, graph.Change{}, err
	}
	edited, err := q.apply(ctx, art, r, edit)
	if err != nil {
		return schema.Candidate{}, graph.Change{}, err
	}
	if r.State == schema.CandidateAccepted && !edited {
		return r.Candidate, graph.Change{}, nil
	}
	now := q.now()
	r.State, r.MachineAccepted, r.Reason = schema.CandidateAccepted, false, ""
	r.ReviewedBy, r.ReviewedAt = actor, stamp(now)
	e := NewEvent(schema.EventCandidateAccepted, actor, now)
	e.Source, e.CandidateID, e.Slugs = art.URL, id, slugsOf(r.fact)
	return q.commit(ctx, art, r, actor, now, e)
}

// Reject rejects the candidate with id, by actor, for reason (may be
// empty): an accepted one leaves its article's source.
func (q *Queue) Reject(ctx context.Context, id, reason, actor string) (schema.Candidate, graph.Change, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	art, r, err := q.find(ctx, id)
	if err != nil {
		return schema.Candidate{}, graph.Change{}, err
	}
	if r.State == schema.CandidateRejected && r.Reason == reason {
		return r.Candidate, graph.Change{}, nil
	}
	now := q.now()
	r.State, r.MachineAccepted, r.Reason = schema.CandidateRejected, false, reason
	r.ReviewedBy, r.ReviewedAt = actor, stamp(now)
	e := NewEvent(schema.EventCandidateRejected, actor, now)
	e.Source, e.CandidateID, e.Slugs, e.Reason = art.URL, id, slugsOf(r.fact), reason
	return q.commit(ctx, art, r, actor, now, e)
}

// commit writes art, whose candidate r changed, with event e.
func (q *Queue) commit(ctx context.Context, art *article, r *record, actor string, now time.Time, e schema.Event) (schema.Candidate, graph.Change, error) {
	srcs, err := q.sources(ctx, art, true, actor, now)
	if err != nil {
		return schema.Candidate{}, graph.Change{}, err
	}
	srcs = append(srcs, EventSource(e))
	ch, err := q.store.ReplaceSources(ctx, srcs)
	if err != nil {
		return schema.Candidate{}, ch, fmt.Errorf("curate: %s %s: %w", e.Kind, r.ID, err)
	}
	return r.Candidate, ch, nil
}

// apply corrects r's fact by edit; it reports whether anything changed.
func (q *Queue) apply(ctx context.Context, art *article, r *record, edit Edit) (bool, error) {
	f := r.fact
	if edit.Relation != "" {
		if _, ok := edit.Relation.Spec(); !ok {
			return false, schema.Userf(schema.ErrInvalid, nil, "relation %q is not one of the model's", edit.Relation)
		}
		f.Relation = edit.Relation
	}
	if edit.Role != nil {
		switch {
		case *edit.Role == RoleFounding && (f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember):
			f.Relation = schema.RelFoundingMember
		case *edit.Role == "" && f.Relation == schema.RelFoundingMember:
			f.Relation = schema.RelMemberOf
		case *edit.Role != "":
			return false, schema.Userf(schema.ErrInvalid, nil, "role %q: the only role is %q, of a membership", *edit.Role, RoleFounding)
		}
	}
	spec, _ := f.Relation.Spec()
	var err error
	if edit.Subject != "" {
		if f.Subject, err = q.mention(ctx, art, edit.Subject, spec.SubjectTypes); err != nil {
			return false, err
		}
	}
	if edit.Object != "" {
		if spec.PartnersRole != "" {
			return false, schema.Userf(schema.ErrInvalid, nil, "the partners of a joint venture cannot be edited yet; reject the candidate instead")
		}
		if f.Object, err = q.mention(ctx, art, edit.Object, spec.ObjectTypes); err != nil {
			return false, err
		}
	}
	if !edit.Since.IsZero() {
		if f.Relation == schema.RelFounded {
			f.Date = edit.Since
		} else {
			f.Since = edit.Since
		}
	}
	if !edit.Until.IsZero() {
		f.Until = edit.Until
	}
	before, _ := json.Marshal(r.fact)
	after, _ := json.Marshal(f)
	if string(before) == string(after) {
		return false, nil
	}
	if err := q.checkTypes(ctx, art, f, spec); err != nil {
		return false, err
	}
	if f.Extractor != "" && !strings.HasSuffix(f.Extractor, "+review") {
		f.Extractor += "+review" // the fact is no longer the extractor's alone
	}
	r.fact = f
	r.describe(discoveredSet(art.discovered))
	return true, nil
}

// checkTypes refuses an edited fact whose arguments are entities of a type
// its relation does not take there (a company as a CEO).
func (q *Queue) checkTypes(ctx context.Context, art *article, f schema.Fact, spec schema.RelationSpec) error {
	typeOf := func(slug string) schema.EntityType {
		if e, err := q.store.Entity(ctx, slug); err == nil {
			return e.Type
		}
		e, _ := art.entity(slug)
		return e.Type
	}
	for _, a := range []struct {
		m     schema.Mention
		types []schema.EntityType
		pos   string
	}{{f.Subject, spec.SubjectTypes, "subject"}, {f.Object, spec.ObjectTypes, "object"}} {
		if a.m.ID == "" || len(a.types) == 0 {
			continue
		}
		if t := typeOf(a.m.ID); t != "" && !slices.Contains(a.types, t) {
			return schema.Userf(schema.ErrInvalid, nil, "the %s of %s cannot be %q, a %s", a.pos, f.Relation, a.m.ID, t)
		}
	}
	return nil
}

// mention is the argument s names: the entity with slug s, or a new entity
// named s of the first of types.
func (q *Queue) mention(ctx context.Context, art *article, s string, types []schema.EntityType) (schema.Mention, error) {
	if e, err := q.store.Entity(ctx, s); err == nil {
		return schema.Mention{ID: e.Slug, Text: e.Name}, nil
	}
	if e, ok := art.entity(s); ok {
		return schema.Mention{ID: e.Slug, Text: e.Name}, nil
	}
	for _, e := range art.discovered {
		if e.Name == s {
			return schema.Mention{ID: e.Slug, Text: e.Name}, nil
		}
	}
	slug := facts.Slugify(s)
	if slug == "" || len(types) == 0 {
		return schema.Mention{}, schema.Userf(schema.ErrInvalid, nil, "%q names no entity of the graph and makes no slug", s)
	}
	if e, err := q.store.Entity(ctx, slug); err == nil {
		return schema.Mention{ID: e.Slug, Text: s}, nil
	}
	art.discovered = mergeEntities(art.discovered, []schema.Entity{{Slug: slug, Name: s, Type: types[0]}})
	return schema.Mention{ID: slug, Text: s}, nil
}
