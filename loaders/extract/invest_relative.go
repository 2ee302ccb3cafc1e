package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads investments told from the investee's side or through a
// sale (issue 13, helper x13o):
//
//   - a relative clause on the investee: "Y, in which A holds a 42%
//     stake", "Y, the lender in which A is the largest shareholder", "Y,
//     in which A sold a stake to B and C" (the buyers invested, not the
//     seller);
//   - a sale: "A agreed to sell a 51% stake in Y to B and C";
//   - investors among the investee's backers: "B and C are also among its
//     earlier backers", "B is among Y's shareholders", "B has been Y's
//     biggest backer", "Y counts A among its investors" with "counts"
//     read as a noun;
//   - a modifier in apposition: "Y, the X-controlled operator".
//
// A negated verb, a potential investor and a stake in something that is
// no company state nothing.

// famInvestRelative reads the shapes above in one sentence.
func (x *extractor) famInvestRelative(c *clauses) {
	x.famControlledAppos(c)
	x.famBackedPredicate(c)     // invest_backed_pred.go
	x.famBackedNounPredicate(c) // invest_backed_noun.go
	x.famCountsAmong(c)
	x.famVehicleOf(c)       // invest_vehicle.go
	x.famCommit(c)          // invest_commit.go
	x.famInvestorBullets(c) // invest_bullets.go
	x.famRoleItems(c)       // invest_role_items.go
	x.famInvestorColon(c)   // invest_colon.go
	x.famInvestRelObject(c) // invest_which_obj.go
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		switch {
		case v >= 3 && c.us[v-1].Kind == 'E' && c.relative(v-2) && c.us[v-2].words == "which" &&
			c.us[v-3].Kind == 'P' && c.us[v-3].Lemma == "in":
			x.inWhichStake(c, v, v-2)
		case v >= 4 && c.us[v-1].Kind == 'E' && (c.us[v-2].Kind == 'M' || c.us[v-2].Kind == 'N') && !strings.Contains(c.us[v-2].words, " ") &&
			c.relative(v-3) && c.us[v-3].words == "which" && c.us[v-4].Kind == 'P' && c.us[v-4].Lemma == "in":
			x.inWhichStake(c, v, v-3) // "in which rival A holds a stake" (invest_z19_test.go)
		case u.Lemma == "sell" || u.Lemma == "transfer":
			x.sellStakeTo(c, v, -1)
		case u.Lemma == "be" && !c.relative(v-1):
			x.amongBackers(c, v)
			x.possBacker(c, v)
		case (u.Lemma == "count" || u.Lemma == "rank") && !u.Passive && !c.relative(v-1):
			x.amongBackers(c, v) // "A now counts among Y's shareholders" (round 39, from dev22)
		}
	}
}

