package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Partnerships told through a noun or an adverb rather than a partner
// verb (issue 13, helper x13p):
//   - a possessive holder: "A's five-year partnership with B", "A's work
//     with B on network operations";
//   - "have" with a partnership noun: "A has a broad partnership with B",
//     "A and B already have a tie-up";
//   - a reciprocal adverb over two parties: "the two firms agreed to build
//     a model together", "A and B will jointly develop a search service".
// Near misses: ownership told with the same adverbs ("A and B jointly own
// Y", "together hold 60%"), a negated clause, talks about a partnership,
// and more or fewer than two parties for an adverb.

// nominalPartnerNouns are the nouns of a partnership whose holder and
// with-phrase name the two partners. "agreement", "deal" and "letter"
// are left out: a customer's or supplier's contract is no partnership.
var nominalPartnerNouns = map[string]bool{
	"partnership": true, "collaboration": true, "alliance": true, "tie-up": true, "cooperation": true, "pact": true,
	"memorandum": true, "mou": true,
}

// notReciprocal are verbs that "jointly" or "together" make a shared
// ownership or a sum, not a partnership.
var notReciprocal = map[string]bool{
	"own": true, "hold": true, "control": true, "account": true, "invest": true, "have": true, "be": true,
	"make up": true, "represent": true, "raise": true, "spend": true, "pay": true, "employ": true, "serve": true,
	"buy": true, "acquire": true, "fund": true, "back": true, "finance": true, "total": true, "say": true, "merge": true,
}

// assembleVerbs take "together" as a particle: "put together a new
// body" is a making, no working together.
var assembleVerbs = map[string]bool{"put": true, "bring": true, "pull": true, "piece": true, "cobble": true, "get": true, "band": true, "club": true}

// famPartnerNominal reads the three shapes above, "with which"
// (partner_roles.go), one thing made by two (partner_joint.go) and
// "The companies working with N are A and B" (partner_copula_roster.go),
// "A and B have been partners since 2019" (partner_copula.go) and "built
// B's answer engine into its assistant" (partner_integrate.go).
func (x *extractor) famPartnerNominal(c *clauses) {
	x.famWithWhich(c)
	x.famJointMaking(c)  // partner_joint.go
	x.famNamedPartner(c) // partner_named.go
	x.famBuiltWith(c)    // partner_built_with.go
	x.famJointNoun(c)
	x.famPartnerRosterCopula(c) // partner_copula_roster.go
	x.famPartnerNoun(c)         // partner_copula.go
	x.famIntegrate(c)           // partner_integrate.go
	for j := 0; j < len(c.us); j++ {
		u := c.us[j]
		switch {
		case u.Kind == 'E' && c.ents[u.ent].poss && j+2 < len(c.us):
			x.partnerPossessive(c, j)
		case u.Kind == 'N':
			x.partnerSectionDefinite(c, j) // partner_section_definite.go
		case u.Kind == 'V' && u.Lemma == "have" && !u.Neg:
			x.partnerHave(c, j)
		case u.Kind == 'V' && !u.Neg && !u.Passive && !notReciprocal[u.Lemma] && !partnerVerbs[u.Lemma]:
			x.partnerAdverb(c, j)
		}
	}
}

// partnerNounWith returns the entity unit of the with-phrase right after
// the partnership noun at unit n ("partnership with chipmaker B"), or -1.
func (c *clauses) partnerNounWith(n int) int {
	if n+4 < len(c.us) && c.us[n].Lemma == "memorandum" && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "of" {
		n += 2 // "a memorandum of understanding with B"
	}
	if n+2 >= len(c.us) || c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "with" {
		return -1
	}
	k := c.personOwned(nil, c.skipDescriptors(n+2)) // "with P's X" (partner_person_poss.go)
	if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
		return -1
	}
	return k
}

