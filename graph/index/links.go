package index

import (
	"sort"
	"strconv"

	"github.com/telcograph/telcograph/schema"
)

// Link builds the link that the edges state, with the qualifiers and
// sources of the statements that state them: one edge, or two for a
// partnership stated both ways (one link with the sources of both). ok is
// false when no statement states any of them. memberOf and foundingMember
// share org:memberOf; a founding statement makes the link a memberOf with the
// founding role. Sources that disagree on a qualifier make it Disputed.
func (x *Index) Link(rel schema.Relation, es ...Edge) (l schema.Link, ok bool) {
	for i, e := range es {
		one, stated := x.link(rel, e)
		ok = ok || stated
		if i == 0 {
			l = one
			continue
		}
		l.Sources = append(l.Sources, one.Sources...)
	}
	if len(es) > 1 {
		SortCitations(l.Sources)
	}
	return l, ok
}

// EdgeLink is the link of one edge, its relation read from its predicate.
func (x *Index) EdgeLink(e Edge) schema.Link {
	rel := schema.RelationOfPredicate(x.iriOrEmpty(e.P))
	l, _ := x.link(rel, e)
	return l
}

// link builds the link of the direct edge t; it reports false when no
// statement states t.
func (x *Index) link(rel schema.Relation, t Edge) (schema.Link, bool) {
	from, _ := schema.SlugOf(x.iriOrEmpty(t.S))
	l := schema.Link{Relation: rel, From: from}
	if iri, ok := x.iri(t.O); ok {
		l.To, _ = schema.SlugOf(iri)
	} else if d, ok := x.dateOf(t.O); ok {
		l.Date = d
	}
	sts := x.statementsOf(t)
	if len(sts) == 0 {
		return l, false
	}
	// Sources can only disagree when there are several.
	multi := len(sts) > 1
	var values map[string]map[string]bool
	note := func(name, v string) {
		if v == "" {
			return
		}
		if values == nil {
			values = map[string]map[string]bool{}
		}
		if values[name] == nil {
			values[name] = map[string]bool{}
		}
		values[name][v] = true
	}
	l.Sources = make([]schema.Citation, 0, len(sts))
	var modality schema.Modality
	mixed := false
	for i, st := range sts {
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
		if multi {
			note("since", q.since.String())
			note("until", q.until.String())
			note("date", q.date.String())
			for _, kv := range [][2]string{{"topic", q.topic}, {"amount", q.amount}, {"purpose", q.purpose}, {"share", q.share}} {
				note(kv[0], kv[1])
			}
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
		if i == 0 {
			modality = q.modality
		} else if q.modality != modality {
			mixed = true
		}
		l.Sources = append(l.Sources, q.source)
	}
	if !mixed {
		l.Modality = modality
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
	if multi {
		sort.Strings(l.Values)
		SortCitations(l.Sources)
	}
	if l.Founding() && l.Since.IsZero() {
		// A founding member has been a member since the founding.
		l.Since = x.founded(t.O)
	}
	return l, true
}

// Foundings returns the founding date links of the entity at id (one per
// distinct date; more than one means the sources disagree, and each is
// marked Disputed), earliest first, plus the founding statements that give
// no date as one last link with a zero Date.
func (x *Index) Foundings(id ID) []schema.Link {
	var out []schema.Link
	if p, ok := x.Lookup(schema.FoundingDate); ok {
		for _, t := range x.out.of(id) {
			if t.P == p {
				if l, ok := x.link(schema.RelFounded, t); ok {
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
	if undated := x.undatedFoundings(id); len(undated.Sources) > 0 {
		out = append(out, undated)
	}
	return out
}

// undatedFoundings gathers the founding statements about id that give no
// date into one link.
func (x *Index) undatedFoundings(id ID) schema.Link {
	from, _ := schema.SlugOf(x.iriOrEmpty(id))
	l := schema.Link{Relation: schema.RelFounded, From: from, Modality: schema.Asserted}
	rs, ok := x.Lookup(schema.RDFSubject)
	if !ok {
		return l
	}
	for _, st := range x.Subjects(rs, id) {
		if q := x.qualifiers(st); q.rel == schema.RelFounded && q.date.IsZero() {
			l.Sources = append(l.Sources, q.source)
		}
	}
	SortCitations(l.Sources)
	return l
}

// founded is the earliest founding date stated for org, or the zero Date.
func (x *Index) founded(org ID) schema.Date {
	var d schema.Date
	p, ok := x.Lookup(schema.FoundingDate)
	if !ok {
		return d
	}
	for _, t := range x.out.of(org) {
		if t.P == p {
			if fd, ok := x.dateOf(t.O); ok {
				d = earliest(d, fd)
			}
		}
	}
	return d
}

// SortCitations orders sources by article URL, then fact id: the order every
// read gives them in.
func SortCitations(ss []schema.Citation) {
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

// stmt is what one statement node says.
type stmt struct {
	rel                           schema.Relation
	subject                       ID
	hasSubject                    bool // a partial statement may have no rdf:subject
	objects                       []ID
	since, until, date            schema.Date
	topic, amount, purpose, share string
	name                          string
	modality                      schema.Modality
	count                         int  // a stated count's tg:count
	hasCount                      bool // false when it has none, or not a whole number
	source                        schema.Citation
}

// qualifiers reads the statement node st, once per change of it or of its
// article (cache.go); its slices belong to the index.
func (x *Index) qualifiers(st ID) *stmt {
	return x.reads.stmts.get(st, func() stmt { return x.readQualifiers(st) })
}

func (x *Index) readQualifiers(st ID) stmt {
	q := stmt{modality: schema.Asserted}
	for _, t := range x.out.of(st) {
		text, _ := x.text(t.O)
		switch x.term[t.P] {
		case termRelation:
			q.rel = schema.Relation(text)
		case termSubject:
			q.subject, q.hasSubject = t.O, true
		case termObject:
			q.objects = append(q.objects, t.O)
		case termSince:
			q.since, _ = x.dateOf(t.O)
		case termUntil:
			q.until, _ = x.dateOf(t.O)
		case termFactDate:
			q.date, _ = x.dateOf(t.O)
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
		case termCount:
			q.count, q.hasCount = wholeNumber(x.Value(t.O))
		case termEvidenceKind:
			if schema.EvidenceKind(text) == schema.Paraphrase {
				q.source.EvidenceKind = schema.Paraphrase
			}
		case termFactID:
			q.source.FactID = text
		case termExtractor:
			q.source.Extractor = text
		case termReviewedBy:
			q.source.ReviewedBy = text
		case termReviewedAt:
			q.source.ReviewedAt = text
		case termConfidence:
			q.source.Confidence, _ = strconv.ParseFloat(text, 64)
		case termDerivedFrom:
			if iri, ok := x.iri(t.O); ok {
				q.source.URL = string(iri)
				a := x.Article(t.O)
				q.source.Title, q.source.Publisher, q.source.Date = a.Title, a.Publisher, a.Date
			}
		}
	}
	sort.Slice(q.objects, func(i, j int) bool { return x.ids.key(q.objects[i]) < x.ids.key(q.objects[j]) })
	return q
}

// Statement reads the statement node st as one fact of one article: its
// relation, subject and objects, its qualifiers, and its single source.
func (x *Index) Statement(st ID) schema.Statement {
	q := x.qualifiers(st)
	sm := schema.Statement{IRI: x.iriOrEmpty(st), Relation: q.rel}
	if iri, ok := x.iri(q.subject); ok && q.hasSubject {
		sm.Subject, _ = schema.SlugOf(iri)
	}
	for _, o := range q.objects {
		if iri, ok := x.iri(o); ok {
			if slug, ok := schema.SlugOf(iri); ok {
				sm.Objects = append(sm.Objects, slug)
			}
		}
	}
	sm.Link = schema.Link{Relation: q.rel, From: sm.Subject, Since: q.since, Until: q.until, Date: q.date,
		Topic: q.topic, Amount: q.amount, Purpose: q.purpose, Share: q.share, Modality: q.modality,
		Sources: []schema.Citation{q.source}}
	if len(sm.Objects) > 0 {
		sm.Link.To = sm.Objects[0]
	}
	if q.rel == schema.RelFoundingMember {
		sm.Link.Role = schema.RoleFoundingMember
	}
	return sm
}
