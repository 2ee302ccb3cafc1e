package extract

import (
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// Companies founded (issue 13, helper x13p). The found family reads
// founding of alliances by any founding or launching verb; a company is
// founded only by a verb of founding proper (found, set up, establish,
// form, create, incorporate) or a founding noun, and only when the
// register knows it as a company or joint venture: "A and B set up Y, an
// investment company", "Y, which A founded in Japan in 2011", "P, who
// founded Y in 2016", "announced the formation of Y". Launching or
// unveiling names products as often as companies and states nothing here;
// neither does a company named only as a possessive ("set up Y's new
// lab"), by a description ("agreed to form the venture": the founding of
// a company told in advance is the joint-venture family's), or as the
// result of a merger ("..., creating Y").

// companyOnly: a verb's founding of a joint venture ("A and B formed Y,
// a joint venture") is the joint-venture family's fact, as the writers
// annotate it; the formation noun states a founding of either.
var companyOnly = []schema.EntityType{schema.TypeCompany}

// companyOrGroup are what a founding participle or relative describes.
var companyOrGroup = []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture, schema.TypeAlliance}

// foundedCompany is the one registered entity of a type in types that
// entity unit u names by name, or the zero arg.
func (x *extractor) foundedCompany(c *clauses, u int, types []schema.EntityType) (arg, bool) {
	if u < 0 || u >= len(c.us) || c.us[u].Kind != 'E' || c.ents[c.us[u].ent].poss {
		return arg{}, false
	}
	as := c.args(x, u)
	if len(as) != 1 || as[0].slug == "" || as[0].m == nil || as[0].m.Coref && !personFoundedPronoun(c.s, as[0].m) || x.resolve(as[0], types) == "" {
		return arg{}, false
	}
	return as[0], true
}

