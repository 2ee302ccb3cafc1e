package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// partnershipNouns are the nouns of a partnership that verbs such as
// "sign" or "forge" take.
var partnershipNouns = map[string]bool{
	"partnership": true, "collaboration": true, "alliance": true, "agreement": true, "mou": true, "memorandum": true,
	"pact": true, "tie-up": true, "cooperation": true, "deal": true, "relationship": true, "letter": true,
}

// jointWork are verbs whose with-phrase, right after their object, names
// a partner in the work ("trial the technology with", "launched it with").
var jointWork = map[string]bool{"unveil": true, "trial": true, "test": true, "pilot": true, "co-develop": true, "develop": true, "launch": true, "build": true, "co-build": true}

// partnerVerbs take their partner in a with-phrase without a noun.
var partnerVerbs = map[string]bool{
	"partner": true, "team up": true, "team": true, "collaborate": true, "cooperate": true, "ally": true, "tie up": true, "work": true,
	"co-develop": true, "co-build": true, // "A and B will co-develop models": the prefix says the work is shared
}

// famPartner: "A partnered with B", "A unveiled a five-year partnership
// with B", "A forges partnership with B", "A and B teamed up".
func (x *extractor) famPartner(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	if subj < 0 && !u.Passive {
		subj = c.ingSubject(v) // partner_nominal.go
	}
	if subj < 0 && !u.Passive {
		subj = c.appositiveIngSubject(v) // partner_support.go
	}
	if p := c.possessorOf(subj); p >= 0 && subj == v-1 && u.Lemma == "work" {
		subj = p // "A's AI-RAN work with B" (partner_support.go)
	}
	if subj < 0 || u.Passive {
		x.theyPartner(c, v)
		return
	}
	if u.Lemma == "select" || u.Lemma == "choose" || u.Lemma == "pick" {
		// "A has selected B as its partner"
		obj := c.object(v)
		if obj < 0 {
			return
		}
		for _, p := range c.pps(obj + 1) {
			if p.prep == "as" && c.us[p.at].Kind == 'N' && (c.us[p.at].Lemma == "partner" || c.us[p.at].hasMod("partner")) {
				x.rule = "partner.select"
				x.partnerPairs(c, c.args(x, subj), c.args(x, obj), c.modText(subj, v), 0.75)
			}
		}
		return
	}
	if u.Lemma == "work" && !strings.Contains(c.text(v, min(v+2, len(c.us)-1)), "with") && strings.Contains(c.text(v, min(v+1, len(c.us)-1)), "together") {
		// "The two companies will work together on edge AI"
		x.reciprocalPairs(c, c.args(x, subj), c.modText(subj, v), 0.7)
		return
	}
	if jointWork[u.Lemma] && !(v+1 < len(c.us) && c.us[v+1].Kind == 'N' && partnershipNouns[c.us[v+1].Lemma]) && x.unnamedPartnership(c, v+1) == "" {
		// "A will trial the technology with B", "we launched it with B":
		// the with-phrase right after the object names a partner.
		o := v + 1
		if o < len(c.us) && (c.us[o].Kind == 'N' || c.us[o].Kind == 'E') {
			o = c.skipQuotedName(o + 1) // "is building an \"Industrial AI Cloud\" in Munich with B" (round 33)
		} else if !c.relativeObjectOf(subj) {
			return // "A will build with B": no object, no joint work
		} else if foundingLemma[u.Lemma] && c.namedAntecedent(subj) {
			return // "Y, the project that A launched with B": a founding (found.relative), no partnership
		}
		if k := c.jointWorkPartnerAfter(o); k >= 0 { // "with B", "alongside B", "with support from B" (partner_support.go)
			if c.throughVenture(k + 1) {
				x.rule = "venture.joint-work" // venture_through.go
				x.jointVenture(c.s, append(c.args(x, subj), c.args(x, k)...), c.modText(subj, v), "", "", "", 0.7)
				return
			}
			x.rule = "partner.joint-work"
			x.partnerPairs(c, c.args(x, subj), c.args(x, k), c.modText(subj, v), 0.65)
			for _, w := range c.moreWith(k) { // "in Batam with A and B, and in Bangkok with C and D" (partner_roles.go)
				x.partnerPairs(c, c.args(x, subj), c.args(x, w), c.modText(subj, v), 0.65)
			}
		}
		return
	}
	from := v + 1
	if !partnerVerbs[u.Lemma] {
		n := v + 1
		if u.Lemma == "enter" && n+1 < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "into" {
			n++ // "A entered into a collaboration agreement with B"
		}
		if pn := c.partnershipNounAt(n); pn >= 0 {
			from = pn + 1 // invest_priced.go, partner_noun_coord.go
		} else if n < len(c.us) && c.us[n].Kind == 'N' && u.Lemma == "join" && (c.us[n].words == "forces" || c.us[n].words == "hands") {
			from = n + 1
		} else if ph := x.unnamedPartnership(c, n); ph != "" {
			from = n + 1
			x.unlessNamed = ph // partner_unnamed.go
			defer func() { x.unlessNamed = "" }()
		} else {
			return
		}
	}
	if u.Lemma == "work" && !strings.Contains(c.text(v, min(v+2, len(c.us)-1)), "with") && !strings.Contains(c.text(v, min(v+2, len(c.us)-1)), "alongside") {
		return
	}
	if u.Lemma == "join" && c.toFound(from) {
		return // "joined forces with A and B to launch X": founders, not partners
	}
	if u.Lemma == "partner" && from == v+1 && from < len(c.us) && c.us[from].Kind == 'E' && !c.ents[c.us[from].ent].poss && !c.isPerson(x, from) {
		// "A is partnering B on AI": the partner as the direct object (partner_support.go)
		x.rule = "partner.object"
		x.partnerPairs(c, x.subjectArgs(c, subj), c.args(x, from), c.modText(subj, v), 0.75)
		return
	}
	for _, p := range c.pps(from) {
		if (p.prep == "with" || p.prep == "alongside" && (u.Lemma == "work" || u.Lemma == "collaborate")) && c.us[p.at].Kind == 'E' {
			base := 0.8
			if u.Lemma == "work" {
				base = 0.7
			}
			// "with P's X" (partner_person_poss.go)
			at := c.personOwned(x, p.at)
			x.partnerPairs(c, x.subjectArgs(c, subj), x.withArgs(c, at), c.modText(subj, v), base) // partner_roles.go
			// a second partnership the verb takes (partner_noun_coord.go)
			if k := c.coordinatedPact(at); k >= 0 {
				x.partnerPairs(c, x.subjectArgs(c, subj), x.withArgs(c, k), c.modText(subj, v), base)
			}
			return
		}
		if p.prep != "with" && p.prep != "on" && p.prep != "to" && p.prep != "for" && p.prep != "in" && p.prep != "of" {
			break
		}
	}
	// "A and B teamed up", "A and B unveiled a partnership" with no
	// with-phrase: the two are partners.
	if u.Lemma != "work" {
		if as := x.subjectArgs(c, subj); len(as) == 2 || partnerVerbs[u.Lemma] && x.namedParty(c, subj) { // partner_group.go
			x.reciprocalPairs(c, as, c.modText(subj, v), 0.75)
		}
	}
}

