package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads shareholders of a company the sentence sets up front
// (helper x13i9, issue 13): "At Vodafone Idea, the Government of India
// became the largest shareholder in 2023 after converting dues into
// equity, ahead of the two promoter shareholders, Vodafone Group and the
// Aditya Birla Group." A fronted "At Y," names the company the clause's
// holders hold; without it the investee in focus does
// (invest_implicit.go). A ranked holder ("the largest shareholder") after
// "become" or "remain", and the names in apposition to a plural holder
// noun ("the two promoter shareholders, A and B"), are its investors.

// frontedAt is the company a sentence opens with "At Y,", or -1.
func (c *clauses) frontedAt(x *extractor) int { return c.frontedAtOf(x, companyTypes) }

// frontedAtOf is the unit of the organisation of one of types that a
// sentence opens with "At Y," (no person), or -1.
func (c *clauses) frontedAtOf(x *extractor, types []schema.EntityType) int {
	if len(c.us) > 3 && c.us[0].Kind == 'P' && c.us[0].Lemma == "at" && c.us[1].Kind == 'E' && c.isPunct(2, ",") && !c.isPerson(x, 1) {
		if as := c.args(x, 1); len(as) == 1 && x.resolve(as[0], types) != "" {
			return 1
		}
	}
	return -1
}

// famFrontedHolders: ranked holders and apposed holder lists of the
// fronted company.
func (x *extractor) famFrontedHolders(c *clauses) {
	at := c.frontedAt(x)
	// the company held: the fronted one, else the noun's possessor ("Y's
	// two largest shareholders, A and B"), else for a ranked holder the
	// investee in focus
	emit := func(holders []arg, mt string, n int) {
		var co arg
		switch {
		case at >= 0:
			co = c.args(x, at)[0]
		case n > 0 && c.us[n-1].Kind == 'E' && c.ents[c.us[n-1].ent].poss && len(c.args(x, n-1)) == 1:
			co = c.args(x, n-1)[0]
		default:
			f, ok := x.focusArg(c.s, holders)
			if !ok || c.us[n].Kind != 'N' || !rankWord(c.us[n].words) || c.isPunct(n+1, ",") {
				return
			}
			co = f
		}
		x.rule = "invest.fronted-holder"
		for _, a := range holders {
			x.emitFact(c.s, schema.RelInvestedIn, a, co, mt, 0.65, schema.Fact{Date: x.dateOf(c.s)})
		}
	}
	for v, u := range c.us {
		switch {
		case u.Kind == 'V' && !u.Neg && (u.Lemma == "become" || u.Lemma == "remain" || u.Lemma == "be") && v+1 < len(c.us):
			n := v + 1
			if w := c.us[n]; w.Kind != 'N' || !investorNouns[w.Lemma] || !rankWord(w.words) || !c.holderEnds(n) {
				continue
			}
			if u.Lemma == "be" && at < 0 {
				continue // "is the largest shareholder": invest_implicit.go's
			}
			if subj := c.subject(v); subj >= 0 && subj != at && c.us[subj].Kind == 'E' {
				emit(c.args(x, subj), c.modText(subj, v), n)
			}
		case u.Kind == 'N' && investorNouns[u.Lemma] && u.Lemma != "owner" && u.words != u.Lemma && c.isPunct(v+1, ",") && v+2 < len(c.us) &&
			c.us[v+2].Kind == 'E' && (v+3 >= len(c.us) || c.boundary(v+3) || c.isPunct(v+3, ",")):
			// "the two promoter shareholders, A and B."
			emit(c.args(x, v+2), "", v)
		}
	}
}

// holderEnds reports whether the holder noun at unit n names no company
// of its own: a time, and then the clause's end, a comma or a
// subordinate preposition ("after converting dues", "since 2021").
func (c *clauses) holderEnds(n int) bool {
	k := n + 1
	if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "in" && c.us[k+1].Kind == 'N' && timeWordRE.MatchString(c.us[k+1].words) {
		k += 2
	}
	if k >= len(c.us) || c.boundary(k) || c.isPunct(k, ",") {
		return true
	}
	w := c.us[k]
	return w.Kind == 'P' && (w.Lemma == "after" || w.Lemma == "since" || w.Lemma == "following" || w.Lemma == "ahead")
}

// frontedPlace reports whether mention a is the object of a sentence's
// opening "At" and the gap after it a bare comma: "At Y, A became ..."
// sets Y up front, and A opens the clause; they are no list.
func frontedPlace(s *sent, a int, gap string) bool {
	if strings.TrimSpace(gap) != "," {
		return false
	}
	before := strings.TrimSpace(s.text[:s.ms[a].Start])
	return before == "At" || before == "at"
}
