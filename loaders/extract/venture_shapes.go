package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads joint ventures the sentence itself names as one, in
// three clause shapes the other venture rules miss (helper x13v2, issue
// 13): the venture noun as the object of a founding verb with its name in
// apposition ("A and B formed a 50/50 venture, J, to ..."), a reduced
// passive in apposition ("J, the cloud company jointly owned by A and
// B,"), and a founding infinitive after a verb of teaming up with a
// partner ("A teamed up with B to create a joint venture called J").

// teamVerbs take the partner of a joint undertaking in a with-phrase.
var teamVerbs = map[string]bool{
	"team up": true, "partner": true, "join force": true, "join forces": true, "join hands": true, "link up": true, "work": true, "collaborate": true,
}

// sharedVenture reports whether unit u names a joint venture, or a
// venture the share split makes joint ("a 50/50 venture").
func sharedVenture(u unit) bool {
	return ventureNoun(u) || u.Kind == 'N' && u.Lemma == "venture" && shareRE.MatchString(u.words)
}

// famVentureShapes reads the three shapes of one sentence.
func (x *extractor) famVentureShapes(c *clauses) {
	for j, u := range c.us {
		switch {
		case sharedVenture(u) && j >= 1:
			x.ventureObject(c, j)
		case u.Kind == 'V' && u.Lemma == "own" && !u.Passive && !u.Neg && strings.Contains(u.words, "jointly"):
			x.ventureReducedPassive(c, j)
		}
	}
}

// ventureObject: venture noun j is the object of a founding verb, named
// after a comma ("formed a 50/50 venture, J,") or by "called" ("to create
// a joint venture called J"); the partners are the verb's subject, or the
// subject and with-phrase of the verb of teaming up the infinitive hangs
// from.
func (x *extractor) ventureObject(c *clauses, j int) {
	v := j - 1
	if c.us[v].Kind != 'V' || !ventureFoundVerbs[c.us[v].Lemma] || c.us[v].Passive || c.us[v].Neg {
		return
	}
	name := -1
	switch {
	case j+2 < len(c.us) && c.isPunct(j+1, ",") && c.us[j+2].Kind == 'E' && (j+3 >= len(c.us) || c.isPunct(j+3, ",") || c.boundary(j+3)):
		name = j + 2
	case j+2 < len(c.us) && c.us[j+1].Kind == 'V' && (c.us[j+1].Lemma == "call" || c.us[j+1].Lemma == "name" || c.us[j+1].Lemma == "dub") && c.us[j+2].Kind == 'E':
		name = j + 2
	}
	if name < 0 || len(c.args(x, name)) != 1 {
		return
	}
	share := shareRE.FindString(u0(c, j))
	if subj := c.subject(v); subj >= 0 {
		if parts := c.args(x, subj); len(parts) >= 2 {
			x.rule = "jointVenture.object"
			x.jointVenture(c.s, parts, c.modText(subj, v), "named "+c.text(name, name), "", share, 0.75)
			x.ventureFounded(c, v, name)
		}
		return
	}
	x.ventureTeamed(c, v, name, share)
}

// ventureTeamed: founding infinitive v hangs from a verb of teaming up
// whose subject and with-phrase are the partners of venture name: "A
// teamed up with B to create a joint venture called J", "A teamed up with
// B to form J, a joint venture" (venture_args.go).
func (x *extractor) ventureTeamed(c *clauses, v, name int, share string) {
	if v < 2 || c.us[v-1].Kind != 'P' || c.us[v-1].Lemma != "to" {
		return
	}
	for k := v - 2; k >= 0; k-- {
		if c.boundary(k) || c.relative(k) {
			return
		}
		if c.us[k].Kind != 'V' {
			continue
		}
		if !teamVerbs[c.us[k].Lemma] || c.us[k].Passive || c.us[k].Neg {
			return
		}
		subj := c.subject(k)
		if subj < 0 {
			return
		}
		parts := c.args(x, subj)
		for _, p := range c.pps(k + 1) {
			if p.prep == "with" && c.us[p.at].Kind == 'E' && p.at < v {
				parts = append(parts, c.args(x, p.at)...)
			}
		}
		if len(parts) >= 2 {
			x.rule = "jointVenture.teamed"
			n := len(x.facts)
			x.jointVenture(c.s, parts, c.modText(subj, k), "named "+c.text(name, name), "", share, 0.75)
			if len(x.facts) > n {
				x.dropTeamPartners(c.s, x.facts[len(x.facts)-1].Fact)
			}
			x.ventureFounded(c, v, name)
		}
		return
	}
}