// famFoundCompany: an active founding verb whose object, or the antecedent
// of whose relative pronoun ("Y, which A founded"), is a company.
func (x *extractor) famFoundCompany(c *clauses, v int) {
	u := c.us[v]
	if !founders[u.Lemma] && u.Lemma != "start" && u.Lemma != "launch" || u.Passive || u.Neg {
		return
	}
	if u.Lemma == "start" && v+1 < len(c.us) && (c.us[v+1].Kind == 'V' || c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "to") {
		return // "started selling Y", "started to build": no founding
	}
	if c.isPunct(v-1, ",") && strings.HasSuffix(u.words, "ing") {
		return // "completed the merger, creating Y": a result, no founding
	}
	obj, types, relAnte := c.object(v), companyOnly, false
	if c.foundingRankOpener(v, obj) {
		return // "Founding X member A said": a rank, no founding (found_rank_opener.go)
	}
	if u.Lemma == "launch" && obj >= 0 {
		return // "A launched Y": a product as often as a company; only "Y, which A launched in 2025" (helper x13h9)
	}
	if obj < 0 {
		// "Y, which A founded in 2011": the relative's antecedent, a
		// company or a group (the found family reads a group object).
		s := c.personRunStart(c.subject(v)) // "Y, which P and Q founded" (round 40)
		for s > 0 && s < v && c.us[s-1].Kind == 'M' {
			s-- // "which the Linux Foundation formed"
		}
		if s >= 5 && s < v && u.Lemma != "launch" && c.relative(s-1) && c.us[s-1].words != "who" && c.describesBefore(x, s-2) {
			s -= 1 // "Qualcomm, the San Diego chipmaker that his father P co-founded": the description names the company before it (round 45, dev27)
			obj, types, relAnte = s-3, companyOrGroup, true
		} else if s >= 3 && s < v && c.relative(s-1) && c.us[s-1].words != "who" && c.isPunct(s-2, ",") {
			obj, types, relAnte = s-3, companyOrGroup, true
			if u.Lemma == "launch" {
				// "Y, which A launched in May 2025": a dated launch founds a
				// company; a group launched is the found family's reading
				types = companyOnly
				if x.dateOf(c.s).IsZero() {
					return
				}
			}
		}
	}
	if obj < 0 && founders[u.Lemma] {
		if a := c.apposRelativeAntecedent(v); a >= 0 {
			obj, types = a, companyOrGroup // "Y, the venture that A set up" (found_appos_relative.go)
		}
	}
	if obj < 0 && (u.Lemma != "launch" || !x.dateOf(c.s).IsZero()) {
		if n := c.foundNamed(x, v); n >= 0 { // found_named.go
			obj, types = n, foundedOrNamed
		}
	}
	co, ok := x.foundedCompany(c, obj, types)
	if !ok {
		co, ok = x.personFoundedDescribed(c, v, obj) // found_unveil.go
	}
	if !ok && relAnte {
		co, ok = x.foundDescribedOpener(c, obj) // found_named.go
	}
	if !ok && relAnte && founders[u.Lemma] {
		co, ok = x.personFoundedDescription(c, v, obj) // "the San Francisco start-up, which P and Q founded in 2022" (round 44)
	}
	if !ok {
		return
	}
	if co.m != nil && co.m.Coref && founders[u.Lemma] {
		if o, titled := c.titledSubjectOrg(x, v); titled && x.resolve(o, types) != "" {
			co = o // "Y's chief executive, P, co-founded the company in 2018" (found_company_titled.go)
		}
	}
	x.rule = "found.company"
	x.emitFact(c.s, schema.RelFounded, co, arg{}, c.modText(max(0, c.subject(v)), v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
	if founders[u.Lemma] {
		x.rule = "found.company-person"
		x.personFounders(c, v, co) // found_company_founders.go
	}
	if sub := c.subject(v); sub >= 0 && c.us[sub].Kind == 'E' && !c.ents[c.us[sub].ent].poss && x.typeOf(co.slug) == schema.TypeAlliance {
		// "the AI-RAN Alliance, the industry group that SoftBank Corp.
		// launched": a company that launched it is a founding member
		// (round 29)
		x.rule = "found.company-launcher"
		for _, a := range c.args(x, sub) {
			if x.resolve(a, companyOnly) != "" { // a group that launched another is no member of it (member_launcher.go)
				x.emitFact(c.s, schema.RelFoundingMember, a, co, c.modText(sub, v), 0.7, schema.Fact{})
			}
		}
	}
}

// famFormationCompany: "announced the formation of Y", "the creation of
// Y, a company that ...", "The launch of Y in 2023" (a launch only when
// no venture noun describes Y: that founding is the venture's fact).
func (x *extractor) famFormationCompany(c *clauses) {
	for j, u := range c.us {
		if u.Kind != 'N' || (u.Lemma != "formation" && u.Lemma != "creation" && u.Lemma != "establishment" && u.Lemma != "founding" && u.Lemma != "launch") {
			continue
		}
		if j+2 >= len(c.us) || c.us[j+1].Kind != 'P' || c.us[j+1].Lemma != "of" {
			continue
		}
		co, ok := x.foundedCompany(c, j+2, companyTypes)
		if !ok || u.Lemma == "launch" && c.ventureNear(j+3) {
			continue // "the launch of Y, a joint venture": the venture family's fact
		}
		x.rule = "found.company-nominal"
		x.emitFact(c.s, schema.RelFounded, co, arg{}, c.text(0, j), 0.7, schema.Fact{Date: x.dateOf(c.s)})
	}
}

// famFoundAppos: "Y, a company created in 2022 by A together with B",
// "Y, a group formed last year": a founding participle after the head of
// an apposition describes the name before the comma.
func (x *extractor) famFoundAppos(c *clauses) {
	for v := 3; v < len(c.us); v++ {
		u := c.us[v]
		if !founders[u.Lemma] || !c.participle(v) || u.Neg || c.us[v-1].Kind != 'N' || !c.isPunct(v-2, ",") {
			continue
		}
		if w := c.us[v-1].words; !strings.HasPrefix(w, "a ") && !strings.HasPrefix(w, "an ") {
			continue // "Y, the lab set up by A": not told as a description of Y
		}
		co, ok := x.foundedCompany(c, v-3, companyOrGroup)
		if !ok {
			continue
		}
		x.rule = "found.apposition"
		x.emitFact(c.s, schema.RelFounded, co, arg{}, c.text(v-3, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
		for _, p := range c.pps(v + 1) {
			if ps := c.byPersons(x, p.at); p.prep == "by" && len(ps) > 0 {
				// "Y, a Johannesburg start-up founded in 2022 by P and Q,":
				// the people after "by" (round 40)
				x.rule = "found.apposition-person"
				for _, a := range ps {
					x.companyFounder(c.s, a, co, c.text(v-3, v), 0.7)
				}
			}
		}
	}
}

// ventureNear reports whether a venture noun stands within the few units
// from k to the end of the clause ("Y (UGG), a joint venture that ...").
func (c *clauses) ventureNear(k int) bool {
	for j := k; j < len(c.us) && j < k+5 && !c.boundary(j); j++ {
		if ventureNoun(c.us[j]) {
			return true
		}
	}
	return false
}

// personFoundedDescription is the company a description names when it is
// the antecedent of a relative clause whose subject is a person: "users
// for the San Francisco start-up, which P, Q, R and S founded in 2022"
// (round 44, dev28). Only "the", a capitalised modifier (a place, a
// nationality) and a company noun, resolved to a registered company; "it"
// and plain pronouns stay with personFoundedPronoun.
func (x *extractor) personFoundedDescription(c *clauses, v, obj int) (arg, bool) {
	sub := c.subject(v)
	if sub < 0 || !c.isPerson(x, sub) || obj < 0 || obj >= len(c.us) || c.us[obj].Kind != 'E' || c.ents[c.us[obj].ent].poss {
		return arg{}, false
	}
	as := c.args(x, obj)
	if len(as) != 1 || as[0].m == nil || !as[0].m.Coref || !strings.HasPrefix(strings.ToLower(as[0].m.Text), "the ") || x.resolve(as[0], companyOnly) == "" {
		return arg{}, false
	}
	if ws := strings.Fields(as[0].m.Text); len(ws) < 3 || !strings.ContainsFunc(strings.Join(ws[1:len(ws)-1], " "), unicode.IsUpper) {
		return arg{}, false // "the software company, which P founded": too vague to name one (TestFoundNamed)
	}
	return as[0], true
}

// describesBefore reports whether entity unit d is a definite description
// in apposition to the name before its comma ("Qualcomm, the San Diego
// chipmaker"): a coreferent mention opened by "the" after ", " and a name.
func (c *clauses) describesBefore(x *extractor, d int) bool {
	if d < 2 || !c.isPunct(d-1, ",") || c.us[d-2].Kind != 'E' || c.ents[c.us[d-2].ent].poss {
		return false
	}
	if u := c.us[d]; u.Kind == 'N' {
		return strings.HasPrefix(u.words, "the ") && descOrgHead(u.Lemma)
	}
	as := c.args(x, d)
	return len(as) == 1 && as[0].m != nil && as[0].m.Coref && strings.HasPrefix(strings.ToLower(as[0].m.Text), "the ")
}
