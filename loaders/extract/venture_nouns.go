package extract

import "strings"

// Joint ventures named by a venture noun other than "joint venture"
// (issue 13, helper z17part, on the ventures drill and dev's misses).
// Business news calls a company two groups own together "a joint
// company", "a jointly owned tower company", "a 60:40 venture" or "a
// 50-50 business", and the venture of a pair "a venture of A and B"
// without the word "joint"; the older rules (relations.go, phrasings.go)
// keyed on the literal "joint venture" or on "a new company" after a list.
// This family reads:
//   - the venture noun as the object of a founding verb whose subject (or
//     subject and with-phrase) names two or more organisations: "A and B
//     set up a joint tower company", "A formed a 60:40 venture with B";
//   - the venture noun followed by the parties: "J, a venture of A and B"
//     (a list: one owner's venture is its unit), "a venture set up by A
//     and B", "the formation of an advertising venture by A, B and C".
//     "a venture between A and B" with no split stays out, as
//     venture_typed_test.go pins.
// The noun must carry "joint", "jointly/equally owned" or a share split:
// "A and B set up a company" may be a merger or a consortium, and "a
// new unit" is one owner's. Failed and considered ventures fall to
// jointVenture's modality and ventureFailed checks (relations.go).

// rVentureMod is what makes a company noun a joint venture's: "joint",
// "jointly owned", "equally owned" or a share split ("60:40", "50-50",
// "50/50"), with up to one more modifier ("a joint tower company").
const rVentureMod = `(?:joint|jointly[- ]owned|equally[- ]owned|co-owned|\d{1,2}[:/-]\d{1,2}|fifty-fifty)(?: [a-z][a-z-]*)?`

// rVentureHead is the head noun a joint venture's modifiers go with.
const rVentureHead = `(?:company|venture|entity|business|firm|vehicle|operator|joint venture)\b`

var ventureNounRules = []rule{
	{name: "A and B set up a joint company", keys: []string{"joint", "owned", ":", "-", "/", "fifty"}, re: rx(rOrgs + ` ` + rAux + `(set up|sets up|setting up|form|forms|formed|forming|create|creates|created|creating|establish|establishes|established|establishing|launch|launches|launched|launching) (?:a |an )(?:new )?(` + rVentureMod + `) ` + rVentureHead + `(?: with ` + rOrgs + `)?((?:,? (?:called|named|dubbed) (?:<[VUCA]\d+>|[^,<]+))?)`), fn: func(x *extractor, s *sent, m []string) {
		if strings.HasSuffix(m[4], "joint") && strings.Contains(m[0], "joint venture") {
			return // "set up a joint venture": relations.go's rule
		}
		parts := append(x.args(s, m[1]), x.args(s, m[5])...)
		x.jointVenture(s, parts, agreedToRE.ReplaceAllString(m[2]+" "+m[3], ""), x.unmark(s, m[6]), "", splitShare(m[4]), 0.75)
	}},
	{name: "a venture of A and B", keys: []string{"venture"}, re: rx(`(?i)^(.*?)\b(?:venture (?:of|(?:formed|set up|created|established)(?: (?:in|on|last|earlier this|this) [\w-]+(?: \d{4})?)? by)|(?:formation|creation|establishment|launch) of (?:a|an|the) (?:new )?(?:[\w-]+ ){0,3}?venture by) (<L\d+>)`), fn: func(x *extractor, s *sent, m []string) {
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(m[1])), "joint") {
			return // "joint venture of A and B": relations.go's rule
		}
		// "Stargate, the US data-centre venture formed in January by A, B
		// and C": the venture is the name the description apposes (round 35)
		x.jointVentureOf(s, x.ventureBefore(s, m[1]), x.args(s, m[2]), m[1], "", "", "", 0.75)
	}},
}

func init() { rules = append(rules, ventureNounRules...) }

// splitShare is the share split a venture modifier states, as written
// ("60:40", "50/50"), or "" when it states none.
func splitShare(mod string) string { return shareRE.FindString(mod) } // families2.go

// ventureTheyNamed: founding verb v whose subject is a "they" standing for
// the parties the sentence named before it founds venture e, which venture
// noun j describes: "A and B announced that they will establish J, a joint
// venture" (venture_args.go). theyParty (partner_group.go) keeps the two
// parties of a pair; it reports whether the venture was read.
func (x *extractor) ventureTheyNamed(c *clauses, v, e, j int) bool {
	subj := x.pronounSubject(c, v)
	parts := x.theyParty(c, subj)
	if len(parts) < 2 || len(c.args(x, e)) != 1 {
		return false
	}
	x.rule = "jointVenture.they-named"
	x.jointVenture(c.s, parts, c.modText(subj, v), "named "+c.text(e, e), "", shareRE.FindString(c.text(e, j)), 0.7)
	return true
}
