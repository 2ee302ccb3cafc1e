package extract

import "strings"

// One thing made, launched or run by two parties together (issue 13,
// helper x13z4): "A and B today launched the Industrial AI Cloud", "The
// two companies are also building a multilingual language model", "A and
// B are running the core on B's cloud". The subject is exactly two
// parties (named, described or counted), the verb one of making,
// launching or running, and its object one thing: a singular noun phrase
// with a determiner or a name that is no organisation. Near misses
// (partner_joint_test.go): plural objects ("launched 5G services": each
// its own), "each", "separately", "respectively", "both", "their own",
// three or more parties, an organisation as the object (a venture's or a
// target's own rules read those), work done for a third party ("build the
// network for C": suppliers of C), a negated or passive verb.

// jointMakingVerbs make, launch or run one thing.
var jointMakingVerbs = map[string]bool{
	"launch": true, "build": true, "develop": true, "co-develop": true, "create": true, "design": true, "unveil": true,
	"run": true, "operate": true, "deploy": true, "introduce": true, "roll out": true, "release": true,
	"debut": true, "demonstrate": true, "showcase": true, "train": true, "co-build": true, "co-create": true,
	// one thing shown or put on trial together (round 36, from the read
	// splits: "A and B on Tuesday presented the Industrial AI Cloud", "A
	// and B showed a commercial AI-RAN product"); a site opened together
	// stays no partnership (TestProjectPartner)
	"present": true, "show": true, "pilot": true, "trial": true, "test": true,
}

// distributiveWords make a plural subject's action each party's own.
var distributiveWords = []string{"each", "separately", "respectively", "both", "individually", "independently", "own", "rival", "competing"}

// determiners open a noun phrase that names one thing.
var oneThingDeterminers = map[string]bool{"a": true, "an": true, "the": true, "their": true}

// famJointMaking reads the shape above.
func (x *extractor) famJointMaking(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || !jointMakingVerbs[u.Lemma] {
			continue
		}
		subj := c.subject(v)
		if subj >= v || subj >= 0 && c.isPerson(x, subj) {
			continue
		}
		as, ok := x.jointMakers(c, v, subj) // partner_joint_they.go
		if !ok || len(as) != 2 || as[0].slug != "" && as[0].slug == as[1].slug {
			continue
		}
		o := c.jointObject(v) // partner_joint_they.go
		if c.pricedOneThing(o) {
			o += 2 // "plan to build a $200 million artificial intelligence centre" (round 45)
		} else if o >= len(c.us) || !c.oneThing(x, o) {
			continue
		}
		if hasAnyWord(strings.ToLower(c.text(subj, o)), distributiveWords) || c.forThirdParty(x, o) {
			continue
		}
		x.rule = "partner.joint-making"
		x.reciprocalPairs(c, as, c.modText(subj, v), 0.65) // partner_group.go
	}
}

// oneThing reports whether unit o names one thing: a singular noun phrase
// opened by a determiner ("the project", "a language model") that is no
// partnership noun (the partnership readers take those), or a name of no
// organisation ("the Industrial AI Cloud").
func (c *clauses) oneThing(x *extractor, o int) bool {
	u := c.us[o]
	switch u.Kind {
	case 'N':
		w := strings.Fields(u.words)
		if len(w) < 2 || !oneThingDeterminers[w[0]] || partnershipNouns[u.Lemma] || bodyNouns[u.Lemma] || contestNouns[u.Lemma] {
			return false
		}
		return w[len(w)-1] == u.Lemma // a singular head
	case 'E':
		e := c.ents[u.ent]
		if len(e.ms) != 1 || e.poss {
			return false
		}
		m := c.s.ms[e.ms[0]]
		return m.Kind == 'U' && !m.Coref && (o == 0 || c.us[o-1].Kind == 'M' || oneThingDeterminers[strings.ToLower(strings.Fields(m.Text)[0])])
	}
	return false
}

// bodyNouns name an organisation: making one is founding it or setting up
// a joint venture, which their own rules read.
var bodyNouns = map[string]bool{
	"venture": true, "company": true, "firm": true, "entity": true, "business": true, "group": true, "consortium": true,
	"body": true, "association": true, "forum": true, "coalition": true, "initiative": true, "foundation": true, "subsidiary": true,
	"unit": true, "fund": true, "operator": true, "start-up": true, "startup": true, "programme": true, "program": true,
}

