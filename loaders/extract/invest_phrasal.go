package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// famPhrasalInvest reads three ways news tells a purchase of shares or a
// place among the funders without an investment verb (round 28, from the
// read splits' misses):
//   - "Altice UK first bought into BT in 2021": "buy into" a company;
//   - "SoftBank agreed to take $2 billion of newly issued Intel shares":
//     a purchase verb whose object is a company's shares, the company
//     premodifying the noun;
//   - "Stargate, announced by A, B and C, with MGX also among its funders":
//     "with X among its funders" after a clause whose subject is the
//     company.
func (x *extractor) famPhrasalInvest(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || c.ts[u.Head].Form == formIng && !strings.Contains(u.words, " ") {
			continue // "denied it was close to buying into Mistral AI": no purchase; "A and B are buying into Y" is one (round 36)
		}
		subj := c.subject(v)
		if v >= 2 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to" && c.us[v-2].Kind == 'V' && !c.us[v-2].Neg {
			subj = c.subject(v - 2) // "A agreed to take": the subject of the verb before
		}
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		switch u.Lemma {
		case "buy":
			k := v + 1
			for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
				k++
			}
			if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "into" && c.us[k+1].Kind == 'E' && !c.modifierOnly(k+1) {
				x.rule = "invest.bought-into"
				x.emitInvest(c, subj, v, k+1)
				continue
			}
			fallthrough
		case "take", "acquire", "purchase", "subscribe":
			if e := c.premodifiedShares(v); e >= 0 {
				x.rule = "invest.shares-of-company"
				x.emitInvest(c, subj, v, e)
			}
		}
	}
	x.withAmongFunders(c)
}

// emitInvest states the subject's entities as investors in the entity at
// unit obj, with the clause's modality and the sentence's date.
func (x *extractor) emitInvest(c *clauses, subj, v, obj int) {
	for _, a := range c.args(x, subj) {
		for _, b := range c.args(x, obj) {
			x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.75, schema.Fact{Date: x.dateOf(c.s)})
		}
	}
}

// premodifiedShares is the company whose shares the purchase verb at unit v takes
// ("take $2 billion of newly issued Intel shares", "bought Nokia shares
// worth $500 million"): an entity premodifying "shares" or "stock" before
// the clause's next verb, or -1.
func (c *clauses) premodifiedShares(v int) int {
	for k := v + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
		if c.us[k].Kind == 'V' && !(k+2 < len(c.us) && c.us[k+1].Kind == 'E' && strings.HasSuffix(c.us[k].words, "ed")) || c.relative(k) {
			return -1 // a participle before the company ("newly issued Intel shares") goes on
		}
		if c.us[k].Kind == 'E' && !c.ents[c.us[k].ent].poss {
			n := c.us[k+1]
			if n.Kind == 'N' && (strings.HasPrefix(n.words, "shares") || strings.HasPrefix(n.words, "stock")) {
				return k
			}
			p := k - 1
			for p > v && c.us[p].Kind == 'M' {
				p-- // "$2 billion of new Intel shares" (round 45, dev28)
			}
			if n.Kind == 'V' && n.words == "shares" && (p == v || c.us[p].Kind == 'P' && c.us[p].Lemma == "of") {
				return k // "bought $2 billion of Synopsys shares at $414.79 each": the tagger's verb (round 29)
			}
		}
	}
	return -1
}

// withAmongFunders: "..., with MGX also among its funders" states the
// names after "with" investors in the subject of the clause before it.
func (x *extractor) withAmongFunders(c *clauses) {
	for k := 1; k+3 < len(c.us); k++ {
		if !(c.us[k].Kind == 'P' && c.us[k].Lemma == "with" && c.isPunct(k-1, ",") && c.us[k+1].Kind == 'E') {
			continue
		}
		j := k + 2
		for j < len(c.us) && c.us[j].Kind == 'O' && c.us[j].tag == posAdv {
			j++ // "also"
		}
		if j+1 >= len(c.us) || !(c.us[j].Kind == 'P' && c.us[j].Lemma == "among") {
			continue
		}
		n := c.us[j+1]
		if n.Kind != 'N' || !investorNouns[n.Lemma] || !(strings.HasPrefix(n.words, "its ") || strings.HasPrefix(n.words, "their ")) {
			continue
		}
		v := -1
		for i := k - 1; i >= 0; i-- {
			if c.us[i].Kind == 'V' {
				v = i
			}
		}
		if v < 0 {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		x.rule = "invest.with-among-funders"
		for _, a := range c.args(x, k+1) {
			for _, b := range c.args(x, subj) {
				x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
			}
		}
	}
}