// inWhichStake: "Y, in which A holds a stake", "Y, the US specialist in
// which A had held a stake since 2019", "Y, in which A is the largest
// shareholder", "Y, in which A sold a stake to B", "Y, in which rival A
// holds a stake"; wh is the unit of "which".
func (x *extractor) inWhichStake(c *clauses, v, wh int) {
	u := c.us[v]
	// the investee: the entity before "in which", across one description
	y := -1
	overDesc := false // a singular description between: "A and B, the unit in which" is B's (round 38)
	for k := wh - 2; k >= 0 && k >= wh-7; k-- {
		if c.us[k].Kind == 'E' && !c.isCountry(k) && k+1 < wh && c.us[k+1].Kind == 'N' && k > 0 && !c.isPunct(k-1, ",") {
			continue // "Y, the New Jersey GPU cloud in which": a place modifying the description (round 44, dev28)
		}
		if c.us[k].Kind == 'E' && !c.isCountry(k) {
			y = k
			break
		}
		if c.us[k].Kind == 'N' {
			overDesc = !pluralWord(c.us[k].words)
		}
		if c.us[k].Kind != 'N' && c.us[k].Kind != 'M' && c.us[k].Kind != 'E' && !c.isPunct(k, ",") && !(c.us[k].Kind == 'O' && (c.us[k].tag == posAdj || c.us[k].tag == posAdv)) {
			return
		}
	}
	if y < 0 || c.ents[c.us[y].ent].poss {
		return
	}
	if as := c.args(x, y); len(as) == 1 && as[0].m != nil && as[0].m.Coref && y >= 2 && c.isPunct(y-1, ",") && c.us[y-2].Kind == 'E' {
		y -= 2 // "Y, the lender in which": the name, not the description
		overDesc = !pluralWord(as[0].m.Text)
	}
	owner := v - 1
	n := v + 1
	for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].tag == posAdv || approxWords[c.us[n].words]) {
		n++
	}
	n = c.pricedNoun(n) // "in which A took a $1.5 billion stake" (invest_priced.go)
	if n >= len(c.us) || c.us[n].Kind != 'N' || strings.HasPrefix(c.us[n].words, "no ") {
		return
	}
	investees := c.args(x, y)
	if overDesc && len(investees) > 1 {
		investees = investees[len(investees)-1:] // "A and B, the unit in which": a singular description is B's (round 38)
	}
	switch {
	case u.Lemma == "sell":
		x.sellStakeTo(c, v, y)
		return
	case stakeVerbs[u.Lemma] && (c.us[n].Lemma == "stake" || ownedShare(c.us[n].words) && (u.Lemma == "own" || u.Lemma == "hold" || u.Lemma == "control")):
	case u.Lemma == "be" && investorNouns[c.us[n].Lemma] && !strings.Contains(c.us[n].words, "potential") && !strings.Contains(c.us[n].words, "former"):
	default:
		return
	}
	if x.ownsItself(c.args(x, owner), investees) {
		return
	}
	x.rule = "invest.in-which"
	x.investEach(c, c.args(x, owner), investees, c.modText(owner, v), 0.75)
}

// sellStakeTo: "A sold (agreed to sell) a 51% stake in Y to B and C": the
// buyers invested in Y. y is the investee's unit when a relative clause
// named it ("Y, in which A sold a stake to B"), else -1.
func (x *extractor) sellStakeTo(c *clauses, v, y int) {
	n := v + 1
	if n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].Lemma != "stake" && c.us[n].Lemma != "slice" && c.us[n].Lemma != "share" {
		return
	}
	k := n + 1
	if y < 0 {
		if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "in" {
			return
		}
		k = c.skipDescriptors(k + 1) // "a stake in its tower business GD Towers"
		if k >= len(c.us) || c.us[k].Kind != 'E' {
			return
		}
		y = k
		k++
		k = c.skipRelativeInsert(k) // "a stake in Y, which had sought bankruptcy protection, to B" (round 45)
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "to" {
		return
	}
	b := c.skipDescriptors(k + 1)
	if b < len(c.us) && c.us[b].Kind == 'E' && c.ents[c.us[b].ent].poss && b+1 < len(c.us) && c.us[b+1].Kind == 'E' {
		b++ // "to TPG's Rise Fund": the possessor's fund (round 45, dev29)
	}
	if b >= len(c.us) || c.us[b].Kind != 'E' || c.isCountry(y) {
		return
	}
	if _, drop := modalityOf(c.text(max(v-4, 0), v)); drop {
		return
	}
	x.rule = "invest.sold-stake-to"
	x.investEach(c, append(c.args(x, b), c.listTail(x, b)...), c.args(x, y), c.modText(c.subject(v), v), 0.75)
	x.sellerHeld(c, v, n, y)
}

// sellerHeld: the seller of its whole stake held it ("A sold its 99.3%
// stake in Y to B": annotation guide §7, a stake sold is a past fact). A
// sale only agreed leaves the seller holding it now ("A agreed to sell its
// stake in Y to B"); a stake that is not the seller's own ("a 51% stake")
// may be part of a larger holding and states nothing of it (round 45).
func (x *extractor) sellerHeld(c *clauses, v, n, y int) {
	if !strings.HasPrefix(c.us[n].words, "its ") {
		return
	}
	sub := c.subject(v)
	if sub < 0 || c.us[sub].Kind != 'E' || c.ents[c.us[sub].ent].poss || c.isCountry(sub) || c.isPerson(x, sub) {
		return
	}
	mt := c.modText(sub, v)
	if mod, drop := modalityOf(mt); drop || mod == schema.InProgress {
		return
	} else if mod != schema.Planned {
		mt += " past"
	} else {
		mt = ""
	}
	sellers, owned := c.args(x, sub), c.args(x, y)
	if x.ownsItself(sellers, owned) {
		return
	}
	x.rule = "invest.seller-held"
	x.investEach(c, sellers, owned, mt, 0.7)
}

