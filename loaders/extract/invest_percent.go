package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads stakes told as a part of a company bought, sold, paid
// for, kept or owned (helper x13r, issue 13): "A took 60% of Y", "A agreed
// to buy 51% of Y", "A is paying $400 million for 50.03% of Y", "X sold
// 60% of Y to A", "Y now belongs 51% to A and 49% to B", and a second
// owner whose verb is gapped ("A owns 65% of Y and B the remaining 35%").
// A whole company (100%, "all of") is an acquisition, which the gold of
// every writer leaves ambiguous or unannotated, so only a part is read.

// partShare reports whether noun-phrase words name a part, not the whole,
// of a company: "60%", "about 65 per cent", "half", "a majority",
// "two thirds".
func partShare(words string) bool {
	if strings.Contains(words, "100%") || strings.Contains(words, "100 per") {
		return false
	}
	if strings.Contains(words, "%") || strings.Contains(words, "per cent") || strings.Contains(words, "percent") {
		return true
	}
	ws := strings.FieldsFunc(words, func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range ws {
		switch w {
		case "half", "third", "thirds", "quarter", "majority",
			"fifth", "fifths", "sixth", "tenth", "tenths": // "about a fifth of Y", "a tenth of the venture" (round 43, dev27)
			return true
		}
	}
	return false
}

// partBuyVerbs take a part of a company as their object.
var partBuyVerbs = map[string]bool{
	"buy": true, "acquire": true, "take": true, "purchase": true, "pick up": true, "keep": true, "retain": true, "take over": true,
}

// famPercentShare reads parts of companies bought, sold and owned.
func (x *extractor) famPercentShare(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		if partBuyVerbs[u.Lemma] || u.Lemma == "hold" || u.Lemma == "own" {
			// "NTT bought an equal amount of Toyota stock", "A holds
			// shares in Y"
			if y := c.sharesOf(v); y >= 0 {
				x.partPairs(c, v, c.coordSubject(v), y, "invest.shares-of")
			}
		}
		switch {
		case partBuyVerbs[u.Lemma]:
			// "A took 60% of Y", "agreed to buy 51% of Y", "bought more
			// than 40% of Y"
			n := c.skipComparative(c.skipApprox(v + 1))
			if y := c.partOf(n); y >= 0 {
				x.partPairs(c, v, c.dealSubject(v), y, "invest.part-bought") // invest_deal.go
			}
		case u.Lemma == "pay" || u.Lemma == "spend" || u.Lemma == "invest":
			// "A is paying $400 million for 50.03% of Y", "A invested $5.7
			// billion for 9.99% of Y" (helper z23inv)
			for _, p := range c.pps(v + 1) {
				if p.prep == "for" && c.us[p.at].Kind == 'N' {
					if y := c.partOf(p.at); y >= 0 {
						x.partPairs(c, v, c.subject(v), y, "invest.paid-for-part")
					}
					break
				}
			}
		case u.Lemma == "sell" || u.Lemma == "transfer":
			// "X sold 60% of Y to A", "X transferred its 82.8 percent of Y
			// to A" (round 45, dev29)
			n := c.skipApprox(v + 1)
			y := c.partOf(n)
			if y < 0 || y+2 >= len(c.us) || c.us[y+1].Kind != 'P' || c.us[y+1].Lemma != "to" {
				continue
			}
			if subj := c.coordSubject(v); subj >= 0 && x.ownsItself(c.args(x, subj), c.args(x, y)) {
				continue // "X spun off its network and sold 60% of it": "it" is no seller
			}
			if b := c.skipDescriptors(y + 2); b < len(c.us) && c.us[b].Kind == 'E' && !c.isCountry(b) {
				x.partPairs(c, v, b, y, "invest.part-sold-to")
				x.sellerHeld(c, v, n, y) // "its 82.8 percent": the seller's own (invest_relative.go)
			}
		case u.Lemma == "belong":
			// "Y now belongs 51% to A and 49% to B" (the subject itself: the
			// first name of "Lobo: It now belongs" is a speaker's label)
			y := c.subject(v)
			if y < 0 {
				continue
			}
			for k := v + 1; k+2 < len(c.us) && !c.boundary(k); k++ {
				if c.us[k].Kind == 'N' && partShare(c.us[k].words) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "to" {
					if b := c.skipDescriptors(k + 2); b < len(c.us) && c.us[b].Kind == 'E' && !c.isCountry(b) {
						x.partPairs(c, v, b, y, "invest.belongs-part")
					}
				}
			}
		case u.Lemma == "own" || u.Lemma == "hold" || u.Lemma == "control" || u.Lemma == "keep":
			// the gapped second owner: "A owns 65% of Y and B the
			// remaining 35%" (famStake reads A's part)
			n := c.skipApprox(v + 1)
			y := c.partOf(n)
			if y < 0 {
				continue
			}
			if ms := c.ents[c.us[y].ent].ms; len(ms) > 1 && y+1 < len(c.us) && c.us[y+1].Kind == 'N' && partShare(c.us[y+1].words) {
				// "A owns 70% of Y and B the remaining 30%", read as one list
				x.gappedInList(c, v, y)
				continue
			}
			k := y + 1
			if k+2 < len(c.us) && c.isPunct(k, ",") {
				k++
			}
			if k+2 < len(c.us) && c.isPunct(k, "and") && c.us[k+1].Kind == 'E' && c.us[k+2].Kind == 'N' && partShare(c.us[k+2].words) &&
				(k+3 >= len(c.us) || c.boundary(k+3) || c.isPunct(k+3, ",")) && !x.ownedVenture(c, v, y) {
				x.partPairs(c, v, k+1, y, "invest.part-gapped")
			}
		}
	}
}

