package extract

// This file decides whose investors an unpossessed investor noun lists
// (helper x13i9, issue 13): "Among the new backers were A and B", "The
// other shareholders include C" name no company, and the company is the
// one the money talk is about - the investee focus of invest_implicit.go
// (the open round's company, the last investee, the venture under
// discussion) - rather than the previous sentence's subject, which is as
// often the last investor named ("Nvidia, which first backed the lab,
// doubled down. Among the new backers were A and B.").

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// investorsOwner is the company whose investors the noun phrase at unit n
// lists: its possessor or a "whose" antecedent when there is one, else
// the company of the round under discussion, else the investee in focus,
// else the previous sentence's subject.
func (x *extractor) investorsOwner(c *clauses, n int, items []arg) (arg, bool) {
	if n > 0 && c.us[n-1].Kind == 'E' && c.ents[c.us[n-1].ent].poss || c.whoseAntecedent(n) > -2 {
		return x.possessorCompany(c, n)
	}
	if o := x.prevOpener; n == 0 && strings.HasPrefix(c.us[n].words, "its ") && o != "" && x.typeOf(o) == schema.TypeCompany {
		// "Y was founded in 2020 by P. Its backers include A and B": the
		// previous sentence's opener, as a sentence-initial "Its <title>"
		// is (coref_opener.go), not a heading's company (round 44, dev28)
		mine := false
		for _, a := range items {
			mine = mine || x.resolve(a, orgTypesAll) == o
		}
		if !mine {
			return arg{slug: o, text: "(" + x.nameOf(o) + ")"}, true
		}
	}
	if r := x.round; r != nil && x.sentIdx-r.sent <= roundReach && r.sent != x.sentIdx {
		// the round under discussion, kept open by the backers its last
		// sentences added, however long ago its company was named
		co := x.resolve(r.co, companyTypes)
		mine := false
		for _, a := range items {
			mine = mine || x.resolve(a, orgTypesAll) == co
		}
		if !mine {
			return r.co, true
		}
	}
	if f, ok := x.focusArg(c.s, items); ok {
		return f, true
	}
	if co, ok := x.topicRaiser(items); ok {
		return co, true // rounds_topic.go
	}
	return x.possessorCompany(c, n)
}