// listTail is the rest of a list whose first item is the entity unit b and
// whose later items the mention layer kept apart: "to TPG's Rise Fund, the
// Qatar Investment Authority and Mastercard" (round 45, dev29). Items are
// named entities after a comma and an optional "the"; the list must close
// with "and" inside its last unit, so that a name after a comma that
// starts a clause of its own ("to B, Kestrel said") is no item.
func (c *clauses) listTail(x *extractor, b int) []arg {
	var out []arg
	for j := b + 1; c.isPunct(j, ","); {
		k := j + 1
		for k < len(c.us) && c.us[k].Kind == 'M' && c.us[k].words == "the" {
			k++
		}
		if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss || c.isCountry(k) || c.isPerson(x, k) {
			return nil
		}
		out = append(out, c.args(x, k)...)
		if len(c.ents[c.us[k].ent].ms) > 1 {
			return out
		}
		j = k + 1
	}
	return nil
}

// amongBackers: "B and C are (also) among its (earlier) backers", "B is
// among Y's largest shareholders". "its" is the previous sentence's
// company.
func (x *extractor) amongBackers(c *clauses, v int) {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++ // "also", "now"
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "among" {
		return
	}
	k++
	var owner arg
	switch {
	case c.us[k].Kind == 'E' && c.ents[c.us[k].ent].poss:
		as := c.args(x, k)
		if len(as) != 1 {
			return
		}
		owner = as[0]
	case c.us[k].Kind == 'N' && (c.us[k].words == "its" || strings.HasPrefix(c.us[k].words, "its ")) && x.prevSubj != "" &&
		x.typeOf(x.prevSubj) == schema.TypeCompany:
		owner = arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"}
	default:
		return
	}
	n := k
	if c.us[n].Kind == 'E' || c.us[n].words == "its" {
		n++
	}
	for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].tag == posAdj || c.us[n].tag == posAdv) {
		n++ // "earlier", "largest"
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !investorNouns[c.us[n].Lemma] ||
		strings.Contains(c.us[n].words, "potential") || strings.Contains(c.us[n].words, "former") || strings.Contains(c.us[n].words, "would-be") {
		return
	}
	subj := c.leftSubject(v)
	if subj < 0 || c.us[subj].Kind != 'E' || c.isPerson(x, subj) {
		return
	}
	investors := c.args(x, subj)
	if e := c.togetherWith(subj, v); e >= 0 {
		investors = append(investors, c.args(x, e)...) // "A, together with B, now counts among Y's shareholders" (round 39)
	}
	x.rule = "invest.among-backers"
	x.investEach(c, investors, []arg{owner}, c.modText(subj, v), 0.7)
}

// togetherWith is the entity unit of ", together with B," set between the
// subject at unit subj and its verb v, or -1.
func (c *clauses) togetherWith(subj, v int) int {
	k := subj + 1
	if k+4 > v || !c.isPunct(k, ",") || c.us[k+1].Kind != 'O' || c.us[k+1].words != "together" ||
		c.us[k+2].Kind != 'P' || c.us[k+2].Lemma != "with" || c.us[k+3].Kind != 'E' || !c.isPunct(k+4, ",") {
		return -1
	}
	return k + 3
}

