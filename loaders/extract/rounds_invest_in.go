package extract

import "github.com/telcograph/telcograph/schema"

// A round an investment is made in ("SoftBank has committed up to $40
// billion to OpenAI, the San Francisco developer of ChatGPT, in a round it
// leads": dev19) is the investee's: the round stays open for the
// sentences after it, so "Microsoft, Coatue, Altimeter and Thrive Capital
// are among the other investors in the round" two sentences later are
// OpenAI's backers. The sentence must have stated one investee.

// openRoundInvested opens the round of "in a round" when the sentence
// invested in one company.
func (x *extractor) openRoundInvested(c *clauses) {
	for j, u := range c.us {
		if !roundNoun(u) || u.Kind == 'E' || j < 1 || c.us[j-1].Kind != 'P' || c.us[j-1].Lemma != "in" {
			continue
		}
		if j+2 < len(c.us) && c.us[j+1].Kind == 'P' && (c.us[j+1].Lemma == "of" || c.us[j+1].Lemma == "for") {
			continue // "in a round for Y" names its own company (rounds_return.go)
		}
		investee := ""
		for _, f := range x.facts {
			if f.Relation != schema.RelInvestedIn || f.Evidence != c.s.text {
				continue
			}
			if investee != "" && investee != f.Object.ID {
				return
			}
			investee = f.Object.ID
		}
		if investee == "" || x.typeOf(investee) != schema.TypeCompany {
			return
		}
		x.round = &fundingRound{co: arg{slug: investee, text: "(" + x.nameOf(investee) + ")"}, sent: x.sentIdx}
		return
	}
}