// skipApprox skips adverbs and approximations before a share: "about",
// "roughly".
func (c *clauses) skipApprox(n int) int {
	for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].tag == posAdv || approxWords[c.us[n].words]) {
		n++
	}
	return n
}

// skipComparative skips a comparison before a share (helper z19inv):
// "more than half of Y", "a little more than half", "just over 40% of",
// "slightly less than a third of".
func (c *clauses) skipComparative(n int) int {
	k := n
	if k < len(c.us) && c.us[k].Kind == 'N' && (c.us[k].words == "a little" || c.us[k].words == "a bit") {
		k++
	}
	for k < len(c.us) && c.us[k].Kind == 'O' && (c.us[k].words == "just" || c.us[k].words == "slightly" || c.us[k].words == "well") {
		k++
	}
	switch {
	case k+1 < len(c.us) && c.us[k].Kind == 'O' && (c.us[k].words == "more" || c.us[k].words == "less") &&
		c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "than":
		return k + 2
	case k > 0 && k < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "than" && c.us[k-1].Kind == 'O' &&
		(c.us[k-1].words == "more" || c.us[k-1].words == "less"):
		return k + 1 // "more" already skipped as an adverb
	case k < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].Lemma == "over" || c.us[k].Lemma == "under") &&
		k+1 < len(c.us) && c.us[k+1].Kind == 'N' && ownedShare(c.us[k+1].words):
		return k + 1
	}
	return n
}

// partOf is the company of "N% of Y" at unit n, or -1.
func (c *clauses) partOf(n int) int {
	if n+2 >= len(c.us) || c.us[n].Kind != 'N' || !partShare(c.us[n].words) || c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "of" {
		return -1
	}
	y := n + 2
	if y < len(c.us) && c.us[y].Kind == 'M' {
		y++
	}
	if y >= len(c.us) || c.us[y].Kind != 'E' || c.isCountry(y) || c.modifierOnly(y) {
		return -1
	}
	if c.ents[c.us[y].ent].poss && y+1 < len(c.us) && c.us[y+1].Kind == 'N' {
		return -1 // "60% of Y's fibre business": a part of what Y owns
	}
	return c.described(y)
}

