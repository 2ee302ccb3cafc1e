package extract

import "strings"

// This file reads holders counted among a company's investors when the
// company goes unnamed (helper z15inv, issue 13, from dev3 misses): "Three
// of the country's largest lenders, A, B and C, were among the new
// shareholders", "D is among the backers". "A is among Y's backers" is
// invest_relative.go's; with no owner the investee is the company the
// money talk is about, decided by the investee-focus model
// (invest_implicit.go), which decides nothing when it is unsure. A
// former, potential or would-be holder is none (holderWords), and a
// negated copula ("is not among the backers") states nothing.

// amongUnnamedHolders reads the copula at unit v: "A were among the new
// shareholders" with no company after the noun.
func (x *extractor) amongUnnamedHolders(c *clauses, v int) {
	if v+2 >= len(c.us) || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "among" {
		return
	}
	n := v + 2
	if u := c.us[n]; u.Kind != 'N' || !investorNouns[u.Lemma] || !holderWords(u.words) || !strings.HasPrefix(u.words, "the ") {
		return
	}
	end, ok := c.unnamedStakeEnd(n)
	if !ok {
		return
	}
	subj := c.subject(v)
	if subj < 0 || c.us[subj].Kind != 'E' || c.isPerson(x, subj) {
		return
	}
	x.implicitHolders(c, subj, v, end)
}

// countedPartitive reports whether the noun phrase at unit i counts a
// part of a plural group: "Three of the country's largest lenders", whose
// names follow it in apposition as countedPlural's do ("Two energy
// groups, A and B").
func (c *clauses) countedPartitive(i int) bool {
	if i < 2 || c.us[i].Kind != 'N' || !strings.HasSuffix(c.us[i].words, "s") {
		return false
	}
	return c.us[i-1].Kind == 'P' && c.us[i-1].Lemma == "of" && c.us[i-2].Kind == 'N' && countOf(c.us[i-2].words) > 0
}
