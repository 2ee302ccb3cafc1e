package extract

import "strings"

// This file reads two more joint-venture shapes (helper x13z7, issue 13):
//   - a venture noun reached by a preposition of transfer after a clause
//     whose subject is one partner, the others after "with": "A has sold a
//     slice of its tower arm into a joint venture with B and C", "A will
//     run the network through a joint venture with B";
//   - a venture the partners merge their own businesses into: "A and B said
//     they would merge X and Y into a 50-50 joint venture";
//   - a "they" founding a joint venture: "A and B said they would set up a
//     joint venture";
//   - a passive founding "as a joint venture" completed by a when-clause:
//     "J was formed as a joint venture in 2021, when A and B agreed to";
//   - a company's venture with another: "Toyota's mobility venture with
//     SoftBank, MONET Technologies,";
//   - the recipients of a jointly owned company: "The launch of J gave A
//     and B a jointly owned company";
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
		if sharedVenture(u) && j >= 1 {
			x.ventureTheyFound(c, j)
			x.ventureWhen(c, j)
		}
		if u.Kind == 'N' && u.Lemma == "venture" && !ventureNoun(u) && j >= 1 && j+2 < len(c.us) {
			x.ventureOwnWith(c, j)
		}
		if u.Kind == 'V' && u.Lemma == "give" && !u.Passive && !u.Neg {
			x.ventureGiven(c, j)
		}
	}
}

// ventureIntoWith: venture noun j after a preposition of transfer, with
// its other partners after "with"; the partner before is the subject of
// the verb the preposition hangs from.
func (x *extractor) ventureIntoWith(c *clauses, j int) {
	ps := c.pps(j + 1)
	with := len(ps) > 0 && ps[0].prep == "with" && ps[0].at == j+2 && c.us[j+2].Kind == 'E'
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
	if v < 0 || c.us[v].Passive || c.us[v].Neg || !with && !poolVerbs[c.us[v].Lemma] {
		return
	}
	subj := c.subject(v)
	var parts []arg
	switch {
	case subj >= 0 && c.us[subj].Kind == 'E':
		parts = c.args(x, subj)
	case !with:
		// "A and B said they would merge X and Y into a joint venture"
		subj = x.pronounSubject(c, v)
		parts = x.theyParty(c, subj)
	}
	if len(parts) == 0 || !with && len(parts) < 2 {
		return
	}
	if with {
		parts = append(parts, c.args(x, j+2)...)
	}
	if len(parts) < 2 {
		return
	}
	x.rule = "jointVenture.into-with"
	x.jointVenture(c.s, parts, c.modText(subj, v), "", "", shareRE.FindString(c.us[j].words), 0.7)
}

// poolVerbs put the partners' own businesses into a venture: with them
// the partners are the verb's subject alone ("A and B will merge their
// units into a joint venture").
var poolVerbs = map[string]bool{"merge": true, "combine": true, "fold": true, "pool": true, "contribute": true}

