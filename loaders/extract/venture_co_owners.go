package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (helper x14jv, issue 13, the ventures drill) closes the stake
// rules over joint ventures: when one sentence gives two or more
// companies a stake in an organisation the register types as a joint
// venture, those companies are the venture's partners, however the stakes
// were worded ("would form a fibre company called J, in which A will hold
// 60%, with B owning the rest", "A and B each hold a third of J"). The
// stake rules already decided who holds what; this reads no new words, so
// any stake shape they learn also tells the venture. It fires only on a
// sentence that words a split of ownership (a share, half, the rest), so
// two backers of a venture's funding round are no partners, and not when a
// venture fact for the venture is already stated (its partners were told
// there; owners may be their units).

// splitWords reports whether the sentence words a split of ownership
// ("60%", "half", "the rest", "equally"): stakes merely taken ("agreed to
// take minority stakes in J alongside C") may join a venture others made.
func splitWords(c *clauses) bool {
	for _, u := range c.us {
		if u.Kind != 'V' && u.Kind != 'E' && jointSplitWord(u.words) {
			return true
		}
	}
	return false
}

// famVentureCoOwners reads the stakes one sentence gave in ventures.
func (x *extractor) famVentureCoOwners(c *clauses) {
	type holding struct {
		venture  schema.Mention
		partners []schema.Mention
		planned  bool
	}
	var order []string
	by := map[string]*holding{}
	// The sentence's own facts are the last ones: read back to the first
	// fact of another sentence, not over the whole article.
	first := len(x.facts)
	for first > 0 && x.facts[first-1].Evidence == c.s.text {
		first--
	}
	for _, f := range x.facts[first:] {
		if f.Relation == schema.RelJointVenture {
			return // the sentence told its venture already
		}
		if f.Relation != schema.RelInvestedIn || x.typeOf(f.Object.ID) != schema.TypeJointVenture ||
			x.typeOf(f.Subject.ID) != schema.TypeCompany || f.Modality == schema.Past {
			continue
		}
		h := by[f.Object.ID]
		if h == nil {
			h = &holding{venture: f.Object}
			by[f.Object.ID] = h
			order = append(order, f.Object.ID)
		}
		dup := false
		for _, p := range h.partners {
			dup = dup || p.ID == f.Subject.ID
		}
		if !dup {
			h.partners = append(h.partners, f.Subject)
			h.planned = h.planned || f.Modality == schema.Planned
		}
	}
	if len(order) == 0 || !splitWords(c) {
		return
	}
	for _, slug := range order {
		h := by[slug]
		if len(h.partners) < 2 || x.ventureTold(c.s, slug) {
			continue
		}
		f := schema.Fact{Relation: schema.RelJointVenture, Subject: h.venture, Partners: h.partners}
		if h.planned {
			f.Modality = schema.Planned
		}
		x.rule = "jointVenture.co-owners"
		x.emit(c.s, f, 0.65)
	}
}

// ventureTold reports whether a sentence before s stated venture slug as
// a joint venture: by its id, by its name, or as an unnamed venture whose
// sentence names it ("Y, the joint venture set up by A and B").
func (x *extractor) ventureTold(s *sent, slug string) bool {
	name := strings.ToLower(x.nameOf(slug))
	for _, e := range x.facts {
		if e.Relation == schema.RelJointVenture && e.Evidence != s.text &&
			(e.Subject.ID == slug || e.Name != "" && strings.Contains(strings.ToLower(e.Name), name) ||
				e.Subject.ID == "" && strings.Contains(strings.ToLower(e.Evidence), name)) {
			return true
		}
	}
	return false
}
