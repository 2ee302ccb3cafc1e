package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Founded returns the founding date links of an entity (one per distinct
// date; more than one means the sources disagree, and each is marked
// Disputed), plus undated founding statements as a link with a zero Date.
func (s *Store) Founded(ctx context.Context, slug string) ([]schema.Link, error) {
	s.rlock()
	defer s.mu.RUnlock()
	id, ok := s.idx.id(schema.EntityIRI(slug))
	if !ok {
		return nil, fmt.Errorf("graph: founded %s: %w", slug, schema.ErrNotFound)
	}
	var out []schema.Link
	if p, ok := s.idx.id(schema.FoundingDate); ok {
		for _, t := range s.idx.out[id] {
			if t.p == p {
				if l, ok := s.idx.link(schema.RelFounded, t); ok {
					out = append(out, l)
				}
			}
		}
	}
	if len(out) > 1 {
		var values []string
		for _, l := range out {
			values = append(values, "date="+l.Date.String())
		}
		sort.Strings(values)
		for i := range out {
			out[i].Disputed, out[i].Values = true, values
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date.Start().Before(out[j].Date.Start()) })
	if undated := s.idx.undatedFoundings(id); len(undated.Sources) > 0 {
		out = append(out, undated)
	}
	return out, nil
}

// Article returns the metadata of the article with the given URL (no facts),
// or an error wrapping schema.ErrNotFound.
func (s *Store) Article(ctx context.Context, url string) (schema.Article, error) {
	s.rlock()
	defer s.mu.RUnlock()
	id, ok := s.idx.id(quad.IRI(url))
	if !ok || !s.idx.hasType(id, schema.ClassArticle) {
		return schema.Article{}, fmt.Errorf("graph: article %s: %w", url, schema.ErrNotFound)
	}
	return s.idx.article(id), nil
}

// Articles returns every article, newest first, then by URL.
func (s *Store) Articles(ctx context.Context) []schema.Article {
	s.rlock()
	defer s.mu.RUnlock()
	typ, ok1 := s.idx.id(schema.RDFType)
	class, ok2 := s.idx.id(schema.ClassArticle)
	if !ok1 || !ok2 {
		return nil
	}
	var out []schema.Article
	for _, id := range s.idx.subjects(typ, class) {
		out = append(out, s.idx.article(id))
	}
	sort.Slice(out, func(i, j int) bool {
		if di, dj := out[i].Date.Start(), out[j].Date.Start(); !di.Equal(dj) {
			return di.After(dj)
		}
		return out[i].URL < out[j].URL
	})
	return out
}

func (x *index) hasType(id nodeID, class quad.IRI) bool {
	typ, ok1 := x.id(schema.RDFType)
	c, ok2 := x.id(class)
	if !ok1 || !ok2 {
		return false
	}
	for _, t := range x.out[id] {
		if t.p == typ && t.o == c {
			return true
		}
	}
	return false
}

// FactFilter selects statements; empty fields match anything.
type FactFilter struct {
	Subject  string // slug of the subject (for a joint venture, the venture)
	Relation schema.Relation
	Object   string // slug of an object (a partner, for a joint venture)
	Source   string // article URL
}

// Facts returns the statements that match f, in a stable order (source URL,
// then relation, subject and objects). Each is one fact of one article, with
// its qualifiers and its single source, whatever its modality.
func (s *Store) Facts(ctx context.Context, f FactFilter) ([]schema.Statement, error) {
	if f.Relation != "" {
		if _, ok := f.Relation.Spec(); !ok {
			return nil, fmt.Errorf("graph: facts: unknown relation %q: %w", f.Relation, schema.ErrInvalid)
		}
	}
	s.rlock()
	defer s.mu.RUnlock()
	x := s.idx
	var candidates []nodeID
	switch {
	case f.Subject != "":
		id, ok1 := x.id(schema.EntityIRI(f.Subject))
		p, ok2 := x.id(schema.RDFSubject)
		if ok1 && ok2 {
			candidates = x.subjects(p, id)
		}
	case f.Object != "":
		id, ok1 := x.id(schema.EntityIRI(f.Object))
		p, ok2 := x.id(schema.RDFObject)
		if ok1 && ok2 {
			candidates = x.subjects(p, id)
		}
	case f.Source != "":
		id, ok1 := x.id(quad.IRI(f.Source))
		p, ok2 := x.id(schema.WasDerivedFrom)
		if ok1 && ok2 {
			candidates = x.subjects(p, id)
		}
	default:
		typ, ok1 := x.id(schema.RDFType)
		c, ok2 := x.id(schema.ClassStatement)
		if ok1 && ok2 {
			candidates = x.subjects(typ, c)
		}
	}
	var out []schema.Statement
	for _, st := range candidates {
		q := x.qualifiers(st)
		sm := x.statement(st, q)
		if (f.Relation != "" && sm.Relation != f.Relation) ||
			(f.Subject != "" && sm.Subject != f.Subject) ||
			(f.Object != "" && !slices.Contains(sm.Objects, f.Object)) ||
			(f.Source != "" && q.source.URL != f.Source) {
			continue
		}
		out = append(out, sm)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Link.Sources[0].URL != b.Link.Sources[0].URL {
			return a.Link.Sources[0].URL < b.Link.Sources[0].URL
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return fmt.Sprint(a.Objects) < fmt.Sprint(b.Objects)
	})
	return out, nil
}

// statement turns a statement node into a schema.Statement.
func (x *index) statement(st nodeID, q stmt) schema.Statement {
	sm := schema.Statement{IRI: x.vals[st].(quad.IRI), Relation: q.rel}
	if iri, ok := x.vals[q.subject].(quad.IRI); ok {
		sm.Subject, _ = schema.SlugOf(iri)
	}
	for _, o := range q.objects {
		if iri, ok := x.vals[o].(quad.IRI); ok {
			if slug, ok := schema.SlugOf(iri); ok {
				sm.Objects = append(sm.Objects, slug)
			}
		}
	}
	sm.Link = schema.Link{Relation: q.rel, From: sm.Subject, Since: q.since, Until: q.until, Date: q.date,
		Topic: q.topic, Amount: q.amount, Purpose: q.purpose, Share: q.share, Modality: q.modality,
		Sources: []schema.Source{q.source}}
	if len(sm.Objects) > 0 {
		sm.Link.To = sm.Objects[0]
	}
	if q.rel == schema.RelFoundingMember {
		sm.Link.Role = schema.RoleFoundingMember
	}
	return sm
}

// Fact returns the statement with the given IRI, or an error wrapping
// schema.ErrNotFound.
func (s *Store) Fact(ctx context.Context, iri quad.IRI) (schema.Statement, error) {
	s.rlock()
	defer s.mu.RUnlock()
	if id, ok := s.idx.id(iri); ok && s.idx.hasType(id, schema.ClassStatement) {
		return s.idx.statement(id, s.idx.qualifiers(id)), nil
	}
	return schema.Statement{}, fmt.Errorf("graph: fact %s: %w", iri, schema.ErrNotFound)
}

// undatedFoundings gathers the founding statements about id that give no
// date into one link.
func (x *index) undatedFoundings(id nodeID) schema.Link {
	from, _ := schema.SlugOf(x.vals[id].(quad.IRI))
	l := schema.Link{Relation: schema.RelFounded, From: from, Modality: schema.Asserted}
	rs, ok := x.id(schema.RDFSubject)
	if !ok {
		return l
	}
	for _, st := range x.subjects(rs, id) {
		if q := x.qualifiers(st); q.rel == schema.RelFounded && q.date.IsZero() {
			l.Sources = append(l.Sources, q.source)
		}
	}
	sortSources(l.Sources)
	return l
}