// u0 is the text of unit j.
func u0(c *clauses, j int) string { return c.text(j, j) }

// ventureReducedPassive: "J, the cloud company jointly owned by A and B,":
// a participle after the noun phrase in apposition to J.
func (x *extractor) ventureReducedPassive(c *clauses, v int) {
	if v < 3 || c.us[v-1].Kind != 'N' || !c.isPunct(v-2, ",") || c.us[v-3].Kind != 'E' || len(c.args(x, v-3)) != 1 {
		return
	}
	ps := c.pps(v + 1)
	if len(ps) == 0 || ps[0].prep != "by" || c.us[ps[0].at].Kind != 'E' {
		return
	}
	parts := c.args(x, ps[0].at)
	if len(parts) < 2 {
		return
	}
	x.rule = "jointVenture.owned-appos"
	x.jointVenture(c.s, parts, c.text(0, v), "named "+c.text(v-3, v-3), "", "", 0.7)
}

// dropTeamPartners takes back the partnerOf facts of sentence s between
// the partners of venture fact jv: they teamed up to create the venture,
// which the venture fact states.
func (x *extractor) dropTeamPartners(s *sent, jv schema.Fact) {
	in := map[string]bool{}
	for _, p := range jv.Partners {
		in[p.ID] = true
	}
	out := x.facts[:0]
	for _, f := range x.facts {
		if f.Relation == schema.RelPartnerOf && f.Evidence == s.text && in[f.Subject.ID] && in[f.Object.ID] {
			continue
		}
		out = append(out, f)
	}
	x.facts = out
}

// apposedVenture reads a possessive list before venture noun j at the
// start of a clause whose verb follows the closing comma: "J, A and B's
// 50-50 JV, has run the network" leaves the verb no subject but J, so J
// heads the sentence and the venture noun is in apposition to it; the
// partners are the rest of the list.
func (c *clauses) apposedVenture(x *extractor, p, j int) ([]arg, bool) {
	as := c.args(x, p)
	if len(as) < 3 || !c.isPunct(j+1, ",") || j+2 >= len(c.us) || c.us[j+2].Kind != 'V' || c.us[j+2].Passive {
		return nil, false
	}
	if p > 0 && !c.isPunct(p-1, ",") && !c.boundary(p-1) {
		return nil, false
	}
	e := c.ents[c.us[p].ent]
	if len(e.ms) < 3 {
		return nil, false
	}
	between := c.s.text[c.s.ms[e.ms[0]].End:c.s.ms[e.ms[1]].Start]
	if strings.TrimSpace(between) != "," {
		return nil, false
	}
	return as[1:], true
}

// ventureFounded: the venture that founding verb v made, named at unit
// name ("formed a 50/50 venture, J", "created a joint venture called J"),
// was founded, when the register knows it as a company (a registered
// joint venture's founding is its venture fact, found_company.go).
func (x *extractor) ventureFounded(c *clauses, v, name int) {
	co, ok := x.foundedCompany(c, name, companyOnly)
	if !ok {
		return
	}
	mt := c.text(0, v)
	if subj := c.subject(v); subj >= 0 {
		mt = c.modText(subj, v)
	}
	x.rule = "found.venture"
	x.emitFact(c.s, schema.RelFounded, co, arg{}, mt, 0.7, schema.Fact{Date: x.dateOf(c.s)})
}
