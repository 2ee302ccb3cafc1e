package curate

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// LabelOf is the label that holds the candidates of the article at url.
func LabelOf(url string) quad.IRI {
	return quad.IRI(schema.CandidatesNS + hash(url))
}

// hash is the first 16 hex digits of the SHA-256 of parts joined by NUL.
func hash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:8])
}

// argument is how a fact names one argument in a candidate's id: the slug
// when the fact has one, else the name.
func argument(m schema.Mention) string {
	if m.ID != "" {
		return m.ID
	}
	return m.Text
}

// CandidateID is the id of the candidate that fact f of the article at url
// is: the same whenever the article is extracted again and finds the fact.
func CandidateID(url string, f schema.Fact) string {
	parts := []string{url, string(f.Relation), argument(f.Subject), argument(f.Object)}
	for _, p := range f.Partners {
		parts = append(parts, argument(p))
	}
	parts = append(parts, f.Since.String(), f.Until.String(), f.Date.String(), f.Topic, f.Amount, f.Name,
		f.Purpose, f.Share, string(f.Modality))
	return hash(parts...)
}

// record is a candidate with the fact accepting it writes.
type record struct {
	schema.Candidate
	fact schema.Fact
}

// article is what a candidates label holds: the article, the entities its
// candidates name (those the extractor discovered, and those of the
// register it extracted with, which the graph may not hold), and its
// candidates by id.
type article struct {
	schema.Article // Facts unused: the candidates hold them
	text           string
	discovered     []schema.Entity
	registered     []schema.Entity
	cands          map[string]*record
}

// entityJSON is an entity as tg:candidateEntities lists it.
type entityJSON struct {
	schema.Entity
	New bool `json:"new,omitempty"` // discovered by the extractor
}

// entity is the entity with slug that a's candidates name.
func (a *article) entity(slug string) (schema.Entity, bool) {
	for _, es := range [][]schema.Entity{a.discovered, a.registered} {
		for _, e := range es {
			if e.Slug == slug {
				return e, true
			}
		}
	}
	return schema.Entity{}, false
}

// candidateOf is the candidate fact f of a is, pending, found at now.
func candidateOf(a *article, f schema.Fact, discovered map[string]bool, now string) *record {
	c := schema.Candidate{
		ID: CandidateID(a.URL, f), State: schema.CandidatePending, Confidence: f.Confidence,
		ExtractedAt: now, RuleFamily: f.Rule,
		Article: schema.CandidateArticle{URL: a.URL, Title: a.Title, Date: a.Date, Text: a.text},
	}
	if f.Evidence != "" {
		c.Evidence = []string{f.Evidence}
	}
	r := &record{Candidate: c, fact: f}
	r.describe(discovered)
	return r
}

// describe sets the candidate's relation, arguments and qualifiers from its
// fact; an argument whose entity the extractor discovered has no slug.
func (r *record) describe(discovered map[string]bool) {
	f := r.fact
	r.Relation = f.Relation
	arg := func(pos string, m schema.Mention) schema.CandidateArgument {
		a := schema.CandidateArgument{Position: pos, Name: m.Text, Slug: m.ID}
		if a.Name == "" {
			a.Name = m.ID
		}
		if discovered[m.ID] {
			a.Slug = ""
		}
		return a
	}
	r.Subject = arg("subject", f.Subject)
	r.Object = arg("object", f.Object)
	if len(f.Partners) > 0 {
		var names, slugs []string
		for _, p := range f.Partners {
			a := arg("object", p)
			names, slugs = append(names, a.Name), append(slugs, a.Slug)
		}
		r.Object = schema.CandidateArgument{Position: "object", Name: strings.Join(names, "; ")}
		if len(slugs) == 1 {
			r.Object.Slug = slugs[0]
		}
	}
	r.Since, r.Until, r.Role = f.Since, f.Until, ""
	if f.Relation == schema.RelFounded {
		r.Since = f.Date
	}
	if f.Relation == schema.RelFoundingMember {
		r.Role = RoleFounding
	}
}

// RoleFounding is the role of a founding membership: a candidate of
// relation foundingMember has it, and an edit that gives it to a memberOf
// candidate makes it one.
const RoleFounding = "founding"

func lit(s string) quad.Value { return quad.String(s) }