// toFound reports whether a to-infinitive of a founding verb follows
// unit from in the sentence.
func (c *clauses) toFound(from int) bool {
	for j := from; j+1 < len(c.us); j++ {
		if c.us[j].Kind == 'P' && c.us[j].Lemma == "to" && c.us[j+1].Kind == 'V' && (founders[c.us[j+1].Lemma] || c.us[j+1].Lemma == "launch" || c.us[j+1].Lemma == "start") {
			return true
		}
	}
	return false
}

// partnerPairs states partnerOf between every a and every b.
func (x *extractor) partnerPairs(c *clauses, as, bs []arg, modText string, base float64) {
	for _, a := range as {
		for _, b := range bs {
			x.emitFact(c.s, schema.RelPartnerOf, a, b, modText, base, schema.Fact{})
		}
	}
}

// famInCooperation: "A would work in cooperation with B", "in partnership
// with B", "is rolling out X under a partnership with B": the clause's
// subject and B are partners.
func (x *extractor) famInCooperation(c *clauses) {
	for j := 0; j+3 < len(c.us); j++ {
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "in" && c.us[j].Lemma != "under" || c.us[j+1].Kind != 'N' {
			continue
		}
		if l := c.us[j+1].Lemma; l != "cooperation" && l != "partnership" && l != "collaboration" {
			continue
		}
		if c.us[j].Lemma == "under" && !strings.HasPrefix(c.us[j+1].words, "a ") && !strings.HasPrefix(c.us[j+1].words, "an ") && !strings.HasPrefix(c.us[j+1].words, "the ") && !strings.HasPrefix(c.us[j+1].words, "its ") {
			continue // "under a partnership with the chipmaker announced in April" (round 28, dev5)
		}
		if c.us[j+2].Kind != 'P' || c.us[j+2].Lemma != "with" {
			continue
		}
		k := c.skipDescriptorRun(j + 3) // "in cooperation with chipmaker B", "with ride-hailing and payments group B" (partner_roles.go)
		if k >= len(c.us) || c.us[k].Kind != 'E' {
			continue
		}
		v := j - 1
		for v >= 0 && c.us[v].Kind != 'V' && !c.boundary(v) {
			v--
		}
		if v < 0 || c.us[v].Kind != 'V' {
			continue
		}
		subj := c.subject(v)
		if c.us[v].Passive || subj < 0 {
			subj = c.cooperationAgent(v, j) // partner_nominal.go
		}
		if subj < 0 {
			continue
		}
		x.partnerPairs(c, c.args(x, subj), x.withArgs(c, k), c.modText(subj, v), 0.75)
	}
}