// partnerPossessive: "A's partnership with B", "A's work with B".
func (x *extractor) partnerPossessive(c *clauses, j int) {
	n := j + 1
	if n+2 < len(c.us) && c.us[n].Kind == 'E' && !c.ents[c.us[n].ent].poss && c.us[n+1].Kind == 'N' && nominalPartnerNouns[c.us[n+1].Lemma] &&
		c.us[n+2].Kind == 'P' && c.us[n+2].Lemma == "with" {
		n++ // "A's Starlink tie-up with B": a product's name before the noun, the partner after "with" (round 36)
	}
	if n+2 < len(c.us) && c.us[n].Kind == 'N' && c.isPunct(n+1, ",") && c.us[n+2].Kind == 'N' && strings.ContainsAny(c.us[n].words, "-0123456789") &&
		(nominalPartnerNouns[c.us[n+2].Lemma] || possDealNouns[c.us[n+2].Lemma]) {
		n += 2 // "its five-year, 2.4 trillion won partnership with B" (round 33, dev20)
	}
	if c.us[n].Kind == 'N' && possDealNouns[c.us[n].Lemma] {
		if k := c.partnerNounWith(n); k >= 0 && c.possDealAt(n, k) && !x.descHolderAmbiguous(c, j) { // partner_poss_deal.go
			x.rule = "partner.possessive-deal"
			x.partnerPairs(c, c.args(x, j), x.withArgs(c, k), c.text(j, k), 0.7)
		}
		return
	}
	if c.us[n].Kind != 'N' || !(nominalPartnerNouns[c.us[n].Lemma] || c.us[n].Lemma == "work") {
		return
	}
	if c.us[n].hasMod("no") || c.us[n].hasMod("former") || c.us[n].hasMod("possible") || c.us[n].hasMod("potential") || c.us[n].hasMod("proposed") {
		return
	}
	k := c.partnerNounWith(n)
	if k < 0 {
		// "A and B's partnership covers fibre": the two holders
		if as := c.args(x, j); len(as) == 2 && c.andPair(j) && nominalPartnerNouns[c.us[n].Lemma] && !(n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "with" || c.us[n+1].Lemma == "between")) {
			x.rule = "partner.possessive-pair"
			x.reciprocalPairs(c, as, c.text(j, n), 0.7)
		}
		return
	}
	x.rule = "partner.possessive"
	x.partnerPairs(c, c.args(x, j), x.withArgs(c, k), c.text(j, k), 0.7)
	for _, e := range c.carriedNouns(k) { // partner_roles.go
		x.partnerPairs(c, c.args(x, j), x.withArgs(c, e), c.text(j, e), 0.7)
	}
}

// partnerHave: "A has a partnership with B"; with no with-phrase, "A and
// B have a tie-up".
func (x *extractor) partnerHave(c *clauses, v int) {
	n := c.partnerNounAt(v + 1) // partner_roles.go
	if n < 0 && c.haveAgreementAt(v+1) {
		n = v + 1 // "has its own agreement with B" (partner_have_agreement.go)
	}
	if n < 0 || c.us[n].hasMod("no") || c.us[n].hasMod(tentativeMods...) {
		return
	}
	subj := c.subject(v)
	if subj < 0 {
		return
	}
	x.rule = "partner.have"
	if k := c.partnerNounWith(n); k >= 0 {
		x.partnerPairs(c, x.subjectArgs(c, subj), x.withArgs(c, k), c.modText(subj, v), 0.7)
		return
	}
	if n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "with" || c.us[n+1].Lemma == "between") {
		return // with a description or between others: not the subject's pair
	}
	if as := x.subjectArgs(c, subj); len(as) == 2 {
		x.reciprocalPairs(c, as, c.modText(subj, v), 0.7)
	}
}

