package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Companies founded told through a description (helper z18hq, issue 13,
// the orgfacts3 drill):
//   - a relative clause on a description in apposition gaps the founded
//     company: "X, the open RAN firm that A founded in 2011", "X, a
//     start-up which A and B set up in 2019", "X, the tower company it set
//     up last year" (no pronoun), "X, the company A launched last
//     September" (a dated launch, as for "X, which A launched in 2025");
//   - a definite description opening the sentence is the relative
//     clause's antecedent: "The translation company, which A founded in
//     2017, is based in Cologne" (the description resolved to a company);
//   - the founding verb's object is a description and a naming participle
//     gives its name: "A founded a consulting firm called X in 1996", "set
//     up a company named X".
// The description's head must be an organisation noun ("the software that
// A built", "a product called X" found nothing).

// foundedOrNamed are the types a named description founds: a company or a
// group ("formed a coalition called X"); a joint venture's founding is the
// venture family's fact.
var foundedOrNamed = []schema.EntityType{schema.TypeCompany, schema.TypeAlliance}

// foundNamed is the company a founding verb at unit v founds through a
// description: the name a naming participle gives its object, or the name
// the description heading its relative clause stands beside; -1 if none.
func (c *clauses) foundNamed(x *extractor, v int) int {
	j := v + 1
	for j < len(c.us) && (c.us[j].Kind == 'M' || (c.us[j].Kind == 'O' && c.us[j].tag == posAdv)) {
		j++
	}
	if n := c.foundNamedObject(j); n >= 0 && c.us[v].Lemma != "launch" {
		return n // "launched a service called X" names a product as often
	}
	if j < len(c.us) && c.us[j].Kind == 'N' && objectNoun(c.us[j].words) {
		// "A, its property arm B, C and D set up the vehicle in 2024": a
		// founding verb with an object of its own gaps no antecedent; the
		// description before its subject is an apposition in the list.
		return -1
	}
	if s := c.subject(v); s >= 0 && s < v {
		return c.foundDescribedAntecedent(x, s)
	}
	return -1
}

// objectNoun reports whether a noun phrase after a verb is its object:
// one a determiner opens and a time does not head ("the vehicle", "the
// consortium last year"; not "a year later").
func objectNoun(words string) bool {
	ws := strings.Fields(words)
	if len(ws) < 2 || ws[0] != "the" && ws[0] != "a" && ws[0] != "an" {
		return false
	}
	return !temporal(ws[1])
}

// foundDescribedAntecedent is, for a relative clause whose subject is unit
// s, the name a description before it stands in apposition to ("X, the
// firm that A founded", "X, the tower company it set up last year" with
// no pronoun), or -1.
func (c *clauses) foundDescribedAntecedent(x *extractor, s int) int {
	d := s - 1
	if c.relative(d) {
		if w := c.us[d].words; w != "that" && w != "which" {
			return -1
		}
		d--
	}
	if d < 2 || !c.isPunct(d-1, ",") || c.us[d-2].Kind != 'E' || !c.orgDescription(x, d) {
		return -1
	}
	return d - 2
}

// orgDescription reports whether unit d is a description headed by an
// organisation noun: a noun phrase, or a description the mention layer
// read as a reference ("an industry group").
func (c *clauses) orgDescription(x *extractor, d int) bool {
	u := c.us[d]
	switch u.Kind {
	case 'N', 'M':
		return descOrgHead(u.Lemma)
	case 'E':
		as := c.args(x, d)
		if len(as) != 1 || as[0].m == nil || !as[0].m.Coref {
			return false
		}
		ws := strings.Fields(strings.ToLower(as[0].text))
		if len(ws) < 2 || ws[0] != "the" && ws[0] != "a" && ws[0] != "an" {
			return false
		}
		return descOrgHead(ws[len(ws)-1])
	}
	return false
}

// foundNamedObject is, for a founding verb's description object at unit
// obj, the name a naming participle after it gives ("a firm called X"), or
// -1.
func (c *clauses) foundNamedObject(obj int) int {
	if obj < 0 || obj+2 >= len(c.us) || c.us[obj].Kind != 'N' || !descOrgHead(c.us[obj].Lemma) {
		return -1
	}
	if c.isPunct(obj+1, ",") && c.us[obj+2].Kind == 'E' && !c.ents[c.us[obj+2].ent].poss && len(c.ents[c.us[obj+2].ent].ms) == 1 &&
		(obj+3 == len(c.us) || c.isPunct(obj+3, ",") || c.isPunct(obj+3, ".")) {
		return obj + 2 // "set up a standalone company, TenPeaks Data Centres, to hold" (round 45, dev29)
	}
	if n := c.us[obj+1]; n.Kind != 'V' || n.Lemma != "call" && n.Lemma != "name" || n.words != "called" && n.words != "named" {
		return -1
	}
	if c.us[obj+2].Kind != 'E' {
		return -1
	}
	return obj + 2
}

// foundDescribedOpener is the company a definite description opening the
// sentence stands for, when it is the antecedent at unit obj of a founding
// relative clause ("The translation company, which A founded in 2017,
// ..."); a description elsewhere in the sentence may stand for another.
func (x *extractor) foundDescribedOpener(c *clauses, obj int) (arg, bool) {
	if obj != 0 || c.us[0].Kind != 'E' || c.ents[c.us[0].ent].poss || !c.orgDescription(x, 0) {
		return arg{}, false
	}
	as := c.args(x, 0)
	if !strings.HasPrefix(as[0].text, "The ") || x.resolve(as[0], companyOnly) == "" {
		return arg{}, false
	}
	return as[0], true
}
