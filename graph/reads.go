package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Direction says which end of a relation an entity is at.
type Direction int

// Directions. Symmetric relations (partnerOf) answer Out and In alike.
const (
	Out  Direction = iota // the entity is the subject ("SK Telecom memberOf ...")
	In                    // the entity is the object ("... memberOf K-AI Alliance")
	Both                  // either
)

// Entity returns the entity with the given slug; it returns an error wrapping
// schema.ErrNotFound when the graph has no typed node of that slug.
func (s *Store) Entity(ctx context.Context, slug string) (schema.Entity, error) {
	s.rlock()
	defer s.mu.RUnlock()
	if id, ok := s.idx.id(schema.EntityIRI(slug)); ok {
		if e, ok := s.idx.entity(id); ok {
			return e, nil
		}
	}
	return schema.Entity{}, fmt.Errorf("graph: entity %q: %w", slug, schema.ErrNotFound)
}

// Entities returns every entity of the given types (all types when none is
// given), sorted by name then slug.
func (s *Store) Entities(ctx context.Context, types ...schema.EntityType) []schema.Entity {
	if len(types) == 0 {
		types = schema.EntityTypes
	}
	s.rlock()
	defer s.mu.RUnlock()
	var out []schema.Entity
	seen := make(map[nodeID]bool)
	typ, ok := s.idx.id(schema.RDFType)
	if !ok {
		return nil
	}
	for _, t := range types {
		class, ok := s.idx.id(t.Class())
		if !ok {
			continue
		}
		for _, id := range s.idx.subjects(typ, class) {
			if seen[id] {
				continue
			}
			seen[id] = true
			if e, ok := s.idx.entity(id); ok {
				out = append(out, e)
			}
		}
	}
	sortEntities(out)
	return out
}

func sortEntities(es []schema.Entity) {
	sort.Slice(es, func(i, j int) bool {
		a, b := schema.Fold(es[i].Name), schema.Fold(es[j].Name)
		if a != b {
			return a < b
		}
		return es[i].Slug < es[j].Slug
	})
}

// entity reads the entity at id: its type, name and aliases. It reports
// false for a node that is not a typed entity.
func (x *index) entity(id nodeID) (schema.Entity, bool) {
	iri, ok := x.vals[id].(quad.IRI)
	if !ok {
		return schema.Entity{}, false
	}
	slug, ok := schema.SlugOf(iri)
	if !ok {
		return schema.Entity{}, false
	}
	e := schema.Entity{Slug: slug}
	var aliases []string
	for _, t := range x.out[id] {
		switch x.term[t.p] {
		case termType:
			if c, ok := x.vals[t.o].(quad.IRI); ok {
				if typ := schema.TypeOfClass(c); typ != "" {
					e.Type = typ
				}
			}
		case termName:
			if n, ok := literalText(x.vals[t.o]); ok && (e.Name == "" || n < e.Name) {
				e.Name = n
			}
		case termAlternateName:
			if n, ok := literalText(x.vals[t.o]); ok {
				aliases = append(aliases, n)
			}
		}
	}
	if e.Type == "" {
		return schema.Entity{}, false
	}
	if e.Name == "" {
		e.Name = slug
	}
	sort.Strings(aliases)
	e.Aliases = aliases
	return e, true
}

// Links returns the links of relation rel at the entity slug, from the side
// dir says, each with its qualifiers and sources, sorted by the other
// entity's name. Symmetric relations are answered from both sides, with the
// entity as From. An unknown slug gives schema.ErrNotFound.
func (s *Store) Links(ctx context.Context, slug string, rel schema.Relation, dir Direction) ([]schema.Link, error) {
	spec, ok := rel.Spec()
	if !ok {
		return nil, fmt.Errorf("graph: links of %s: unknown relation %q: %w", slug, rel, schema.ErrInvalid)
	}
	s.rlock()
	defer s.mu.RUnlock()
	id, ok := s.idx.id(schema.EntityIRI(slug))
	if !ok {
		return nil, fmt.Errorf("graph: links of %s: %w", slug, schema.ErrNotFound)
	}
	return s.idx.links(id, rel, spec, dir), nil
}