// partnerAdverb: "jointly" before the verb or "together" after it (not
// "together with") over a subject of exactly two parties.
func (x *extractor) partnerAdverb(c *clauses, v int) {
	u := c.us[v]
	joint := strings.Contains(u.words, "jointly") || v > 0 && c.us[v-1].Kind == 'O' && c.us[v-1].words == "jointly"
	if !joint && !assembleVerbs[u.Lemma] {
		for k := v + 1; k < len(c.us) && !c.boundary(k) && !c.isPunct(k, ",") && c.us[k].Kind != 'V' && !c.relative(k); k++ {
			if c.us[k].words == "together" || strings.HasSuffix(c.us[k].words, " together") {
				if k+1 < len(c.us) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "with" {
					break
				}
				joint = true
				break
			}
		}
	}
	if !joint || pluralHeadVerbs[u.Lemma] || u.Lemma == "coordinate" {
		return // "A and B jointly lead X": co-leaders of X, the lead family's (round 44)
	}
	subj := c.subject(v)
	if subj < 0 {
		subj = c.theyReported(v) // "A and B said they would jointly develop ..." (round 44)
	}
	if subj < 0 {
		return
	}
	if c.coRunBusiness(x, v, subj) {
		return // partner_coowned.go
	}
	if as := c.args(x, subj); len(as) == 2 {
		x.rule = "partner.reciprocal-adverb"
		x.reciprocalPairs(c, as, c.modText(subj, v), 0.7)
	}
}

// cooperationAgent is the party that worked "in cooperation with" B when
// the verb at v does not name it as its subject: a passive's by-phrase
// before the cue ("was written by A in cooperation with B"), or, for a
// bare participle describing a thing ("unveiled a data centre, built in
// cooperation with B"; "released N, a model developed in cooperation
// with B"), the subject of the verb whose object the thing is. It returns
// -1 when there is none.
func (c *clauses) cooperationAgent(v, cue int) int {
	u := c.us[v]
	if u.Passive {
		for k := v + 1; k+1 < cue; k++ {
			if c.us[k].Kind == 'P' && c.us[k].Lemma == "by" && c.us[k+1].Kind == 'E' && !c.ents[c.us[k+1].ent].poss {
				return k + 1
			}
		}
		return -1
	}
	if !c.participle(v) || v == 0 || c.us[v-1].Kind == 'E' {
		return -1
	}
	for m := v - 1; m >= 0 && !c.boundary(m); m-- {
		if c.us[m].Kind == 'V' && c.participle(m) && c.topicSubject(m) < 0 {
			continue // "a data centre packed with GPUs and built in ..."
		}
		if c.us[m].Kind == 'V' {
			if c.us[m].Neg || c.us[m].Passive || c.us[m].Lemma == "be" || c.us[m].Lemma == "say" {
				return -1
			}
			if s := c.topicSubject(m); s >= 0 && s < m { // partner_roles.go
				return s
			}
			return -1
		}
		if c.relative(m) {
			return -1 // a clause of its own between
		}
	}
	return -1
}

// participle reports whether unit v is a bare past participle, a verb
// group of one word with no auxiliary.
func (c *clauses) participle(v int) bool {
	u := c.us[v]
	return u.Kind == 'V' && !u.Passive && u.To-u.From == 1 && u.From < len(c.ts) && (c.ts[u.From].Form == formPast || c.ts[u.From].Form == formPart)
}