// contestNouns are objects of the making verbs that make no joint work:
// "run the risk", "launched a lawsuit", "opened a probe".
var contestNouns = map[string]bool{
	"risk": true, "race": true, "rivalry": true, "battle": true, "war": true, "fight": true, "lawsuit": true, "suit": true,
	"case": true, "complaint": true, "appeal": true, "challenge": true, "probe": true, "investigation": true,
	"gauntlet": true, "lead": true, "show": true, "gamut": true, "price": true, "offer": true,
}

// andPair reports whether a two-mention subject at unit subj is joined by
// "and" or "&" ("A and B"), not a comma the clause reader took for a
// list ("In competition with B, A launched"). A described or counted
// pair ("the two companies") is one mention and passes.
func (c *clauses) andPair(subj int) bool {
	ms := c.ents[c.us[subj].ent].ms
	if len(ms) == 1 {
		return true // a counted pair, or subjectArgs' "A and the carrier"
	}
	if len(ms) != 2 {
		return false
	}
	a, b := c.s.ms[ms[0]], c.s.ms[ms[1]]
	if a.End > b.Start || b.Start > len(c.s.text) {
		return false
	}
	j := strings.ToLower(c.s.text[a.End:b.Start])
	return hasAnyWord(j, []string{"and", "&"})
}

// forThirdParty reports whether a for-phrase naming an organisation
// follows the object at unit o in its clause: the thing is made for a
// customer.
func (c *clauses) forThirdParty(x *extractor, o int) bool {
	for j := o + 1; j+1 < len(c.us) && !c.boundary(j) && c.us[j].Kind != 'V' && !c.relative(j); j++ {
		if c.us[j].Kind == 'P' && c.us[j].Lemma == "for" {
			if k := c.skipDescriptors(j + 1); k < len(c.us) && c.us[k].Kind == 'E' && !c.isCountry(k) {
				return true
			}
		}
	}
	return false
}

// notJointWork are nouns that "joint" makes a shared holding or a
// statement, not work done together.
var notJointWork = map[string]bool{
	"venture": true, "ownership": true, "stake": true, "owner": true, "statement": true, "letter": true, "control": true,
	"holding": true, "account": true, "custody": true, "liability": true, "bidder": true,
	"company": true, // "set up a joint company": a joint venture (round 33)
}

// famJointNoun: "A presented joint work with B on AI chips", "A and B
// published a joint paper": the object of a verb is work that "joint"
// qualifies, and the with-phrase after it (or, with none, a subject of
// two parties) names the partners. A person as the subject, a negated or
// passive verb, a joint venture or a joint holding are not read.
func (x *extractor) famJointNoun(c *clauses) {
	for n := 1; n < len(c.us); n++ {
		u := c.us[n]
		if u.Kind != 'N' || !u.hasMod("joint") || notJointWork[u.Lemma] || bodyNouns[u.Lemma] {
			continue
		}
		v := n - 1
		if c.us[v].Kind == 'M' && v > 0 {
			v--
		}
		w := c.us[v]
		if w.Kind != 'V' || w.Neg || w.Passive || notReciprocal[w.Lemma] {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.isPerson(x, subj) || c.ents[c.us[subj].ent].poss {
			continue
		}
		x.rule = "partner.joint-noun"
		if k := c.partnerNounWith(n); k >= 0 && !c.isPerson(x, k) {
			x.partnerPairs(c, x.subjectArgs(c, subj), x.withArgs(c, k), c.modText(subj, v), 0.7)
			continue
		}
		if n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "with" || c.us[n+1].Lemma == "between") {
			continue // with a description or between others
		}
		if as := x.subjectArgs(c, subj); len(as) == 2 && c.andPair(subj) {
			x.reciprocalPairs(c, as, c.modText(subj, v), 0.7)
		}
	}
}

// pricedOneThing reports whether unit o opens one thing with its price
// between the determiner and the noun ("a $200 million artificial
// intelligence centre"), which the chunker splits at the currency sign.
func (c *clauses) pricedOneThing(o int) bool {
	if o+2 >= len(c.us) || c.us[o].Kind != 'N' || !oneThingDeterminers[c.us[o].words] || c.us[o+1].Kind != 'O' || !currencySigns[c.us[o+1].words] {
		return false
	}
	n := c.us[o+2]
	w := strings.Fields(n.words)
	return n.Kind == 'N' && len(w) >= 3 && w[len(w)-1] == n.Lemma && !partnershipNouns[n.Lemma] && !bodyNouns[n.Lemma] && !contestNouns[n.Lemma]
}
