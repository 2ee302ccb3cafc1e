package index

import (
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Entity reads the entity at id: its slug, type, name and aliases. It
// reports false for a node that is not a typed entity. An entity that
// sources name differently takes the least name; one no source names has
// its slug as name. The answer is made once per change of the node
// (cache.go); its slices belong to the index and are not to be changed.
func (x *Index) Entity(id ID) (schema.Entity, bool) {
	c := x.reads.entities.get(id, func() cachedEntity {
		e, ok := x.entity(id)
		return cachedEntity{e, ok}
	})
	return c.e, c.ok
}

func (x *Index) entity(id ID) (schema.Entity, bool) {
	iri, ok := x.iri(id)
	if !ok {
		return schema.Entity{}, false
	}
	slug, ok := schema.SlugOf(iri)
	if !ok {
		return schema.Entity{}, false
	}
	e := schema.Entity{Slug: slug}
	var aliases []string
	for _, t := range x.out.of(id) {
		switch x.term[t.P] {
		case termType:
			if c, ok := x.iri(t.O); ok {
				if typ := schema.TypeOfClass(c); typ != "" {
					e.Type = typ
				}
			}
		case termName:
			if n, ok := x.text(t.O); ok && (e.Name == "" || n < e.Name) {
				e.Name = n
			}
		case termAlternateName:
			if n, ok := x.text(t.O); ok {
				aliases = append(aliases, n)
			}
		case termOWLSameAs, termLEICode, termSDOSameAs:
			if id, ok := x.identifier(t); ok {
				e.Identifiers = append(e.Identifiers, id)
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
	sortIdentifiers(e.Identifiers)
	return e, true
}

// identifier reads the identifier an entity's edge t states: owl:sameAs a
// Wikidata item, schema:leiCode, or schema:sameAs its website. An edge whose
// value is not of its scheme's form (owl:sameAs another dataset's IRI, a
// website that is not https) states none.
func (x *Index) identifier(t Edge) (schema.Identifier, bool) {
	var id schema.Identifier
	iri, isIRI := x.iri(t.O)
	switch x.term[t.P] {
	case termOWLSameAs:
		q, ok := strings.CutPrefix(string(iri), schema.WikidataEntityNS)
		if !isIRI || !ok {
			return id, false
		}
		id = schema.Identifier{Scheme: schema.SchemeWikidata, Value: q}
	case termLEICode:
		v, _ := x.text(t.O)
		id = schema.Identifier{Scheme: schema.SchemeLEI, Value: v}
	case termSDOSameAs:
		if !isIRI {
			return id, false
		}
		id = schema.Identifier{Scheme: schema.SchemeWebsite, Value: string(iri)}
	}
	return id, id.Validate() == nil
}

// sortIdentifiers orders identifiers by scheme (schema.IDSchemes), then
// value.
func sortIdentifiers(ids []schema.Identifier) {
	rank := func(s schema.IDScheme) int { return slices.Index(schema.IDSchemes(), s) }
	sort.Slice(ids, func(i, j int) bool {
		if a, b := rank(ids[i].Scheme), rank(ids[j].Scheme); a != b {
			return a < b
		}
		return ids[i].Value < ids[j].Value
	})
}

// Slug is the slug of an entity IRI, "" for any other node.
func (x *Index) Slug(id ID) string {
	iri, _ := x.iri(id)
	s, _ := schema.SlugOf(iri)
	return s
}

// Name is an entity's canonical name (the least when sources give several),
// or "" when it has none.
func (x *Index) Name(id ID) string { return x.names.canon[id] }

// Type is an entity's type, false for a node with no rdf:type of an entity
// class.
func (x *Index) Type(id ID) (schema.EntityType, bool) {
	t, ok := x.types[id]
	return t, ok
}

// HasType reports whether id has the rdf:type class.
func (x *Index) HasType(id ID, class quad.IRI) bool {
	typ, ok1 := x.Lookup(schema.RDFType)
	c, ok2 := x.Lookup(class)
	if !ok1 || !ok2 {
		return false
	}
	for _, t := range x.out.of(id) {
		if t.P == typ && t.O == c {
			return true
		}
	}
	return false
}

// retype recomputes the entity type of id from its rdf:type edges, not
// counting the one being removed.
func (x *Index) retype(id ID, except Edge) {
	delete(x.types, id)
	for _, t := range x.out.of(id) {
		if t != except && x.term[t.P] == termType {
			if c, ok := x.iri(t.O); ok {
				if typ := schema.TypeOfClass(c); typ != "" {
					x.types[id] = typ
				}
			}
		}
	}
}

// scanName finds an entity's canonical name among its edges, not counting
// the one being removed.
func (x *Index) scanName(id ID, except Edge) string {
	var best string
	for _, t := range x.out.of(id) {
		if t != except && x.term[t.P] == termName {
			if n, ok := x.text(t.O); ok && (best == "" || n < best) {
				best = n
			}
		}
	}
	return best
}

// Article reads the metadata of the article node id: URL, headline,
// publisher and date.
func (x *Index) Article(id ID) schema.Article {
	a := schema.Article{}
	if iri, ok := x.iri(id); ok {
		a.URL = string(iri)
	}
	for _, t := range x.out.of(id) {
		text, _ := x.text(t.O)
		switch x.term[t.P] {
		case termHeadline:
			a.Title = text
		case termPublisher:
			a.Publisher = text
		case termDatePublished:
			a.Date, _ = x.dateOf(t.O)
		}
	}
	return a
}
