package extract

import "github.com/telcograph/telcograph/schema"

// An organisation in a group's chair (issue 13, helper x13m10, drill
// members3). "Chair" names a chairman only when a person holds the chair
// (chairmanOf takes a person); an operator or vendor that chairs an
// alliance leads it, as "heads" or "steers" would say:
//
//	"Cobalt Mobile chairs the Radio Forum"             -> ledBy(forum, Cobalt)
//	"The forum, which is chaired by Cobalt Mobile, ..." -> ledBy(forum, Cobalt)
//	"Cobalt Mobile chairs it" ("it" the group)          -> ledBy(group, Cobalt)
//
// Before, these clauses stated nothing: the chairmanOf they built failed
// its type check. Only a chaired group the register (or its head noun)
// types as an alliance is led this way; a company "chaired by" a holding
// is left alone, as is a committee or working group that is no name. A
// group's board is read by chairOrgBoard (lead_chair_org.go).

// emitChair states that leader l holds the chair of led: chairmanOf for a
// person, ledBy for an organisation chairing an alliance.
func (x *extractor) emitChair(c *clauses, l, led arg, modText string, base float64) {
	if chairPerson(l) || x.resolve(led, allianceTypes) == "" {
		x.emitFact(c.s, schema.RelChairmanOf, l, led, modText, base, schema.Fact{})
		return
	}
	x.emitFact(c.s, schema.RelLedBy, led, l, modText, base, schema.Fact{})
}

// chairPerson reports whether an argument is (or may be) a person: a
// person mention, or an unknown name shaped like one.
func chairPerson(a arg) bool {
	if a.m == nil {
		return false
	}
	return a.m.Kind == 'P' || a.m.Kind == 'U' && personLike(a.m.Text)
}

// leadChairRules read the chair (and the lead) told around the group's
// name: a reduced relative "Y, chaired by X," (the participle alone, which
// the clause reader does not take for a passive) and an object relative
// "Y, which X chairs/leads/runs," whose subject follows the pronoun, also
// after an apposition ("Y, a group of start-ups that X leads").
// groupApposPart is an optional apposition naming what a group is before
// its relative clause: "the K-AI Alliance, a group of Korean AI start-ups
// that it leads" (round 32, dev19).
const groupApposPart = `(?:(?:the |an? )?(?:[\w-]+ ){0,3}?(?:group|alliance|body|consortium|forum|initiative|coalition|association|effort)(?: of (?:(?:[\w-]+|<N\d+>) ){0,3}?(?:[\w-]+|<N\d+>))? )?`

var leadChairRules = []rule{
	{name: "Y, chaired by X", keys: []string{"chaired by"}, re: rx(rAll + `, ((?:co-)?chaired) by ` + rOrg), fn: func(x *extractor, s *sent, m []string) {
		if l, ok := x.one(s, m[3]); !ok || chairPerson(l) {
			return // a person chairs: the chairmanOf rules read it
		}
		x.binary(s, schema.RelLedBy, m[1], m[3], "", 0.8)
	}},
	{name: "Y, which X chairs", keys: []string{"which", "that"}, re: rx(rAll + `, ` + groupApposPart + `(?:which|that) ` + rOrg + ` ` + rAux + `(?:chairs|co-chairs|chaired|leads|led|heads|headed|steers|steered|runs|ran|spearheads|spearheaded)\b`), fn: func(x *extractor, s *sent, m []string) {
		if l, ok := x.one(s, m[2]); !ok || chairPerson(l) {
			return
		}
		x.binary(s, schema.RelLedBy, m[1], m[2], m[3], 0.8)
	}},
}
