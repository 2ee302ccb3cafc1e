package query

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// entityID resolves a slug to a typed entity node.
func entityID(x *index.Index, slug string) (index.ID, error) {
	if id, ok := x.Lookup(schema.EntityIRI(slug)); ok {
		if _, ok := x.Entity(id); ok {
			return id, nil
		}
	}
	return 0, fmt.Errorf("graph: entity %q: %w", slug, schema.ErrNotFound)
}

// Entity returns the entity with the given slug; it returns an error wrapping
// schema.ErrNotFound when the graph has no typed node of that slug.
func Entity(x *index.Index, slug string) (schema.Entity, error) {
	if id, ok := x.Lookup(schema.EntityIRI(slug)); ok {
		if e, ok := x.Entity(id); ok {
			return e, nil
		}
	}
	return schema.Entity{}, fmt.Errorf("graph: entity %q: %w", slug, schema.ErrNotFound)
}

// EntityByIdentifier returns the entity that carries the identifier id (a
// Wikidata item, an LEI, a website): the one of least slug if several do.
// An identifier not of its scheme's form is an error wrapping
// schema.ErrInvalid; one no entity carries, schema.ErrNotFound.
func EntityByIdentifier(x *index.Index, id schema.Identifier) (schema.Entity, error) {
	if err := id.Validate(); err != nil {
		return schema.Entity{}, fmt.Errorf("graph: entity by identifier: %w", err)
	}
	var p quad.IRI
	var o quad.Value
	switch id.Scheme {
	case schema.SchemeWikidata:
		p, o = schema.OWLSameAs, quad.IRI(schema.WikidataEntityNS+id.Value)
	case schema.SchemeLEI:
		p, o = schema.LEICode, quad.String(id.Value)
	case schema.SchemeWebsite:
		p, o = schema.SDOSameAs, quad.IRI(id.Value)
	}
	var found []schema.Entity
	pid, ok1 := x.Lookup(p)
	oid, ok2 := x.Lookup(o)
	if ok1 && ok2 {
		for _, s := range x.Subjects(pid, oid) {
			if e, ok := x.Entity(s); ok {
				found = append(found, e)
			}
		}
	}
	if len(found) == 0 {
		return schema.Entity{}, fmt.Errorf("graph: entity by %s %s: %w", id.Scheme, id.Value, schema.ErrNotFound)
	}
	return slices.MinFunc(found, func(a, b schema.Entity) int { return strings.Compare(a.Slug, b.Slug) }), nil
}

// Entities returns every entity of the given types (all types when none is
// given), sorted by name then slug.
func Entities(x *index.Index, types ...schema.EntityType) []schema.Entity {
	var out []schema.Entity
	for _, id := range entityIDs(x, types) {
		if e, ok := x.Entity(id); ok {
			out = append(out, e)
		}
	}
	sortEntities(out)
	return out
}

// entityIDs returns the nodes typed with one of types (all entity types when
// none is given), each once.
func entityIDs(x *index.Index, types []schema.EntityType) []index.ID {
	if len(types) == 0 {
		types = schema.EntityTypes()
	}
	typ, ok := x.Lookup(schema.RDFType)
	if !ok {
		return nil
	}
	var out []index.ID
	seen := make(map[index.ID]bool)
	for _, t := range types {
		class, ok := x.Lookup(t.Class())
		if !ok {
			continue
		}
		for _, id := range x.Subjects(typ, class) {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
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

// EntitiesBySlug returns the entities of the given slugs that exist: batch
// lookups for pages of edges.
func EntitiesBySlug(x *index.Index, slugs []string) map[string]schema.Entity {
	out := make(map[string]schema.Entity, len(slugs))
	for _, slug := range slugs {
		if _, done := out[slug]; done {
			continue
		}
		if id, ok := x.Lookup(schema.EntityIRI(slug)); ok {
			if e, ok := x.Entity(id); ok {
				out[slug] = e
			}
		}
	}
	return out
}

// Founded returns the founding date links of an entity (see
// index.Index.Foundings), or an error wrapping schema.ErrNotFound.
func Founded(x *index.Index, slug string) ([]schema.Link, error) {
	id, ok := x.Lookup(schema.EntityIRI(slug))
	if !ok {
		return nil, fmt.Errorf("graph: founded %s: %w", slug, schema.ErrNotFound)
	}
	return x.Foundings(id), nil
}

// Article returns the metadata of the article with the given URL (no facts),
// or an error wrapping schema.ErrNotFound.
func Article(x *index.Index, url string) (schema.Article, error) {
	id, ok := x.Lookup(quad.IRI(url))
	if !ok || !x.HasType(id, schema.ClassArticle) {
		return schema.Article{}, fmt.Errorf("graph: article %s: %w", url, schema.ErrNotFound)
	}
	return x.Article(id), nil
}

// Articles pages every article, newest first (undated last), then by URL.
func Articles(x *index.Index, q PageQuery) (Page[schema.Article], error) {
	var all []schema.Article
	typ, ok1 := x.Lookup(schema.RDFType)
	class, ok2 := x.Lookup(schema.ClassArticle)
	if ok1 && ok2 {
		for _, id := range x.Subjects(typ, class) {
			all = append(all, x.Article(id))
		}
	}
	return sortedPage(all, articleKey, q)
}

// articleKey orders articles newest first: it inverts the date's digits so
// that ascending keys are descending dates.
func articleKey(a schema.Article) string {
	inv := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9' - r + '0'
		}
		return r
	}, a.Date.Start().Format("20060102"))
	if a.Date.IsZero() {
		inv = "~" // undated last
	}
	return inv + "\x00" + a.URL
}

