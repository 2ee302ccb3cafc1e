package facts

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// CuratedExtractor is the extractor name recorded for facts written by hand.
const CuratedExtractor = "curated"

// Quads turns one article into its quads, sorted by their N-Quads form, so the
// same article always gives the same bytes. Every quad carries the article's
// IRI as its label. reg names and types the entities the facts mention; an
// entity missing from it gets no name or type quads.
//
// Each fact becomes a direct edge between its arguments (docs/design.md §2) plus a
// statement node (org:Membership for memberships, tg:Statement otherwise)
// carrying its relation, qualifiers, evidence, extractor and confidence, and
// linked to the article by prov:wasDerivedFrom. Planned facts get the
// statement only: a plan is not yet an edge of the graph.
func Quads(a schema.Article, reg *schema.Register) []quad.Quad {
	label := a.IRI()
	b := &quadBuilder{label: label, seen: make(map[string]bool)}

	b.add(label, schema.RDFType, schema.ClassArticle)
	b.add(label, schema.URL, quad.IRI(a.URL))
	if a.Title != "" {
		b.add(label, schema.Headline, quad.String(a.Title))
	}
	if a.Publisher != "" {
		b.add(label, schema.Publisher, quad.String(a.Publisher))
	}
	if !a.Date.IsZero() {
		b.add(label, schema.DatePublished, a.Date.Literal())
	}

	mentioned := make(map[string]bool)
	for _, f := range a.Facts {
		for _, id := range EntityIDs(f) {
			mentioned[id] = true
		}
		b.fact(a, f, reg)
	}
	for id := range mentioned {
		if e, ok := reg.Lookup(id); ok {
			b.entity(e)
		}
	}
	sort.Sort(quad.ByQuadString(b.out))
	return b.out
}

// EntityIDs lists the entity ids a fact mentions (subject, object,
// partners), skipping empty ones.
func EntityIDs(f schema.Fact) []string {
	ids := []string{f.Subject.ID, f.Object.ID}
	for _, p := range f.Partners {
		ids = append(ids, p.ID)
	}
	out := ids[:0]
	for _, id := range ids {
		if id != "" {
			out = append(out, id)
		}
	}
	return out
}

type quadBuilder struct {
	label quad.IRI
	out   []quad.Quad
	seen  map[string]bool
}

func (b *quadBuilder) add(s, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	k := q.NQuad()
	if !b.seen[k] {
		b.seen[k] = true
		b.out = append(b.out, q)
	}
}

func (b *quadBuilder) entity(e schema.Entity) {
	iri := e.IRI()
	b.add(iri, schema.RDFType, e.Type.Class())
	b.add(iri, schema.Name, quad.String(e.Name))
	for _, a := range e.Aliases {
		if a != e.Name {
			b.add(iri, schema.AlternateName, quad.String(a))
		}
	}
	for _, id := range e.Identifiers {
		switch id.Scheme {
		case schema.SchemeWikidata:
			b.add(iri, schema.OWLSameAs, quad.IRI(schema.WikidataEntityNS+id.Value))
		case schema.SchemeLEI:
			b.add(iri, schema.LEICode, quad.String(id.Value))
		case schema.SchemeWebsite:
			b.add(iri, schema.SDOSameAs, quad.IRI(id.Value))
		}
	}
}

// statedCount writes a memberCount fact: a tg:StatedCount node of the
// alliance with its number, date and evidence. It adds no edge.
func (b *quadBuilder) statedCount(a schema.Article, f schema.Fact) {
	st := StatementIRI(a.URL, f)
	b.add(st, schema.RDFType, schema.ClassStatedCount)
	b.add(st, schema.FactRelation, quad.String(f.Relation))
	b.add(st, schema.RDFSubject, schema.EntityIRI(f.Subject.ID))
	b.add(st, schema.Count, quad.Int(f.Count)) // native, as Cayley stores and the RDF readers return xsd:integer
	b.add(st, schema.WasDerivedFrom, a.IRI())
	if !f.Date.IsZero() {
		b.add(st, schema.FactDate, f.Date.Literal())
	}
	b.provenance(st, f)
}

// provenance writes what every stated fact carries: its id, evidence (and
// its kind when not a quote), extractor and confidence.
func (b *quadBuilder) provenance(st quad.IRI, f schema.Fact) {
	if f.ID != "" {
		b.add(st, schema.FactID, quad.String(f.ID))
	}
	if f.Evidence != "" {
		b.add(st, schema.Evidence, quad.String(f.Evidence))
	}
	if f.EvidenceKind == schema.Paraphrase {
		b.add(st, schema.EvidenceKindIRI, quad.String(f.EvidenceKind))
	}
	extractor, conf := f.Extractor, f.Confidence
	if extractor == "" {
		extractor = CuratedExtractor
	}
	if conf == 0 {
		conf = 1
	}
	b.add(st, schema.Extractor, quad.String(extractor))
	b.add(st, schema.Confidence, quad.TypedString{Value: quad.String(strconv.FormatFloat(conf, 'f', -1, 64)), Type: schema.XSDDecimal})
}