// skipQuotedName is the unit after a quoted name at unit o ("an
// \"Industrial AI Cloud\""), or o when no quote opens there.
func (c *clauses) skipQuotedName(o int) int {
	if !c.isPunct(o, "\"") && !c.isPunct(o, "“") {
		return o
	}
	for j := o + 1; j < len(c.us) && j <= o+4; j++ {
		if c.isPunct(j, "\"") || c.isPunct(j, "”") {
			return j + 1
		}
	}
	return o
}

// foundingLemma are the joint-work verbs that found what they make.
var foundingLemma = map[string]bool{"launch": true, "set up": true, "found": true, "create": true, "form": true, "establish": true, "start": true}

// namedAntecedent reports whether the relative clause whose subject is
// unit subj describes a name in apposition ("Y, the project that A
// launched"): the relative pronoun, its noun, a comma, a name.
func (c *clauses) namedAntecedent(subj int) bool {
	k := subj - 1
	for k >= 0 && c.us[k].Kind == 'M' {
		k--
	}
	if k < 3 || !foundedNouns[c.us[k-1].Lemma] {
		return false
	}
	j := k - 2
	for j > 0 && (c.us[j].Kind == 'M' || c.us[j].Kind == 'E' && c.isCountry(j)) {
		j-- // "Stargate, the US data-centre project that"
	}
	return j >= 1 && c.isPunct(j, ",") && c.us[j-1].Kind == 'E' && !c.ents[c.us[j-1].ent].poss
}

// foundedNouns describe what a founding makes ("the project that A
// launched"); "the chatbot that A launched with B" is joint work.
var foundedNouns = map[string]bool{
	"project": true, "venture": true, "initiative": true, "alliance": true, "consortium": true, "effort": true,
	"programme": true, "program": true, "body": true, "forum": true,
}
