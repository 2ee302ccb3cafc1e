package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// putMoneyInRE is what follows "put" when a backer joins the round under
// discussion without naming its company (round 24, probed on news of our
// own): "Existing investors B and C also put money in", "D put in fresh
// cash too", "E put money in a year earlier" (a time phrase, round 31). A company after "in" or "into" ("put money into Y") is
// another rule's, and so is an amount.
var putMoneyInRE = regexp.MustCompile(`^ (?:in )?(?:(?:new|more|fresh|additional|some|extra) )?(?:money|cash|capital)(?: in)?(?:[,.;]|$| too\b| as well\b| again\b| alongside\b| this time\b| (?:a|an|one|two|three|four|five|six|several|\d+) (?:years?|months?|weeks?) (?:earlier|before|ago)\b| (?:last|that) (?:year|month|spring|summer|autumn|fall|winter)\b| in (?:19|20)\d\d\b| earlier\b)`)

// investeeSinceRound is the company the article last told an investment
// in, when that was told after the round under discussion opened and is
// another company: "Cohere's backers include A and B. C and D put money
// in a year earlier" puts C's money in Cohere, not in the round told
// before (round 31). "" when the round is the latest investee.
func (x *extractor) investeeSinceRound() string {
	r := x.round
	if r == nil {
		return ""
	}
	co := x.resolve(r.co, companyTypes)
	for i := len(x.facts) - 1; i >= 0; i-- {
		f := x.facts[i]
		if f.Relation != schema.RelInvestedIn || f.Modality != "" {
			continue
		}
		if f.lastSaid < r.sent || f.Object.ID == co {
			return ""
		}
		return f.Object.ID
	}
	return ""
}

// moneyInFollower states the entities at unit subj as investors in y.
func (x *extractor) moneyInFollower(c *clauses, v, subj int, y string) {
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	x.rule = "invest.round-follower"
	for _, a := range c.args(x, subj) {
		if x.resolve(a, orgTypesAll) == y {
			continue
		}
		x.emitFact(c.s, schema.RelInvestedIn, a, arg{slug: y, text: "(" + x.nameOf(y) + ")"}, c.modText(subj, v), 0.7, schema.Fact{})
	}
}
