package extract

import "github.com/telcograph/telcograph/schema"

// This file reads a stake in a named company that is not the object of
// its verb but sits one phrase deeper (helper z15inv, issue 13, from dev3
// misses): the thing paid for ("A will pay $1 billion for a stake of about
// 2.9 percent in Y", "B spent $300 million for a 5% stake in Y") or the
// thing a purchase is of ("C completed the purchase of a 10% stake in Y",
// "D finalised the acquisition of a stake in Y"). The stake families read
// only "A bought a stake in Y", with the stake right after the verb; here
// the verb's subject is the investor and the company after "in" the
// investee. A stake only offered, considered or sold states nothing: the
// verbs are those of paying and of completing a purchase, and the
// modality words before the verb (modalityOf) mark plans and negations.

// stakePayVerbs pay for the stake after "for".
var stakePayVerbs = map[string]bool{"pay": true, "spend": true, "invest": true}

// purchaseNouns name a purchase whose object follows "of".
var purchaseNouns = map[string]bool{"purchase": true, "acquisition": true}

// purchaseDoneVerbs complete or announce a purchase ("completed the
// purchase of").
var purchaseDoneVerbs = map[string]bool{"complete": true, "finalise": true, "finalize": true, "close": true, "make": true, "announce": true, "agree": true}

// famStakeGoverned reads the stakes of this file.
func (x *extractor) famStakeGoverned(c *clauses) {
	for n, u := range c.us {
		if n >= 2 && u.Kind == 'N' && c.partOf(n) >= 0 && c.us[n-1].Kind == 'P' && c.us[n-1].Lemma == "of" {
			// "completed its purchase of 55 percent of Y" (round 45, dev29)
			x.partGoverned(c, n)
			continue
		}
		if !stakeUnit(u) || u.Lemma != "stake" && !holdingNoun(u) || n < 2 {
			continue
		}
		y := c.stakeCompany(n)
		if y < 0 {
			continue
		}
		x.governedHolding(c, n, y, "stake.governed")
	}
}

// stakeCompany is the company a stake at unit n is in, over the size
// given with "of" ("a stake of about 2.9 percent in Y"), or -1.
func (c *clauses) stakeCompany(n int) int {
	k := n + 1
	if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "of" {
		s := c.skipApprox(k + 1)
		if s >= len(c.us) || c.us[s].Kind != 'N' || !partShare(c.us[s].words) {
			return -1
		}
		k = s + 1
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "in" {
		return -1
	}
	y := k + 1
	for y < len(c.us) && c.us[y].Kind == 'M' {
		y++
	}
	if y >= len(c.us) || c.us[y].Kind != 'E' || c.isCountry(y) || c.modifierOnly(y) {
		return -1
	}
	return c.described(y)
}

// stakeGovernor is the verb a stake at unit n hangs on through "for" (a
// verb of paying, over its amount) or through "the purchase of" (a verb
// of completing), or -1.
func (c *clauses) stakeGovernor(n int) int {
	p := c.us[n-1]
	if p.Kind != 'P' {
		return -1
	}
	switch p.Lemma {
	case "for":
		// back over the amount: "pay (about) ($) 1 billion for"
		for j := n - 2; j >= 0 && j >= n-6; j-- {
			switch u := c.us[j]; {
			case u.Kind == 'V':
				if stakePayVerbs[u.Lemma] {
					return j
				}
				return -1
			case u.Kind == 'N' || u.Kind == 'O' && (u.tag == posAdv || approxWords[u.words] || currencySigns[u.words]) || u.Kind == 'E' && (u.words == "rs" || u.words == "rs."):
				// "Rs 43,574 crore" (the tagger takes "Rs" for a name)
			default:
				return -1
			}
		}
	case "of":
		if d := n - 2; d >= 1 && c.us[d].Kind == 'N' && purchaseNouns[c.us[d].Lemma] && c.us[d-1].Kind == 'V' && purchaseDoneVerbs[c.us[d-1].Lemma] {
			return d - 1
		}
		if d := n - 2; d >= 3 && c.us[d].Kind == 'V' && purchaseNouns[c.us[d].words] && c.us[d-1].Kind == 'N' && c.us[d-1].tag == posNum {
			// "completed its $2.74 billion purchase of": the tagger's verb
			// after the amount (round 45, dev29)
			j := d - 1
			for j >= 1 && (c.us[j].Kind == 'N' && (c.us[j].tag == posNum || c.us[j].words == "its" || c.us[j].words == "the") || c.us[j].Kind == 'O' && currencySigns[c.us[j].words]) {
				j--
			}
			if c.us[j].Kind == 'V' && purchaseDoneVerbs[c.us[j].Lemma] {
				return j
			}
		}
	}
	return -1
}

// partGoverned: a part of a company as the object of a purchase noun a
// completing verb governs ("A has completed its $2.74 billion purchase of
// 55 percent of Y from its parent"): A invested in Y (round 45, dev29).
func (x *extractor) partGoverned(c *clauses, n int) {
	y := c.partOf(n)
	v, subj, ok := x.governedHolding(c, n, y, "stake.governed-part")
	if !ok {
		return
	}
	mt, investees := c.modText(subj, v), c.args(x, y)
	// the seller after "from" held the part ("from its own parent, Vodafone
	// Group"): past once the purchase is completed (annotation guide §7)
	switch c.us[v].Lemma {
	case "complete", "finalise", "finalize", "close":
	default:
		return // a purchase agreed or announced leaves the seller holding
	}
	k := y + 1
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "from" {
		return
	}
	e := k + 1
	if c.us[e].Kind == 'N' && c.isPunct(e+1, ",") && e+2 < len(c.us) {
		e += 2 // "from its own parent, B"
	}
	if c.us[e].Kind != 'E' || c.ents[c.us[e].ent].poss || c.isCountry(e) || c.isPerson(x, e) || x.ownsItself(c.args(x, e), investees) {
		return
	}
	if mod, drop := modalityOf(mt); drop {
		return
	} else if mod == schema.Planned {
		mt = ""
	} else {
		mt += " past"
	}
	x.rule = "stake.governed-seller"
	x.investPairs(c, c.args(x, e), investees, mt, "", 0.7)
}

// governedHolding states the holding of the stake or part at unit n in the
// company at unit y by the subject of the verb that governs it, and
// returns that verb and subject.
func (x *extractor) governedHolding(c *clauses, n, y int, rule string) (v, subj int, ok bool) {
	v = c.stakeGovernor(n)
	if y < 0 || v < 0 || c.us[v].Passive || c.us[v].Neg {
		return v, -1, false
	}
	if subj = c.subject(v); subj < 0 {
		return v, subj, false
	}
	investors, investees := c.args(x, subj), c.args(x, y)
	if x.ownsItself(investors, investees) {
		return v, subj, false
	}
	x.rule = rule
	x.investPairs(c, investors, investees, c.modText(subj, v), c.text(v, y), 0.75)
	return v, subj, true
}
