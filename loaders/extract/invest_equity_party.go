package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a party to a company's equity named by a noun phrase
// that is not one of investorNouns: "the equity partners of Y", "its
// equity holders". Round 36's diagnosis (docs/extractor-rounds.md) found
// copular lists after such a noun among the unread splits' investment
// misses ("the equity N of Y are A, B and C"), and the read splits'
// writers annotate an "equity funder" or "equity partner" as an investor,
// a "technology partner" as a partner only.

// equityPartyNoun reports whether noun phrase u names holders of a
// company's equity: an investor noun ("shareholders", "backers"), or a
// partner, holder or participant that "equity" modifies.
func equityPartyNoun(u unit) bool {
	if u.Kind != 'N' {
		return false
	}
	if investorNouns[u.Lemma] {
		return true
	}
	switch u.Lemma {
	case "partner", "holder", "participant":
		return u.hasMod("equity")
	}
	return false
}

// tentativeHolder reports whether noun phrase u names holders who hold
// nothing yet or any longer: "potential investors", "former
// shareholders", "prospective equity partners".
func tentativeHolder(u unit) bool {
	return u.hasMod(tentativeMods...) || hasAnyWord(u.words, tentativeMods)
}

// namedHolderVerbs name a party as a holder in the passive: "A and B were
// named the initial equity investors of Y".
var namedHolderVerbs = map[string]bool{"name": true, "confirm": true, "announce": true, "list": true, "choose": true, "select": true, "unveil": true}

// famNamedHolders: "A and B were named the initial equity investors of
// Y", "A was confirmed as an equity partner in Y": the subject holds
// shares in the company the of- or in-phrase names (a name, not a
// description, as copula.investor asks).
func (x *extractor) famNamedHolders(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || !u.Passive || u.Neg || !namedHolderVerbs[u.Lemma] {
			continue
		}
		n := v + 1
		if n < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "as" {
			n++
		}
		if n >= len(c.us) || !equityPartyNoun(c.us[n]) || tentativeHolder(c.us[n]) {
			continue
		}
		ps := c.pps(n + 1)
		if len(ps) == 0 || ps[0].prep != "of" && ps[0].prep != "in" || c.us[ps[0].at].Kind != 'E' || c.isCountry(ps[0].at) {
			continue
		}
		org := c.args(x, ps[0].at)
		subj := c.subject(v)
		if len(org) != 1 || org[0].m == nil || org[0].m.Coref || subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		holders := c.args(x, subj)
		if x.ownsItself(holders, org) {
			continue
		}
		x.rule = "invest.named-holders"
		for _, a := range holders {
			x.emitFact(c.s, schema.RelInvestedIn, a, org[0], c.modText(subj, v), 0.75, schema.Fact{})
		}
	}
}

// famPremodHolder: a company's name premodifying a holder noun, "A, a
// Granite Labs shareholder, said" and "Granite Labs investor A said": A
// holds shares in the named company. Near misses (round36_test.go): a
// customer, a former holder, a country ("a Japanese investor").
func (x *extractor) famPremodHolder(c *clauses) {
	bare := func(u unit) bool {
		return (u.Kind == 'N' || u.Kind == 'M') && investorNouns[u.Lemma] && !strings.Contains(strings.TrimSpace(u.words), " ")
	}
	company := func(k int) ([]arg, bool) {
		if k < 0 || k >= len(c.us) || c.us[k].Kind != 'E' || c.isCountry(k) || c.ents[c.us[k].ent].poss {
			return nil, false
		}
		as := c.args(x, k)
		if len(as) != 1 || as[0].m == nil || as[0].m.Coref || x.resolve(as[0], companyTypes) == "" {
			return nil, false
		}
		return as, true
	}
	for k := 0; k+2 < len(c.us); k++ {
		var holders, owned []arg
		var at int
		switch {
		case c.us[k].Kind == 'E' && c.isPunct(k+1, ",") && k+5 <= len(c.us) && c.us[k+2].Kind == 'M' &&
			(strings.HasPrefix(c.us[k+2].words, "a ") || strings.HasPrefix(c.us[k+2].words, "an ") || c.us[k+2].words == "a" || c.us[k+2].words == "an") &&
			!hasAnyWord(c.us[k+2].words, tentativeMods) && bare(c.us[k+4]) && (k+5 == len(c.us) || c.isPunct(k+5, ",") || c.boundary(k+5)):
			// "A, a Granite Labs shareholder,"
			o, ok := company(k + 3)
			if !ok {
				continue
			}
			holders, owned, at = c.args(x, k), o, k+2
		case bare(c.us[k+1]) && c.us[k+2].Kind == 'E' && !c.isCountry(k+2) && (k == 0 || c.us[k-1].Kind != 'M' || !hasAnyWord(c.us[k-1].words, tentativeMods)):
			// "Granite Labs investor A"
			o, ok := company(k)
			if !ok {
				continue
			}
			holders, owned, at = c.args(x, k+2), o, k
		default:
			continue
		}
		if x.ownsItself(holders, owned) {
			continue
		}
		x.rule = "invest.premod-holder"
		for _, a := range holders {
			x.emitFact(c.s, schema.RelInvestedIn, a, owned[0], c.text(at, at+2), 0.7, schema.Fact{})
		}
	}
}