// partPairs states that the entities at unit inv invested in those at
// unit y.
func (x *extractor) partPairs(c *clauses, v, inv, y int, rule string) {
	if inv < 0 || c.us[inv].Kind != 'E' {
		return
	}
	owners, owned := c.args(x, inv), c.args(x, y)
	if x.ownsItself(owners, owned) {
		return
	}
	x.rule = rule
	x.investEach(c, owners, owned, c.modText(c.subject(v), v), 0.75)
}

// gappedInList: the list "Y and B" of "A owns 70% of Y and B the
// remaining 30%" is an owned company and a second owner; A's stake in B,
// which the stake family read off the list, is taken back.
func (x *extractor) gappedInList(c *clauses, v, y int) {
	as := c.args(x, y)
	subj := c.coordSubject(v)
	if len(as) != 2 || subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	owner, owned := as[1], as[0]
	drop := x.resolve(owner, orgTypesAll)
	for _, a := range c.args(x, subj) {
		sa := x.resolve(a, orgTypesAll)
		out := x.facts[:0]
		for _, f := range x.facts {
			if !(f.Relation == schema.RelInvestedIn && f.Evidence == c.s.text && f.Subject.ID == sa && f.Object.ID == drop) {
				out = append(out, f)
			}
		}
		x.facts = out
	}
	x.rule = "invest.part-gapped"
	x.investEach(c, []arg{owner}, []arg{owned}, c.modText(subj, v), 0.7)
}

// ownedVenture reports whether the company a gapped share is of is a
// joint venture ("A will hold 60% of the venture and B the other 40%"):
// its owners are partners in it, which the venture families state, and
// a description the first owner turned out to be is a misreading.
func (x *extractor) ownedVenture(c *clauses, v, y int) bool {
	owned := c.args(x, y)
	if subj := c.coordSubject(v); subj < 0 || x.ownsItself(c.args(x, subj), owned) {
		return true
	}
	for _, b := range owned {
		t := strings.ToLower(b.text)
		if strings.Contains(t, "venture") || strings.Contains(t, "jv") {
			return true
		}
		if s := x.resolve(b, orgTypesAll); s != "" && x.typeOf(s) == schema.TypeJointVenture {
			return true
		}
	}
	return false
}

// sharesOf is the company whose shares verb v's object names: "Y stock",
// "Y's shares", "shares in Y", "an equal amount of Y stock"; or -1.
func (c *clauses) sharesOf(v int) int {
	isShares := func(k int) bool {
		return k < len(c.us) && c.us[k].Kind == 'N' && (c.us[k].Lemma == "share" || c.us[k].Lemma == "stock") &&
			!strings.Contains(c.us[k].words, "market")
	}
	for k := v + 1; k < len(c.us) && k <= v+5 && !c.boundary(k); k++ {
		u := c.us[k]
		switch {
		case u.Kind == 'V' || c.relative(k) || c.isPunct(k, ","):
			return -1
		case isShares(k) && u.hasMod("no"):
			return -1 // "took no shares in Y"
		case u.Kind == 'M' && (u.words == "no" || strings.HasPrefix(u.words, "no ")):
			return -1 // "holds no Y shares" (round 43, dev27)
		case u.Kind == 'E' && (isShares(k+1) || c.countedShares(k)) && !c.isCountry(k) && u.words != "its" && u.words != "their":
			return k // "Toyota stock", "Toyota's shares", "roughly 567 million Telefonica shares" (invest_shares_count.go)
		case isShares(k) && k+2 < len(c.us) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "in" && c.us[k+2].Kind == 'E' && !c.isCountry(k+2):
			return k + 2 // "shares in Y"
		case u.Kind == 'E':
			return -1
		}
	}
	return -1
}