// links assembles the links of one relation at node id.
func (x *index) links(id nodeID, rel schema.Relation, spec schema.RelationSpec, dir Direction) []schema.Link {
	p, ok := x.id(spec.Predicate)
	if !ok {
		return nil
	}
	if spec.Symmetric {
		dir = Both
	}
	var out []schema.Link
	at := make(map[nodeID]int) // other end → position in out, for symmetric merging
	if dir == Out || dir == Both {
		for _, t := range x.out[id] {
			if t.p == p && x.isEntity(t.o) {
				if l, ok := x.link(rel, t); ok {
					at[t.o] = len(out)
					out = append(out, l)
				}
			}
		}
	}
	if dir == In || dir == Both {
		for _, t := range x.in[id] {
			if t.p != p {
				continue
			}
			l, ok := x.link(rel, t)
			if !ok {
				continue
			}
			if spec.Symmetric {
				// A partnership stated both ways is one link with the
				// sources of both statements.
				l.From, l.To = l.To, l.From
				if i, dup := at[t.s]; dup {
					out[i].Sources = append(out[i].Sources, l.Sources...)
					sortSources(out[i].Sources)
					continue
				}
			}
			out = append(out, l)
		}
	}
	x.sortLinks(out, id)
	return out
}

func (x *index) isEntity(id nodeID) bool {
	iri, ok := x.vals[id].(quad.IRI)
	if !ok {
		return false
	}
	_, ok = schema.SlugOf(iri)
	return ok
}

// sortLinks orders links by the name of the entity at their other end.
func (x *index) sortLinks(ls []schema.Link, at nodeID) {
	atSlug, _ := schema.SlugOf(x.vals[at].(quad.IRI))
	keys := make([]string, len(ls))
	for i, l := range ls {
		other := l.To
		if other == atSlug {
			other = l.From
		}
		keys[i] = other
		if id, ok := x.id(schema.EntityIRI(other)); ok {
			keys[i] = schema.Fold(x.name(id)) + "\x00" + other
		}
	}
	idx := make([]int, len(ls))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return keys[idx[i]] < keys[idx[j]] })
	sorted := make([]schema.Link, len(ls))
	for i, j := range idx {
		sorted[i] = ls[j]
	}
	copy(ls, sorted)
}

// name is an entity's canonical name (the least when sources give several),
// or "" when it has none.
func (x *index) name(id nodeID) string { return x.names.canon[id] }

// scanName finds an entity's canonical name among its triples, not counting
// the one being removed.
func (x *index) scanName(id nodeID, except triple) string {
	var best string
	for _, t := range x.out[id] {
		if t != except && x.term[t.p] == termName {
			if n, ok := literalText(x.vals[t.o]); ok && (best == "" || n < best) {
				best = n
			}
		}
	}
	return best
}

// link builds the link of the direct edge t: the statements that state it
// give its qualifiers and sources. It reports
// false when no statement states t. memberOf and foundingMember share
// org:memberOf; a founding statement makes the link a memberOf with the
// founding role.
func (x *index) link(rel schema.Relation, t triple) (schema.Link, bool) {
	from, _ := schema.SlugOf(x.vals[t.s].(quad.IRI))
	l := schema.Link{Relation: rel, From: from}
	if iri, ok := x.vals[t.o].(quad.IRI); ok {
		l.To, _ = schema.SlugOf(iri)
	} else if d, ok := schema.DateOf(x.vals[t.o]); ok {
		l.Date = d
	}
	sts := x.statementsOf(t)
	if len(sts) == 0 {
		return l, false
	}
	values := map[string]map[string]bool{}
	note := func(name, v string) {
		if v == "" {
			return
		}
		if values[name] == nil {
			values[name] = map[string]bool{}
		}
		values[name][v] = true
	}
	modalities := map[schema.Modality]bool{}
	for _, st := range sts {
		q := x.qualifiers(st)
		if q.rel == schema.RelFoundingMember {
			l.Role = schema.RoleFoundingMember
		}
		if l.Relation == schema.RelFoundingMember || q.rel == schema.RelFoundingMember {
			l.Relation = schema.RelMemberOf
		}
		l.Since = earliest(l.Since, q.since)
		l.Until = latest(l.Until, q.until)
		if l.Date.IsZero() {
			l.Date = q.date
		}
		note("since", q.since.String())
		note("until", q.until.String())
		note("date", q.date.String())
		for _, kv := range [][2]string{{"topic", q.topic}, {"amount", q.amount}, {"purpose", q.purpose}, {"share", q.share}} {
			note(kv[0], kv[1])
		}
		if l.Topic == "" {
			l.Topic = q.topic
		}
		if l.Amount == "" {
			l.Amount = q.amount
		}
		if l.Purpose == "" {
			l.Purpose = q.purpose
		}
		if l.Share == "" {
			l.Share = q.share
		}
		modalities[q.modality] = true
		l.Sources = append(l.Sources, q.source)
	}
	if len(modalities) == 1 {
		for m := range modalities {
			l.Modality = m
		}
	}
	if l.Modality == "" {
		l.Modality = schema.Asserted
	}
	for _, name := range []string{"since", "until", "date", "amount", "share"} {
		if len(values[name]) > 1 {
			l.Disputed = true
			for v := range values[name] {
				l.Values = append(l.Values, name+"="+v)
			}
		}
	}
	sort.Strings(l.Values)
	sortSources(l.Sources)
	if l.Founding() && l.Since.IsZero() {
		// A founding member has been a member since the founding.
		l.Since = x.founded(t.o)
	}
	return l, true
}

