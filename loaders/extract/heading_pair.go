package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A listicle's item heading names the pair its paragraph is about
// (issue 13, helper z15list): under "3. Helix Wireless and Ion Cloud
// (February 2024)", "Announced at MWC, this partnership produced a GPU
// cloud" speaks of the pair's partnership, as "The two companies signed a
// partnership" does (coref_lists.go). The heading is the sentence just
// before: one short line without a full stop that names two companies
// joined by "and" and nothing else but a number or a date. The sentence
// refers to "this", "the" or "their" partnership, tie-up, alliance or
// collaboration before it names any organisation ("Helix's partnership
// with Larch" is another pair's). A deal or a venture may be a purchase
// or a company of its own, and states no partnership here.

// pairNouns are the nouns of a partnership between two parties.
var pairNouns = map[string]bool{
	"partnership": true, "tie-up": true, "alliance": true, "collaboration": true, "cooperation": true, "pact": true,
}

// famHeadingPair reads "this partnership" under a heading naming a pair.
func (x *extractor) famHeadingPair(c *clauses) {
	h := x.lastSent
	if h == nil || len(h.lists) != 1 || len(h.lists[0]) != 2 {
		return
	}
	t := strings.TrimSpace(h.text)
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,\"”") || len(strings.Fields(t)) > 12 {
		return
	}
	a, b := h.ms[h.lists[0][0]], h.ms[h.lists[0][1]]
	if a.Kind != 'C' || b.Kind != 'C' || a.Slug == "" || b.Slug == "" || strings.TrimSpace(h.text[a.PossEnd:b.Start]) != "and" {
		return
	}
	if len(h.ms) != 2 {
		return // the heading names more than the pair
	}
	for j, u := range c.us {
		if u.Kind == 'E' {
			return
		}
		if u.Kind != 'N' || !pairNouns[u.Lemma] {
			continue
		}
		if w := strings.Fields(u.words); len(w) < 2 || w[0] != "this" && w[0] != "the" && w[0] != "their" {
			return
		}
		if j+1 < len(c.us) && c.us[j+1].Kind == 'P' && (c.us[j+1].Lemma == "with" || c.us[j+1].Lemma == "between" || c.us[j+1].Lemma == "of") {
			return // "the partnership with Larch": the sentence names its parties
		}
		x.rule = "partner.heading-pair"
		x.emitFact(c.s, schema.RelPartnerOf, arg{slug: a.Slug, text: "(" + a.Text + ")"}, arg{slug: b.Slug, text: "(" + b.Text + ")"}, "", 0.6, schema.Fact{})
		return
	}
}