// possBacker: "A has been Y's biggest backer", "A is Y's largest
// shareholder".
func (x *extractor) possBacker(c *clauses, v int) {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++ // "A is also Y's largest shareholder" (helper z15inv)
	}
	oneOf := false
	if k+3 < len(c.us) && c.us[k].Kind == 'N' && c.us[k].Lemma == "one" && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "of" &&
		c.us[k+2].Kind == 'E' && c.ents[c.us[k+2].ent].poss {
		k, oneOf = k+2, true // "A is one of Y's largest shareholders" (round 35)
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'E' || !c.ents[c.us[k].ent].poss || c.isCountry(k) {
		return
	}
	n := c.us[k+1]
	if oneOf && !holderWords(n.words) {
		return // "one of Y's prospective investors"
	}
	if n.Kind != 'N' || !investorNouns[n.Lemma] || strings.Contains(n.words, "potential") || strings.Contains(n.words, "former") || strings.Contains(n.words, "would-be") {
		return
	}
	if k+2 < len(c.us) && c.us[k+2].Kind == 'P' && c.us[k+2].Lemma == "of" {
		return // "Y's owner of record", "Y's shareholder of the year"
	}
	subj := c.subject(v)
	if subj < 0 || c.us[subj].Kind != 'E' || c.isPerson(x, subj) {
		return
	}
	owned := c.args(x, k)
	if len(owned) != 1 || x.ownsItself(c.args(x, subj), owned) {
		return
	}
	x.rule = "invest.poss-backer"
	x.investEach(c, c.args(x, subj), owned, c.modText(subj, v), 0.75)
}

// famControlledAppos: "Y, the X-controlled operator", "Y, the X-backed
// start-up": the name in apposition's modifier invested in the name
// before the comma.
func (x *extractor) famControlledAppos(c *clauses) {
	for j := 3; j < len(c.us); j++ {
		w := c.us[j].words
		if c.us[j].Kind != 'N' || !(strings.HasPrefix(w, "-controlled ") || strings.HasPrefix(w, "-backed ") || strings.HasPrefix(w, "-owned ")) {
			continue
		}
		o := j - 1
		if c.us[o].Kind != 'E' || c.isCountry(o) || c.ents[c.us[o].ent].poss {
			continue
		}
		k := o - 1
		if c.us[k].Kind == 'M' && (c.us[k].words == "the" || c.us[k].words == "a" || c.us[k].words == "an") {
			k--
		}
		if k < 1 || !c.isPunct(k, ",") || c.us[k-1].Kind != 'E' || c.isCountry(k-1) {
			continue
		}
		owners, owned := c.args(x, o), c.args(x, k-1)
		if len(owners) != 1 || len(owned) != 1 || x.ownsItself(owners, owned) {
			continue
		}
		x.rule = "invest.controlled-appos"
		x.investEach(c, owners, owned, "", 0.7)
	}
}

// famCountsAmong: "Y counts A and B among its investors" where the tagger
// read "counts" as a plural noun between two names (the verb reading is
// famInvest's).
func (x *extractor) famCountsAmong(c *clauses) {
	for k := 1; k+3 < len(c.us); k++ {
		u := c.us[k]
		if u.Kind == 'V' || u.words != "counts" && u.words != "count" || c.us[k-1].Kind != 'E' || c.us[k+1].Kind != 'E' {
			continue
		}
		n := c.us[k+3]
		if c.us[k+2].Kind != 'P' || c.us[k+2].Lemma != "among" || n.Kind != 'N' || !investorNouns[n.Lemma] ||
			strings.Contains(n.words, "potential") || strings.Contains(n.words, "former") {
			continue
		}
		x.rule = "invest.counts-among"
		x.investEach(c, c.args(x, k+1), c.args(x, k-1), c.text(0, k), 0.75)
	}
}

// pluralWord reports whether a description's last word looks plural ("the
// two companies", "the operators"; not "the business", "the campus").
func pluralWord(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// skipRelativeInsert is the unit after a relative clause set off by commas
// at unit k (", which had sought bankruptcy protection in February,"), or
// k when none stands there.
func (c *clauses) skipRelativeInsert(k int) int {
	if !c.isPunct(k, ",") || !c.relative(k+1) {
		return k
	}
	for j := k + 2; j < len(c.us) && j < k+16; j++ {
		if c.boundary(j) || c.isPunct(j, ";") || c.isPunct(j, ".") {
			return k
		}
		if c.isPunct(j, ",") {
			return j + 1
		}
	}
	return k
}