// Statement returns the statement with the given IRI, or an error wrapping
// schema.ErrNotFound.
func Statement(x *index.Index, iri quad.IRI) (schema.Statement, error) {
	if id, ok := x.Lookup(iri); ok && x.HasType(id, schema.ClassStatement) {
		return x.Statement(id), nil
	}
	return schema.Statement{}, fmt.Errorf("graph: statement %s: %w", iri, schema.ErrNotFound)
}

// StatementFilter selects statements; empty fields match anything.
type StatementFilter struct {
	Subject  string // slug of the subject (for a joint venture, the venture)
	Relation schema.Relation
	Object   string   // slug of an object (a partner, for a joint venture)
	Source   string   // article URL
	Within   Interval // only facts that held at some time in it (Interval.Holds, by the fact's own source)
}

// Statements pages the statements that match f, ordered by source URL, then
// relation, subject, objects and IRI. Each is one fact of one article, with
// its qualifiers and its single source, whatever its modality. Stated counts
// are not among them: see StatedCounts.
func Statements(x *index.Index, f StatementFilter, q PageQuery) (Page[schema.Statement], error) {
	if f.Relation != "" {
		if _, ok := f.Relation.Spec(); !ok {
			return Page[schema.Statement]{}, fmt.Errorf("graph: statements: unknown relation %q: %w", f.Relation, schema.ErrInvalid)
		}
	}
	var candidates []index.ID
	by := func(p, o quad.Value) {
		pid, ok1 := x.Lookup(p)
		oid, ok2 := x.Lookup(o)
		if ok1 && ok2 {
			candidates = x.Subjects(pid, oid)
		}
	}
	switch {
	case f.Subject != "":
		by(schema.RDFSubject, schema.EntityIRI(f.Subject))
	case f.Object != "":
		by(schema.RDFObject, schema.EntityIRI(f.Object))
	case f.Source != "":
		by(schema.WasDerivedFrom, quad.IRI(f.Source))
	default:
		by(schema.RDFType, schema.ClassStatement)
	}
	var out []schema.Statement
	for _, st := range candidates {
		if !x.HasType(st, schema.ClassStatement) {
			continue // a stated count (tg:StatedCount) is no fact of a relation
		}
		sm := x.Statement(st)
		if (f.Relation != "" && sm.Relation != f.Relation) ||
			(f.Subject != "" && sm.Subject != f.Subject) ||
			(f.Object != "" && !slices.Contains(sm.Objects, f.Object)) ||
			(f.Source != "" && sm.Link.Sources[0].URL != f.Source) ||
			(!f.Within.IsZero() && !f.Within.Holds(sm.Link)) {
			continue
		}
		out = append(out, sm)
	}
	return sortedPage(out, statementKey, q)
}

func statementKey(f schema.Statement) string {
	return f.Link.Sources[0].URL + "\x00" + string(f.Relation) + "\x00" + f.Subject + "\x00" +
		strings.Join(f.Objects, ",") + "\x00" + string(f.IRI)
}
