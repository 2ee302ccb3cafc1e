package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (helper z22pinv, issue 13, probed on real news) reads an
// investment told as the manner of a round's verb: "A led the deal with a
// $55 million investment in Y", "B came in with an investment of $5
// million in Y", "C joined the round with a 10% stake in Y". The verb says
// what the investor did in the round; the phrase after "with" names the
// money and the company.

// withStakeVerbs take part in a round; their subject is the investor.
var withStakeVerbs = map[string]bool{
	"lead": true, "co-lead": true, "colead": true, "join": true, "participate": true, "come": true,
	"back": true, "support": true, "anchor": true, "enter": true, "follow": true, "return": true,
}

// withStakeNouns are the money or share the investor put in.
var withStakeNouns = map[string]bool{
	"investment": true, "stake": true, "cheque": true, "check": true, "commitment": true, "holding": true,
}

// famWithStake: a round verb's "with" phrase naming an investment in a
// company states its subject's investment in it.
func (x *extractor) famWithStake(c *clauses) {
	for w, u := range c.us {
		if u.Kind != 'P' || u.Lemma != "with" || w < 2 {
			continue
		}
		v := w - 1
		for v >= 0 && c.us[v].Kind != 'V' && !c.boundary(v) && c.us[v].Kind != 'E' && !c.isPunct(v, ",") {
			v-- // over the verb's object and particle: "led the round with", "came in with"
		}
		if v < 0 || c.us[v].Kind != 'V' || c.us[v].Neg || c.us[v].Passive || !withStakeVerbs[c.us[v].Lemma] || c.ts[c.us[v].Head].Form == formIng {
			continue
		}
		at, ok := c.withStakeInvestee(w)
		if !ok {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		x.rule = "invest.with-stake"
		amt := amountRE.FindString(c.text(w+1, at-1))
		for _, a := range c.args(x, subj) {
			for _, b := range c.args(x, at) {
				x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.75, schema.Fact{Amount: amt, Date: x.dateOf(c.s)})
			}
		}
	}
}

// withStakeInvestee reads the phrase after "with" at w: an indefinite or
// possessive investment noun ("a $55 million investment", "an investment
// of $5 million", "a 10% stake", "its cheque"), then "in" or "into" and
// the company. It returns the company's unit.
func (c *clauses) withStakeInvestee(w int) (int, bool) {
	k := w + 1
	if k >= len(c.us) || c.us[k].Kind != 'N' {
		return 0, false
	}
	if first := strings.Fields(c.us[k].words); len(first) == 0 || first[0] != "a" && first[0] != "an" && first[0] != "its" && first[0] != "their" {
		return 0, false // "with the investment in Y": someone's told before
	}
	noun := -1
	for ; k < len(c.us) && k <= w+4; k++ {
		u := c.us[k]
		if u.Kind == 'N' && withStakeNouns[u.Lemma] {
			noun = k
			break
		}
		if u.Kind != 'N' && !(u.Kind == 'O' && (u.words == "$" || u.words == "€" || u.words == "£")) {
			return 0, false
		}
	}
	if noun < 0 {
		return 0, false
	}
	k = noun + 1
	if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "of" {
		// "an investment of $5 million in Y": the amount, then the company
		k++
		for k < len(c.us) && (c.us[k].Kind == 'N' || c.us[k].Kind == 'O' && (c.us[k].words == "$" || c.us[k].words == "€" || c.us[k].words == "£")) && k <= noun+4 {
			k++
		}
		if !c.moneyAt(noun+2, k-1) && !partShare(c.text(noun+2, k-1)) {
			return 0, false
		}
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "in" && c.us[k].Lemma != "into" || c.us[k+1].Kind != 'E' {
		return 0, false
	}
	return c.described(k + 1), true
}