// quads is what a's candidates label holds.
func (a *article) quads() ([]quad.Quad, error) {
	label := LabelOf(a.URL)
	var out []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	addText := func(s quad.IRI, p quad.IRI, v string) {
		if v != "" {
			add(s, p, lit(v))
		}
	}
	addText(label, schema.CandidateArticleIRI, a.URL)
	addText(label, schema.CandidateTitle, a.Title)
	addText(label, schema.CandidatePublisher, a.Publisher)
	if !a.Date.IsZero() {
		add(label, schema.CandidateDate, a.Date.Literal())
	}
	addText(label, schema.CandidateText, a.text)
	if len(a.discovered)+len(a.registered) > 0 {
		var es []entityJSON
		for _, e := range a.discovered {
			es = append(es, entityJSON{Entity: e, New: true})
		}
		for _, e := range a.registered {
			es = append(es, entityJSON{Entity: e})
		}
		b, err := json.Marshal(es)
		if err != nil {
			return nil, fmt.Errorf("curate: entities of %s: %w", a.URL, err)
		}
		add(label, schema.CandidateEntities, lit(string(b)))
	}
	for _, r := range a.cands {
		n := quad.IRI(schema.CandidateNS + r.ID)
		b, err := json.Marshal(r.fact)
		if err != nil {
			return nil, fmt.Errorf("curate: candidate %s: %w", r.ID, err)
		}
		add(n, schema.CandidateArticleIRI, lit(a.URL))
		add(n, schema.CandidateFact, lit(string(b)))
		add(n, schema.CandidateStateIRI, lit(string(r.State)))
		add(n, schema.CandidateConfidence, lit(strconv.FormatFloat(r.Confidence, 'g', -1, 64)))
		for _, e := range r.Evidence {
			add(n, schema.CandidateEvidence, lit(e))
		}
		addText(n, schema.CandidateRule, r.RuleFamily)
		addText(n, schema.ExtractedAt, r.ExtractedAt)
		addText(n, schema.ReviewedBy, r.ReviewedBy)
		addText(n, schema.ReviewedAt, r.ReviewedAt)
		addText(n, schema.ReviewReason, r.Reason)
		if r.MachineAccepted {
			add(n, schema.MachineAccepted, lit("true"))
		}
	}
	sort.Sort(quad.ByQuadString(out))
	return out, nil
}

// readArticle reads a candidates label back; ok is false when qs is empty.
func readArticle(qs []quad.Quad) (*article, bool, error) {
	if len(qs) == 0 {
		return nil, false, nil
	}
	label := qs[0].Label
	a := &article{cands: map[string]*record{}}
	rec := func(s quad.Value) *record {
		id, _ := strings.CutPrefix(string(s.(quad.IRI)), schema.CandidateNS)
		r := a.cands[id]
		if r == nil {
			r = &record{Candidate: schema.Candidate{ID: id}}
			a.cands[id] = r
		}
		return r
	}
	for _, q := range qs {
		text, _ := schema.LiteralText(q.Object)
		if q.Subject == label {
			switch q.Predicate {
			case schema.CandidateArticleIRI:
				a.URL = text
			case schema.CandidateTitle:
				a.Title = text
			case schema.CandidatePublisher:
				a.Publisher = text
			case schema.CandidateDate:
				a.Date, _ = schema.DateOf(q.Object)
			case schema.CandidateText:
				a.text = text
			case schema.CandidateEntities:
				var es []entityJSON
				if err := json.Unmarshal([]byte(text), &es); err != nil {
					return nil, false, fmt.Errorf("curate: read %s: entities: %w", label, err)
				}
				for _, e := range es {
					if e.New {
						a.discovered = append(a.discovered, e.Entity)
					} else {
						a.registered = append(a.registered, e.Entity)
					}
				}
			}
			continue
		}
		r := rec(q.Subject)
		switch q.Predicate {
		case schema.CandidateFact:
			if err := json.Unmarshal([]byte(text), &r.fact); err != nil {
				return nil, false, fmt.Errorf("curate: read candidate %s: %w", r.ID, err)
			}
		case schema.CandidateStateIRI:
			r.State = schema.CandidateState(text)
		case schema.CandidateConfidence:
			r.Confidence, _ = strconv.ParseFloat(text, 64)
		case schema.CandidateEvidence:
			r.Evidence = append(r.Evidence, text)
		case schema.CandidateRule:
			r.RuleFamily = text
		case schema.ExtractedAt:
			r.ExtractedAt = text
		case schema.ReviewedBy:
			r.ReviewedBy = text
		case schema.ReviewedAt:
			r.ReviewedAt = text
		case schema.ReviewReason:
			r.Reason = text
		case schema.MachineAccepted:
			r.MachineAccepted = text == "true"
		}
	}
	disc := discoveredSet(a.discovered)
	for _, r := range a.cands {
		sort.Strings(r.Evidence)
		r.Article = schema.CandidateArticle{URL: a.URL, Title: a.Title, Date: a.Date, Text: a.text}
		r.describe(disc)
	}
	return a, true, nil
}

func discoveredSet(es []schema.Entity) map[string]bool {
	m := make(map[string]bool, len(es))
	for _, e := range es {
		m[e.Slug] = true
	}
	return m
}