// famAmongPartners: the partners named before the copula, their holder
// after it: "A and B are among its channel partners", "A is one of X's
// technology partners". "its" is the organisation the sentence names
// before the list ("It sells through resellers; A and B are among its
// partners"), else the subject carried from the sentence before.
func (x *extractor) famAmongPartners(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "be" && u.Lemma != "remain" && u.Lemma != "become" || u.Neg { // "has become one of X's cloud partners" (round 40)
			continue
		}
		k := v + 1
		if c.us[k].Kind == 'N' && c.us[k].words == "one" && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "of" {
			k += 2
		} else if c.us[k].Kind == 'P' && c.us[k].Lemma == "among" {
			k++
		} else {
			continue
		}
		if k >= len(c.us) {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.isPerson(x, subj) {
			continue
		}
		var owner arg
		switch n := c.us[k]; {
		case n.Kind == 'N' && n.Lemma == "partner" && (strings.HasPrefix(n.words, "its ") || strings.HasPrefix(n.words, "their ")):
			o, ok := x.sentenceHolder(c, subj)
			if !ok {
				continue
			}
			owner = o
		case n.Kind == 'E' && c.ents[n.ent].poss && k+1 < len(c.us):
			// "one of Nvidia's closest AI-RAN partners" (round 30, dev16):
			// up to two modifiers before the noun; not potential, former or
			// founding partners
			p := k + 1
			for p < len(c.us) && p <= k+2 && (c.us[p].Kind == 'M' || c.us[p].Kind == 'E' && !c.ents[c.us[p].ent].poss) && c.us[p].Lemma != "partner" {
				if hasAnyWord(c.us[p].words, []string{"founding", "former", "previous", "old"}) || hasAnyWord(c.us[p].words, tentativeMods) {
					p = len(c.us)
				}
				p++
			}
			if p >= len(c.us) || c.us[p].Kind != 'N' || c.us[p].Lemma != "partner" || !possPartnerNoun(c.us[p]) {
				continue
			}
			as := c.args(x, k)
			if len(as) != 1 {
				continue
			}
			owner = as[0]
		default:
			continue
		}
		x.rule = "partner.among"
		for _, a := range c.args(x, subj) {
			x.emitFact(c.s, schema.RelPartnerOf, owner, a, c.modText(subj, v), 0.7, schema.Fact{})
		}
	}
}

// sentenceHolder is what "its" stands for when a list precedes it: the one
// organisation named before the list in the sentence, else the subject
// carried from the previous sentence.
func (x *extractor) sentenceHolder(c *clauses, list int) (arg, bool) {
	for i := 0; i < list; i++ {
		if c.us[i].Kind == 'E' && !c.isPerson(x, i) && !c.isCountry(i) {
			if as := c.args(x, i); len(as) == 1 {
				return as[0], true
			}
			return arg{}, false
		}
	}
	if x.prevSubj != "" {
		return arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"}, true
	}
	return arg{}, false
}

// ingSubject is the subject of a present participle that opens a clause
// after a comma ("A went further, forging a partnership with B"): the
// subject of the finite verb before the comma. It returns -1 when there
// is none, or when that verb is negated or reports speech.
func (c *clauses) ingSubject(v int) int {
	u := c.us[v]
	if u.To-u.From != 1 || !strings.HasSuffix(u.words, "ing") || !c.isPunct(v-1, ",") {
		return -1
	}
	for m := v - 2; m >= 0 && !c.boundary(m) && !c.relative(m); m-- {
		if c.us[m].Kind != 'V' {
			continue
		}
		if c.us[m].Neg || c.us[m].Lemma == "say" || strings.HasSuffix(c.us[m].words, "ing") {
			return -1
		}
		if s := c.subject(m); s >= 0 && s < m {
			return s
		}
		return -1
	}
	return -1
}

// asPartnerVerbs take their object "as" a partner: "A signed B as an
// exclusive partner", "A named B as its launch partner".
var asPartnerVerbs = map[string]bool{
	"sign": true, "name": true, "tap": true, "enlist": true, "add": true, "bring on": true, "sign up": true, "announce": true,
	// gathering verbs (partner_as_role_test.go): "A has lined up B, C and D as partners"
	"line up": true, "bring in": true, "recruit": true, "rope in": true, "welcome": true, "onboard": true,
}