func (b *quadBuilder) fact(a schema.Article, f schema.Fact, reg *schema.Register) {
	if f.Relation == schema.RelMemberCount {
		b.statedCount(a, f)
		return
	}
	spec, _ := f.Relation.Spec()
	st := StatementIRI(a.URL, f)
	subject := schema.EntityIRI(f.Subject.ID)
	var objects []quad.IRI
	switch {
	case spec.PartnersRole != "":
		if f.Subject.ID == "" {
			slug, name := VentureOf(f, reg)
			subject = schema.EntityIRI(slug)
			b.add(subject, schema.RDFType, schema.ClassJointVenture)
			b.add(subject, schema.Name, quad.String(name))
		}
		for _, p := range f.Partners {
			objects = append(objects, schema.EntityIRI(p.ID))
		}
	case spec.ObjectRole != "":
		objects = []quad.IRI{schema.EntityIRI(f.Object.ID)}
	}

	edge := f.Modality != schema.Planned
	for _, o := range objects {
		if edge {
			b.add(subject, spec.Predicate, o)
		}
		b.add(st, schema.RDFObject, o)
	}
	if f.Relation == schema.RelFounded && !f.Date.IsZero() && edge {
		b.add(subject, schema.FoundingDate, f.Date.Literal())
	}

	b.add(st, schema.RDFType, schema.ClassStatement)
	if spec.Predicate == schema.MemberOf {
		b.add(st, schema.RDFType, schema.ClassMembership)
		b.add(st, schema.Member, subject)
		b.add(st, schema.Organization, objects[0])
		if f.Relation == schema.RelFoundingMember {
			b.add(st, schema.Role, schema.RoleFoundingMember)
		}
	}
	b.add(st, schema.FactRelation, quad.String(f.Relation))
	b.add(st, schema.RDFSubject, subject)
	b.add(st, schema.RDFPredicate, spec.Predicate)
	b.add(st, schema.WasDerivedFrom, a.IRI())
	for _, d := range []struct {
		p quad.IRI
		d schema.Date
	}{{schema.Since, f.Since}, {schema.Until, f.Until}, {schema.FactDate, f.Date}} {
		if !d.d.IsZero() {
			b.add(st, d.p, d.d.Literal())
		}
	}
	for _, s := range []struct {
		p quad.IRI
		v string
	}{{schema.Topic, f.Topic}, {schema.Amount, f.Amount}, {schema.Purpose, f.Purpose},
		{schema.Share, f.Share}, {schema.Name, f.Name}} {
		if s.v != "" {
			b.add(st, s.p, quad.String(s.v))
		}
	}
	if f.Modality != "" && f.Modality != schema.Asserted {
		b.add(st, schema.FactModality, quad.String(f.Modality))
	}
	b.provenance(st, f)
}

// StatementIRI is the IRI of the statement node of fact f in the article at
// url: a hash of the article and the fact's relation, arguments and
// qualifiers, so a fact keeps its IRI across reloads.
func StatementIRI(url string, f schema.Fact) quad.IRI {
	partners := make([]string, len(f.Partners))
	for i, p := range f.Partners {
		partners[i] = p.ID
	}
	sort.Strings(partners)
	key := strings.Join([]string{url, string(f.Relation), f.Subject.ID, f.Object.ID, strings.Join(partners, ","),
		f.Since.String(), f.Until.String(), f.Date.String(), f.Topic, f.Amount, f.Name, f.Purpose, f.Share,
		string(f.Modality), f.Evidence}, "\x00")
	if f.Relation == schema.RelMemberCount {
		key += "\x00" + strconv.Itoa(f.Count)
	}
	return loaders.HashedStatementIRI(key)
}

// VentureOf names the joint venture of a fact that does not name it as an
// entity: its slug comes from its name when the fact gives one, otherwise
// from its sorted partners ("jv-" + partner slugs), so every article that
// states the same unnamed venture meets at one node.
func VentureOf(f schema.Fact, reg *schema.Register) (slug, name string) {
	if f.Name != "" {
		return Slugify(f.Name), f.Name
	}
	ids := make([]string, len(f.Partners))
	for i, p := range f.Partners {
		ids[i] = p.ID
	}
	sort.Strings(ids)
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if e, ok := reg.Lookup(id); ok {
			names[i] = e.Name
		}
	}
	list := names[0]
	if n := len(names); n > 1 {
		list = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return "jv-" + strings.ToLower(strings.Join(ids, "-")), "Joint venture of " + list
}

// Slugify makes a canonical id from a name: lowercase ASCII letters and
// digits, words joined by "-" ("&" reads "and"; other characters split words;
// accents are dropped with the letter kept).
func Slugify(name string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range schema.FoldAccents(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			w.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			w.WriteRune(r + 'a' - 'A')
		case r == '&':
			flush()
			words = append(words, "and")
		case r == '\'' || r == '’' || r == '.':
			// "AT&T's", "Corp." and "e.g." keep their word whole.
		default:
			flush()
		}
	}
	flush()
	return strings.Join(words, "-")
}
