package extract

import "github.com/telcograph/telcograph/schema"

// This file reads a round's investors named in an absolute "with" phrase
// (helper x13v, issue 13, from the invest drill): "The round was led by A,
// with B, C and D among the participants", "..., with B and C among the
// other investors". They invested in the company of the round under
// discussion. A "with" phrase that names no participant noun ("with B as
// adviser", "with C among its customers") states nothing.

// roundParticipantNouns are the nouns of a round's participants.
var roundParticipantNouns = map[string]bool{"participant": true, "investor": true, "backer": true, "co-investor": true, "funder": true}

// famRoundWithAmong reads "with B and C among the participants" in a
// sentence while a round is open.
func (x *extractor) famRoundWithAmong(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	for j := 0; j+3 < len(c.us); j++ {
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "with" || !c.isPunct(j-1, ",") {
			continue
		}
		e := c.skipDescriptors(j + 1)
		if e+2 >= len(c.us) || c.us[e].Kind != 'E' || c.us[e+1].Kind != 'P' || c.us[e+1].Lemma != "among" {
			continue
		}
		n := c.us[e+2]
		if n.Kind != 'N' || !roundParticipantNouns[n.Lemma] || !holderWords(n.words) {
			continue
		}
		x.rule = "invest.round-with-among"
		for _, a := range c.args(x, e) {
			x.emitFact(c.s, schema.RelInvestedIn, a, r.co, c.text(0, e+2), 0.7, schema.Fact{})
		}
	}
}