// founded is the earliest founding date stated for org, or the zero Date.
func (x *index) founded(org nodeID) schema.Date {
	var d schema.Date
	p, ok := x.id(schema.FoundingDate)
	if !ok {
		return d
	}
	for _, t := range x.out[org] {
		if t.p == p {
			if fd, ok := schema.DateOf(x.vals[t.o]); ok {
				d = earliest(d, fd)
			}
		}
	}
	return d
}

func sortSources(ss []schema.Source) {
	sort.Slice(ss, func(i, j int) bool {
		if ss[i].URL != ss[j].URL {
			return ss[i].URL < ss[j].URL
		}
		return ss[i].FactID < ss[j].FactID
	})
}

func earliest(a, b schema.Date) schema.Date {
	if a.IsZero() || (!b.IsZero() && b.Start().Before(a.Start())) {
		return b
	}
	return a
}

func latest(a, b schema.Date) schema.Date {
	if a.IsZero() || (!b.IsZero() && b.End().After(a.End())) {
		return b
	}
	return a
}

// statementsOf returns the statement nodes that state the direct edge t:
// rdf:subject t.s, rdf:predicate t.p, and rdf:object t.o (or, for a dated
// edge such as schema:foundingDate, tg:date t.o).
func (x *index) statementsOf(t triple) []nodeID {
	return x.stmts.byEdge[t]
}

// stmt is what one statement node says.
type stmt struct {
	rel                           schema.Relation
	subject                       nodeID
	objects                       []nodeID
	since, until, date            schema.Date
	topic, amount, purpose, share string
	name                          string
	modality                      schema.Modality
	source                        schema.Source
}

// qualifiers reads the statement node st.
func (x *index) qualifiers(st nodeID) stmt {
	q := stmt{modality: schema.Asserted}
	for _, t := range x.out[st] {
		v := x.vals[t.o]
		text, _ := literalText(v)
		switch x.term[t.p] {
		case termRelation:
			q.rel = schema.Relation(text)
		case termSubject:
			q.subject = t.o
		case termObject:
			q.objects = append(q.objects, t.o)
		case termSince:
			q.since, _ = schema.DateOf(v)
		case termUntil:
			q.until, _ = schema.DateOf(v)
		case termFactDate:
			q.date, _ = schema.DateOf(v)
		case termTopic:
			q.topic = text
		case termAmount:
			q.amount = text
		case termPurpose:
			q.purpose = text
		case termShare:
			q.share = text
		case termName:
			q.name = text
		case termModality:
			q.modality = schema.Modality(text)
		case termEvidence:
			q.source.Evidence = text
		case termFactID:
			q.source.FactID = text
		case termExtractor:
			q.source.Extractor = text
		case termConfidence:
			q.source.Confidence, _ = strconv.ParseFloat(text, 64)
		case termDerivedFrom:
			if iri, ok := v.(quad.IRI); ok {
				q.source.URL = string(iri)
				a := x.article(t.o)
				q.source.Title, q.source.Publisher, q.source.Date = a.Title, a.Publisher, a.Date
			}
		}
	}
	sort.Slice(q.objects, func(i, j int) bool { return valueKey(x.vals[q.objects[i]]) < valueKey(x.vals[q.objects[j]]) })
	return q
}

// article reads the metadata of the article node id.
func (x *index) article(id nodeID) schema.Article {
	a := schema.Article{}
	if iri, ok := x.vals[id].(quad.IRI); ok {
		a.URL = string(iri)
	}
	for _, t := range x.out[id] {
		v := x.vals[t.o]
		text, _ := literalText(v)
		switch x.term[t.p] {
		case termHeadline:
			a.Title = text
		case termPublisher:
			a.Publisher = text
		case termDatePublished:
			a.Date, _ = schema.DateOf(v)
		}
	}
	return a
}

// EntitiesBySlug returns the entities of the given slugs that exist, in one
// read: batch lookups for pages of edges.
func (s *Store) EntitiesBySlug(ctx context.Context, slugs []string) map[string]schema.Entity {
	s.rlock()
	defer s.mu.RUnlock()
	out := make(map[string]schema.Entity, len(slugs))
	for _, slug := range slugs {
		if _, done := out[slug]; done {
			continue
		}
		if id, ok := s.idx.id(schema.EntityIRI(slug)); ok {
			if e, ok := s.idx.entity(id); ok {
				out[slug] = e
			}
		}
	}
	return out
}
