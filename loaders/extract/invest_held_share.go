package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (helper z22pinv, issue 13, probed on real news) reads a share
// of a company as the subject of a passive holding verb, the holder in the
// "by" phrase: "The remaining 40% is held by B", "The rest is owned by
// C", "The other 6% of Y is held by D", "A owns 51% of Y, with the
// remaining 49% held by B". Ownership tables in tower, fibre and joint-
// venture news end this way; the active forms ("B holds the rest") were
// read already (invest_implicit.go).

// heldShareVerbs hold a share in the passive.
var heldShareVerbs = map[string]bool{"hold": true, "own": true, "control": true}

// famHeldShare: a share before a passive holding verb (or its participle
// after "with"), its holder after "by"; the company is the one the share
// is "of", else the one a stake told in this sentence or the one before
// went to.
func (x *extractor) famHeldShare(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || !heldShareVerbs[u.Lemma] || v < 1 || v+2 >= len(c.us) {
			continue
		}
		if !u.Passive && !(v >= 2 && c.us[v-2].Kind == 'P' && c.us[v-2].Lemma == "with" && c.ts[u.Head].Form != formIng) {
			continue // "is held by", or "with the rest held by"
		}
		ps := c.pps(v + 1)
		if c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" || len(ps) == 0 || ps[0].prep != "by" || c.us[ps[0].at].Kind != 'E' {
			continue // the holder right after the verb ("held by state fund B")
		}
		share, named := v-1, -1
		if v >= 3 && c.us[v-1].Kind == 'E' && c.us[v-2].Kind == 'P' && c.us[v-2].Lemma == "of" {
			share, named = v-3, v-1 // "the other 6% of Y is held by D"
		}
		if s := c.us[share]; s.Kind != 'N' || !heldShareUnit(s) {
			continue
		}
		holders := c.args(x, ps[0].at)
		if len(holders) > 3 {
			continue // a long list after "held by" is a register of shareholders, not the share's holders
		}
		var b arg
		if named >= 0 {
			bs := c.args(x, named)
			if len(bs) != 1 {
				continue
			}
			b = bs[0]
		} else {
			f, ok := x.heldShareOf(c.s, holders)
			if !ok {
				continue
			}
			b = f
		}
		x.rule = "invest.held-share"
		mt := c.modText(share, v)
		for _, a := range holders {
			x.emitFact(c.s, schema.RelInvestedIn, a, b, mt, 0.65, schema.Fact{Date: x.dateOf(c.s)})
		}
		if named < 0 {
			x.venturePartners(c.s, b, mt) // the owners of a venture are its partners
		}
	}
}

// heldShareUnit reports whether noun phrase u is a share of equity that
// news passes on to its holder: "the remaining 40%", "the rest", "the
// other half", "a 10% stake"; not "100%" (the whole company: an owner,
// read by the owned-by rules) nor "the shares" or "its stake" (whose
// company is told before).
func heldShareUnit(u unit) bool {
	if strings.Contains(u.words, "100%") || strings.Contains(u.words, "100 per") {
		return false
	}
	if strings.HasPrefix(u.words, "its ") || strings.HasPrefix(u.words, "their ") || strings.HasPrefix(u.words, "his ") || strings.HasPrefix(u.words, "her ") {
		return false
	}
	return stakeUnit(u)
}

// heldShareOf is the company whose share a passive clause of sentence s
// passes on: the one company a stake told in s or the sentence before went
// to ("A owns 70% of Y. The remaining 30% is held by B"). A share told
// further back, or after stakes in two companies, names none.
func (x *extractor) heldShareOf(s *sent, holders []arg) (arg, bool) {
	best := ""
	for i := len(x.facts) - 1; i >= 0; i-- {
		f := x.facts[i]
		if f.Evidence != s.text && (x.lastSent == nil || f.Evidence != x.lastSent.text) {
			break
		}
		if f.Relation != schema.RelInvestedIn || describingRules[f.Rule] {
			continue
		}
		for _, h := range holders {
			if h.slug == f.Object.ID {
				return arg{}, false // the holder is the company: not a share of it
			}
		}
		if best != "" && best != f.Object.ID {
			return arg{}, false
		}
		best = f.Object.ID
	}
	if best == "" {
		return arg{}, false
	}
	return arg{slug: best, text: "(" + x.nameOf(best) + ")"}, true
}
