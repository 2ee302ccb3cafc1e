package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a roster of a round's backers set on one line after an
// investor heading (helper z20inv, issue 13): "Returning investors: A, B
// and C.", "Other backers: A and B.", "Investors in the round: A, B and
// C." The heading names no company, so the backers are investors in the
// company whose investors an unpossessed investor noun lists
// (invest_owner.go: the open round's company, else the investee in
// focus). A heading followed by a bulleted list is invest_bullets.go's; a
// heading of customers, partners or "Not in this round:" is no investor
// list.

// investorColonRE is an investor heading opening a sentence, followed on
// the same line by what it lists.
var investorColonRE = regexp.MustCompile(`^(?i:` + investorHeadingKinds + `)(?i: (?:in|of) the (?:round|raise|financing|funding|deal))?:[ \t]+\S`)

// famInvestorColon reads the items after an investor heading on its line.
func (x *extractor) famInvestorColon(c *clauses) {
	if !investorColonRE.MatchString(c.s.text) {
		return
	}
	n := -1
	for j := 0; j < len(c.us) && j < 3; j++ {
		if c.us[j].Kind == 'N' && investorNouns[c.us[j].Lemma] {
			n = j
			break
		}
	}
	if n < 0 {
		return
	}
	last := n
	if n+2 < len(c.us) && c.us[n+1].Kind == 'P' && roundNoun(c.us[n+2]) {
		last = n + 2 // "Investors in the round: A, B"
	}
	e := c.afterColon(last)
	if e < 0 {
		return
	}
	items := c.args(x, e)
	owner, ok := x.investorsOwner(c, n, items) // invest_owner.go
	if !ok {
		return
	}
	x.rule = "invest.roster-colon"
	for _, a := range items {
		x.emitFact(c.s, schema.RelInvestedIn, a, owner, c.text(0, n), 0.7, schema.Fact{})
	}
}
