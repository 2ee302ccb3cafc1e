package extract

import "strings"

// This file reads money raised from a group the sentence then lists
// (helper x13i9, issue 13): "Y raised $6 billion from a group that
// included A, B and C", "Y secured $30 million from investors including
// A and B", "Y landed $50 million from a consortium led by A", "Y raised
// $10 million from backers such as A". famRaisedFrom (invest_args.go)
// reads a from-phrase that names the investors itself.

// backerGroupNouns are the nouns a from-phrase may name investors by.
var backerGroupNouns = map[string]bool{
	"group": true, "consortium": true, "syndicate": true, "set": true, "roster": true, "slate": true, "range": true,
	"mix": true, "number": true, "clutch": true, "host": true, "pool": true, "list": true,
}

// famRaisedFromGroup: the investors a group noun after "from" lists.
func (x *extractor) famRaisedFromGroup(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || !raisedFromVerbs[u.Lemma] {
			continue
		}
		subj := c.subject(v)
		n := c.nounObject(v)
		if subj < 0 || n < 0 || !c.moneyAt(v+1, n+1) && !raisedSumUnit(c.us[n]) {
			continue
		}
		for _, p := range c.pps(n + 1) {
			if p.prep == "in" && c.us[p.at].Kind == 'N' && investNouns[c.us[p.at].Lemma] || c.timePP(p) {
				continue // "in funding", "on Monday"
			}
			if p.prep != "from" || c.us[p.at].Kind != 'N' || !(backerGroupNouns[c.us[p.at].Lemma] || investorNouns[c.us[p.at].Lemma]) {
				break
			}
			if e := c.listedAfter(p.at); e >= 0 {
				x.rule = "invest.raised-from-group"
				x.investPairs(c, c.args(x, e), c.args(x, subj), c.modText(subj, v), "", 0.7) // the round total is no backer's amount
			}
			break
		}
	}
}

// raisedSumUnit reports whether noun phrase u is money raised with no
// amount ("funding", "fresh capital", "funding that year"), as
// raisedSumNouns name it; a fund raised is a fund's own.
func raisedSumUnit(u unit) bool {
	if u.Kind != 'N' {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(u.words)) {
		if raisedSumNouns[w] && w != "fund" {
			return true
		}
	}
	return false
}

// raisedFromVerbs raise money from someone.
var raisedFromVerbs = map[string]bool{
	"raise": true, "secure": true, "get": true, "receive": true, "land": true, "attract": true, "win": true, "bag": true, "close": true,
}

// listedAfter is the entity unit a group noun at unit n lists: "a group
// that included A", "investors including A", "backers such as A", "a
// consortium led by A", "investors, among them A", "a group of investors
// including A"; or -1.
func (c *clauses) listedAfter(n int) int {
	k := n + 1
	if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "of" && c.us[k+1].Kind == 'N' && (investorNouns[c.us[k+1].Lemma] || companyNouns[c.us[k+1].Lemma]) {
		k += 2 // "a group of investors including A" (round 36)
	}
	if c.isPunct(k, ",") {
		k++
	}
	if k >= len(c.us) {
		return -1
	}
	switch w := c.us[k]; {
	case c.relative(k) && (w.words == "that" || w.words == "which") && k+2 < len(c.us) && c.us[k+1].Kind == 'V' && !c.us[k+1].Neg &&
		(c.us[k+1].Lemma == "include" || c.us[k+1].Lemma == "comprise") && c.us[k+2].Kind == 'E':
		return c.described(k + 2)
	case w.Kind == 'P' && (w.Lemma == "including" || w.Lemma == "like" || w.Lemma == "among") && k+1 < len(c.us) && c.us[k+1].Kind == 'E':
		return c.described(k + 1)
	case w.Kind == 'P' && w.Lemma == "among" && k+2 < len(c.us) && c.us[k+1].words == "them" && c.us[k+2].Kind == 'E':
		return c.described(k + 2)
	case w.Kind == 'P' && w.Lemma == "as" && k > 0 && c.us[k-1].words == "such" && k+1 < len(c.us) && c.us[k+1].Kind == 'E':
		return c.described(k + 1)
	case w.Kind == 'V' && w.Lemma == "include" && c.ts[w.Head].Form == formIng && k+1 < len(c.us) && c.us[k+1].Kind == 'E':
		return c.described(k + 1) // "investors including A" tagged as a verb
	case w.Kind == 'V' && w.Lemma == "lead" && c.ts[w.Head].Form != formIng && k+2 < len(c.us) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "by" &&
		c.us[k+2].Kind == 'E':
		return c.described(k + 2) // "a consortium led by A"
	}
	return -1
}
