package extract

import "github.com/telcograph/telcograph/schema"

// drawVerbs take a round as subject and its investors as object: "the
// round also drew A and B", "which attracted C", "the raise included D".
var drawVerbs = map[string]bool{
	"draw": true, "attract": true, "include": true, "feature": true, "involve": true,
	"bring in": true, "pull in": true, "see": true, "count": true, "add": true, "welcome": true,
}

// backVerbs name an investor by a by-phrase when the round is their
// subject or the participle fronted before it: "Led by A and B, the
// round ...", "The round was backed by C".
var backVerbs = map[string]bool{
	"lead": true, "co-lead": true, "back": true, "fund": true, "anchor": true, "support": true, "finance": true,
}

// famRoundDraw reads the investors of the open round (rounds.go) from the
// clauses whose subject is the round itself: the object of a verb of
// attracting, the by-phrase of a backing verb in the passive or fronted
// as a participle before the round ("Led by Samsung Securities and AFW
// Partners, the round also drew LG Electronics and Fidelity").
func (x *extractor) famRoundDraw(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	invest := func(at int, base float64) {
		for _, a := range c.args(x, at) {
			x.emitFact(c.s, schema.RelInvestedIn, a, r.co, "", base, schema.Fact{})
		}
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
			continue
		}
		if x.bringIn(c, v, r, invest) { // rounds_bring_in.go
			continue
		}
		switch {
		case drawVerbs[u.Lemma] && !u.Passive && subjectIsRound(c, v):
			if o := c.object(v); o >= 0 {
				invest(o, 0.7)
			}
		case backVerbs[u.Lemma] && u.Lemma != "lead" && u.Lemma != "co-lead" && u.Passive && subjectIsRound(c, v):
			// lead and co-lead in the passive are famRound's.
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' {
					invest(p.at, 0.7)
				}
			}
		case backVerbs[u.Lemma] && c.frontedBefore(v) && c.roundAfterComma(v):
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' {
					invest(p.at, 0.75)
				}
			}
		}
	}
}

// frontedBefore says whether verb unit v is a participle opening the
// sentence ("Led by A, ...", "Also backed by B, ...").
func (c *clauses) frontedBefore(v int) bool {
	if f := c.ts[c.us[v].Head].Form; f != formPart && f != formPast {
		return false
	}
	for j := 0; j < v; j++ {
		if !(c.us[j].Kind == 'O' && c.us[j].tag == posAdv) {
			return false
		}
	}
	return true
}

// roundAfterComma says whether the first noun phrase after the comma that
// closes the participle phrase of v is a round ("Led by A, the round").
func (c *clauses) roundAfterComma(v int) bool {
	for j := v + 1; j < len(c.us); j++ {
		if c.isPunct(j, ",") {
			k := j + 1
			for k < len(c.us) && c.us[k].Kind == 'M' {
				k++
			}
			return k < len(c.us) && roundNoun(c.us[k])
		}
		if c.us[j].Kind == 'V' {
			return false
		}
	}
	return false
}

// relativeBefore is the unit before a relative clause set between commas
// right before verb v ("The round, which A led, also drew B": the round's
// comma), or -1 when no such clause comes before v (helper z18inv). The
// relative clause has its own verb and subject, which say nothing of
// whether the round is v's subject.
func (c *clauses) relativeBefore(v int) int {
	if !c.isPunct(v-1, ",") {
		return -1
	}
	for k := v - 2; k > 0 && !c.boundary(k); k-- {
		if c.isPunct(k, ",") {
			if k+1 < v-1 && c.relative(k+1) && c.us[k+1].words != "whose" {
				return k - 1
			}
			return -1
		}
	}
	return -1
}
