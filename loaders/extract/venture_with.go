package extract

// This file reads two more joint-venture shapes (helper x13z7, issue 13):
//   - a venture noun reached by a preposition of transfer after a clause
//     whose subject is one partner, the others after "with": "A has sold a
//     slice of its tower arm into a joint venture with B and C", "A will
//     run the network through a joint venture with B";
//   - a relative clause without its pronoun whose subject founded the
//     venture, the head noun or "as a joint venture" saying it is one:
//     "the vehicle A and B created in 2024", "the J company the five
//     operators established last year as a joint venture".

// transferPreps lead to the venture something is put into or done through.
var transferPreps = map[string]bool{"into": true, "through": true, "via": true}

// famVentureWith reads both shapes of one sentence.
func (x *extractor) famVentureWith(c *clauses) {
	for j, u := range c.us {
		if ventureNoun(u) && j >= 2 && c.us[j-1].Kind == 'P' && transferPreps[c.us[j-1].Lemma] {
			x.ventureIntoWith(c, j)
		}
		if u.Kind == 'E' && j >= 1 && j+1 < len(c.us) {
			x.ventureContact(c, j)
		}
	}
}

// ventureIntoWith: venture noun j after a preposition of transfer, with
// its other partners after "with"; the partner before is the subject of
// the verb the preposition hangs from.
func (x *extractor) ventureIntoWith(c *clauses, j int) {
	ps := c.pps(j + 1)
	if len(ps) == 0 || ps[0].prep != "with" || ps[0].at != j+2 || c.us[j+2].Kind != 'E' {
		return
	}
	v := -1
	for k := j - 2; k >= 0; k-- {
		if c.boundary(k) || c.relative(k) {
			return
		}
		if c.us[k].Kind == 'V' {
			v = k
			break
		}
	}
	if v < 0 || c.us[v].Passive || c.us[v].Neg {
		return
	}
	subj := c.subject(v)
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	parts := append(c.args(x, subj), c.args(x, j+2)...)
	if len(parts) < 2 {
		return
	}
	x.rule = "jointVenture.into-with"
	x.jointVenture(c.s, parts, c.modText(subj, v), "", "", "", 0.7)
}

// ventureContact: entity unit k is the subject of a relative clause
// without its pronoun ("the vehicle A and B created") after a head that
// says the clause founded a joint venture.
func (x *extractor) ventureContact(c *clauses, k int) {
	v := k + 1
	w := c.us[v]
	if w.Kind != 'V' || !ventureFoundVerbs[w.Lemma] || w.Passive || w.Neg || c.ents[c.us[k].ent].poss {
		return
	}
	h := c.us[k-1]
	if h.Kind != 'N' && h.Kind != 'M' {
		return
	}
	joint := ventureNoun(h) || h.Lemma == "vehicle" && (h.words == "the vehicle" || h.words == "a vehicle")
	if !joint && (h.Lemma == "company" || h.Lemma == "business" || h.Lemma == "firm") {
		// "the J company the five operators established last year as a
		// joint venture"
		for a := v + 1; a+1 < len(c.us) && a <= v+4; a++ {
			if c.boundary(a) || c.us[a].Kind == 'V' || c.us[a].Kind == 'E' {
				break
			}
			if c.us[a].Kind == 'P' && c.us[a].Lemma == "as" && ventureNoun(c.us[a+1]) {
				joint = true
				break
			}
		}
	}
	if !joint {
		return
	}
	parts := c.args(x, k)
	if len(parts) < 2 {
		return
	}
	name := ""
	if k >= 2 && c.us[k-2].Kind == 'E' {
		if venture, ok := x.ventureCompany(c, k-2); ok {
			if x.amongOwners(parts, venture) {
				return
			}
			name = "named " + c.text(k-2, k-2)
		}
	}
	x.rule = "jointVenture.contact"
	x.jointVenture(c.s, parts, c.modText(k, v), name, "", "", 0.7)
}