// ventureGiven: "The launch of J gave A and B a jointly owned company":
// the recipients of a jointly owned company are its partners.
func (x *extractor) ventureGiven(c *clauses, v int) {
	r := v + 1
	if r+2 >= len(c.us) || c.us[r].Kind != 'E' {
		return
	}
	parts := c.args(x, r)
	if len(parts) < 2 {
		return
	}
	for k := r + 1; k < len(c.us) && k <= r+2; k++ {
		u := c.us[k]
		if !strings.Contains(u.words, "jointly owned") && !strings.Contains(u.words, "jointly-owned") {
			continue
		}
		if n := k + 1; n < len(c.us) && c.us[n].Kind == 'N' && (c.us[n].Lemma == "company" || c.us[n].Lemma == "business" || c.us[n].Lemma == "venture") {
			x.rule = "jointVenture.given"
			x.jointVenture(c.s, parts, c.modText(c.subject(v), v), "", "", "", 0.7)
		}
		return
	}
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

// ventureTheyFound: "A and B said on Thursday they would set up a joint
// venture": a founding verb right before the venture noun whose subject is
// a "they" standing for the parties the sentence named just before.
func (x *extractor) ventureTheyFound(c *clauses, j int) {
	v := j - 1
	if w := c.us[v]; w.Kind != 'V' || !ventureFoundVerbs[w.Lemma] || w.Passive || w.Neg || c.subject(v) >= 0 {
		return
	}
	subj := x.pronounSubject(c, v)
	parts := x.theyParty(c, subj)
	if len(parts) < 2 {
		return
	}
	for _, p := range c.pps(j + 1) {
		if p.prep == "with" {
			return // "they would set up a joint venture with C": whose, the rule for "with" says
		}
		break
	}
	x.rule = "jointVenture.they"
	x.jointVenture(c.s, parts, c.modText(subj, v), "", "", shareRE.FindString(c.us[j].words), 0.7)
}

// ventureWhen: "J was formed as a joint venture in 2021, when A, then
// still called E, and B agreed to fold their businesses into one company":
// a passive founding "as a joint venture" completed by a when-clause whose
// subject names the partners (over an apposition with its own verb).
func (x *extractor) ventureWhen(c *clauses, j int) {
	if j < 3 || c.us[j-1].Kind != 'P' || c.us[j-1].Lemma != "as" {
		return
	}
	v := j - 2
	if w := c.us[v]; w.Kind != 'V' || !w.Passive || w.Neg || !ventureFoundVerbs[w.Lemma] {
		return
	}
	venture, ok := x.ventureCompany(c, c.subject(v))
	if !ok {
		return
	}
	when := -1
	for k := j + 1; k < len(c.us) && k <= j+5; k++ {
		if c.us[k].Kind == 'O' && c.us[k].Lemma == "when" {
			when = k
			break
		}
		if c.us[k].Kind == 'V' || c.us[k].Kind == 'E' || c.isPunct(k, ".") {
			return
		}
	}
	if when < 0 {
		return
	}
	var parts []arg
	for k := when + 1; k < len(c.us); k++ {
		u := c.us[k]
		if c.isPunct(k, ".") || c.isPunct(k, ";") {
			return
		}
		if u.Kind == 'E' {
			parts = append(parts, c.args(x, k)...)
			continue
		}
		if u.Kind == 'V' && c.us[k-1].Kind == 'E' {
			// the when-clause's own verb, right after its subject
			if u.Neg || u.Passive || x.amongOwners(parts, venture) {
				return
			}
			x.rule = "jointVenture.when"
			x.jointVenture(c.s, parts, c.text(0, k), "named "+c.text(c.subject(v), c.subject(v)), "", "", 0.7)
			return
		}
	}
}

// ventureOwnWith: "Toyota's separate mobility venture with SoftBank, MONET
// Technologies, is not involved": a company's venture with another is a
// joint venture of the two, told by the noun phrase whatever the clause
// says of it; a name in apposition after the partner is the venture. A
// venture capital arm is none.
func (x *extractor) ventureOwnWith(c *clauses, j int) {
	if strings.Contains(c.us[j].words, "capital") || c.us[j-1].Kind != 'E' || !c.ents[c.us[j-1].ent].poss || c.isCountry(j-1) {
		return
	}
	ps := c.pps(j + 1)
	if len(ps) == 0 || ps[0].prep != "with" || ps[0].at != j+2 || !x.namedParty(c, j+2) || !x.namedParty(c, j-1) {
		return // "venture with the operators": a description is no partner here
	}
	owner := c.args(x, j-1)
	if len(owner) != 1 {
		return
	}
	with := c.args(x, j+2)
	name := ""
	if len(with) == 2 && !strings.Contains(c.us[j+2].words, " and ") && !strings.Contains(c.us[j+2].words, "&") &&
		(j+3 >= len(c.us) || c.isPunct(j+3, ",")) {
		// "with B, J,": J is the venture
		name, with = "named "+with[1].text, with[:1]
	}
	parts := append(owner, with...)
	if len(parts) < 2 {
		return
	}
	x.rule = "jointVenture.own-with"
	x.jointVenture(c.s, parts, c.text(j-1, j+2), name, "", "", 0.7)
}
