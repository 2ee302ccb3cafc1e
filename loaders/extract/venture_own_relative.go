package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (helper x14jv, issue 13, the ventures drill) reads a joint
// venture told by a relative clause of ownership whose pronoun is the
// object: "J, which A and B own half each,", "J, which A and B jointly
// own,", "J, that A and B own in equal parts". The owners (two or more)
// are the venture's partners and each invested in it. A split is needed
// ("half each", "equally", "jointly", "50-50"): "J, which A and B own"
// alone may be a sale or a holding company, and one owner is a stake, not
// a venture (the stake rules read those).

// famVentureOwnRelative reads the shape in one sentence.
func (x *extractor) famVentureOwnRelative(c *clauses) {
	for r := 2; r+2 < len(c.us); r++ {
		if !c.relative(r) || c.us[r].words == "who" || c.us[r].words == "whose" || !c.isPunct(r-1, ",") || c.us[r-2].Kind != 'E' {
			continue
		}
		venture := c.args(x, r-2)
		owners := c.args(x, r+1)
		if len(venture) != 1 || c.us[r+1].Kind != 'E' || len(owners) < 2 {
			continue
		}
		v := r + 2
		if !ownVerbUnit(c.us[v]) {
			continue
		}
		split := jointSplitWord(c.us[v].words)
		for k := v + 1; k < len(c.us) && !split && !c.boundary(k) && !c.isPunct(k, ","); k++ {
			split = c.us[k].Kind != 'E' && c.us[k].Kind != 'V' && jointSplitWord(c.us[k].words)
		}
		if !split {
			continue
		}
		mt := c.text(r+1, v)
		x.rule = "jointVenture.own-relative"
		x.jointVenture(c.s, owners, mt, "named "+c.text(r-2, r-2), "", shareRE.FindString(c.text(v, v)), 0.7)
		x.rule = "venture.own-relative-stake"
		for _, o := range owners {
			x.emitFact(c.s, schema.RelInvestedIn, o, venture[0], mt, 0.7, schema.Fact{})
		}
	}
}

// ownVerbUnit reports whether unit u is an active, unnegated verb of
// owning, or the noun phrase the tagger makes of one before a share ("own
// half each" read as a noun phrase).
func ownVerbUnit(u unit) bool {
	switch u.Kind {
	case 'V':
		return (u.Lemma == "own" || u.Lemma == "hold" || u.Lemma == "co-own") && !u.Passive && !u.Neg
	case 'N', 'M':
		w := u.words + " "
		return strings.HasPrefix(w, "own ") || strings.HasPrefix(w, "owns ") || strings.HasPrefix(w, "jointly own ") || strings.HasPrefix(w, "co-own ")
	}
	return false
}