// famAsPartner: a verb's object taken "as" a partner of its subject,
// when the subject is a name.
// Selecting verbs (select, choose, pick) are the partner family's.
func (x *extractor) famAsPartner(c *clauses) {
	for v := 0; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg {
			continue
		}
		obj := c.particleObject(v) // "brought in B as a partner" (partner_as_role.go)
		if obj < 0 && asPartnerVerbs[u.Lemma] {
			obj = c.object(v)
			if f := c.skipDescriptors(v + 1); f < obj && c.us[f].Kind == 'E' {
				obj = f // the roster's first item, not the one its descriptor reaches
			}
		}
		if obj < 0 {
			continue
		}
		at, objs := c.describedListTo(obj, "as") // "B, C's arm D and data firm E as partners" (partner_as_role.go)
		if at < 0 || at+1 >= len(c.us) {
			continue
		}
		n := c.us[at+1]
		if n.Kind != 'N' || n.Lemma != "partner" || n.hasMod("former", "potential", "possible") {
			continue
		}
		subj := c.subject(v)
		if subj < 0 {
			subj = c.ingSubject(v)
		}
		if subj < 0 || c.isPerson(x, subj) || c.isPerson(x, obj) {
			continue
		}
		as := c.args(x, subj)
		if len(as) != 1 || as[0].m == nil || as[0].m.Coref && pronounWord(as[0].m.Text) {
			continue // a pronoun far from its antecedent: too uncertain (a description, "the chipmaker", is resolved by its kind)
		}
		x.rule = "partner.as"
		var bs []arg
		for _, o := range objs {
			bs = append(bs, c.args(x, o)...)
		}
		x.partnerPairs(c, as, dropPossessors(bs), c.modText(subj, v), 0.7)
	}
}

// relativeObjectOf reports whether the subject at unit subj opens an
// object relative clause ("a cluster that A will build with B"): the verb's
// object is the relative's antecedent, so its with-phrase follows the verb.
func (c *clauses) relativeObjectOf(subj int) bool {
	k := subj - 1
	for k >= 0 && c.us[k].Kind == 'M' {
		k--
	}
	return k >= 1 && c.relative(k) && c.us[k].words != "who" && c.us[k-1].Kind == 'N'
}

// partnerNounVerbs take a partnership noun as their object.
var partnerNounVerbs = map[string]bool{
	"unveil": true, "announce": true, "sign": true, "forge": true, "strike": true, "ink": true, "seal": true,
	"enter": true, "agree": true, "expand": true, "extend": true, "deepen": true, "renew": true, "form": true,
}

// famPartnerNounObject: "A unveiled a multi-year strategic alliance with
// B" when the mention layer read the indefinite noun phrase as a group
// description: "a"/"an" + a partnership noun is no group here.
func (x *extractor) famPartnerNounObject(c *clauses) {
	for v := 1; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || !partnerNounVerbs[u.Lemma] || c.us[v+1].Kind != 'E' {
			continue
		}
		w := strings.Fields(c.us[v+1].words)
		if len(w) < 2 || w[0] != "a" && w[0] != "an" || !nominalPartnerNouns[w[len(w)-1]] {
			continue
		}
		k := c.partnerNounWith(v + 1)
		subj := c.subject(v)
		if k < 0 || subj < 0 {
			continue
		}
		x.rule = "partner.noun-object"
		x.partnerPairs(c, c.args(x, subj), c.args(x, k), c.modText(subj, v), 0.75)
	}
}

// theyReported is the subject of a reporting verb whose clause "they"
// opens before verb v: in "A and B said (that) they would jointly develop
// X", "they" are A and B (round 44, dev28); -1 otherwise.
func (c *clauses) theyReported(v int) int {
	k := v - 1
	if k < 1 || c.us[k].Kind != 'N' || c.us[k].words != "they" {
		return -1
	}
	r := k - 1
	if r >= 1 && c.us[r].words == "that" {
		r--
	}
	if r < 0 || c.us[r].Kind != 'V' || !reportVerbs[c.us[r].Lemma] {
		return -1
	}
	return c.subject(r)
}
