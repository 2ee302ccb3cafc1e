package extract

import "github.com/telcograph/telcograph/schema"

// Owners that "each" hold a share (round 45, from the read splits: tune,
// dev26, dev29): "KDDI and Mitsubishi Corporation now split the chain
// evenly: each holds 50%", "A and B took Y private last year; each now
// holds half of it", "Y is a joint venture of A and B, which each own
// 31.7%". The owners are the list of two organisations or more the
// sentence names before "each" (the antecedent of "which each", or the
// clause before a colon or semicolon); the owned company is the one after
// "of" when named, else the one company the sentence names besides the
// owners. A share is required ("50%", "half"); "each" alone before another
// verb is the rules' own distributive reading.

// eachHoldWords are "each" and a holding verb the tagger took for a noun
// phrase.
var eachHoldWords = map[string]bool{"each hold": true, "each holds": true, "each own": true, "each owns": true, "each control": true, "each controls": true}

// famEachHolds reads the shape above.
func (x *extractor) famEachHolds(c *clauses) {
	for v := 2; v+1 < len(c.us); v++ {
		u := c.us[v]
		e := v - 1
		switch {
		case u.Kind == 'N' && eachHoldWords[u.words]:
			e = v // "which each hold about 35%": the tagger's noun phrase
		case u.Kind != 'V' || u.Passive || u.Neg || !holdingLemmas[u.Lemma] || u.Lemma == "keep" || u.Lemma == "retain":
			continue
		default:
			for e > 0 && c.us[e].Kind == 'O' && c.us[e].tag == posAdv {
				e-- // "each now holds"
			}
			if c.us[e].words != "each" {
				continue
			}
		}
		owners := c.eachOwners(x, e)
		if len(owners) < 2 {
			continue
		}
		n := c.skipApprox(v + 1)
		if n >= len(c.us) || c.us[n].Kind != 'N' || !partShare(c.us[n].words) {
			continue
		}
		var owned []arg
		if y := c.partOf(n); y >= 0 {
			owned = c.args(x, y)
			if len(owned) == 1 && owned[0].m != nil && owned[0].m.Coref {
				owned = nil // "half of it": the one other company below
			}
		} else if n+1 < len(c.us) && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "of" {
			continue // "50% of the market"
		}
		if owned == nil {
			owned = x.otherCompany(c, owners)
		}
		if len(owned) != 1 || x.ownsItself(owners, owned) {
			continue
		}
		x.rule = "invest.each-holds"
		for _, a := range owners {
			x.emitFact(c.s, schema.RelInvestedIn, a, owned[0], c.modText(e, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
		}
	}
}

// eachOwners are the organisations "each" at unit e stands for: the list
// before "which each", or the first list of two organisations or more the
// sentence names before a colon or semicolon that "each" opens a clause
// after.
func (c *clauses) eachOwners(x *extractor, e int) []arg {
	if e >= 2 && c.relative(e-1) && (c.us[e-1].words == "which" || c.us[e-1].words == "who") && c.isPunct(e-2, ",") && e >= 3 && c.us[e-3].Kind == 'E' {
		if as := c.listBack(x, e-3); len(as) >= 2 {
			return as
		}
		return nil
	}
	if !c.isPunct(e-1, ":") && !c.isPunct(e-1, ";") {
		return nil
	}
	for j := 0; j < e-1; j++ {
		if c.us[j].Kind == 'E' && !c.ents[c.us[j].ent].poss {
			if as := c.args(x, j); len(as) >= 2 {
				return as
			}
		}
	}
	return nil
}

// otherCompany is the one company the sentence names besides owners, or
// nil when it names none or more.
func (x *extractor) otherCompany(c *clauses, owners []arg) []arg {
	own := map[string]bool{}
	for _, a := range owners {
		own[x.resolve(a, orgTypesAll)] = true
	}
	var out []arg
	seen := map[string]bool{}
	for j, u := range c.us {
		if u.Kind != 'E' || c.isCountry(j) || c.isPerson(x, j) {
			continue
		}
		for _, a := range c.args(x, j) {
			s := x.resolve(a, companyTypes)
			if s == "" || own[s] || seen[s] {
				continue
			}
			seen[s] = true
			out = append(out, a)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// listBack is the list of organisations that ends with the entity unit j,
// read leftwards over commas, "and" and the describing words before each
// item ("Telenor, the Oslo energy group Hafslund and the Norwegian
// investment firm HitecVision").
func (c *clauses) listBack(x *extractor, j int) []arg {
	out := c.args(x, j)
	for {
		k := j - 1
		for d := 0; d < 4 && k >= 0 && (c.us[k].Kind == 'M' || c.us[k].Kind == 'N' && !c.isPunct(k, ",")); d++ {
			k-- // the item's description
		}
		if k < 1 || !(c.isPunct(k, ",") || c.us[k].Kind == 'O' && c.us[k].words == "and") {
			return out
		}
		k--
		if c.isPunct(k, ",") {
			k-- // ", and"
		}
		if k < 0 || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss || c.isCountry(k) || c.isPerson(x, k) {
			return out
		}
		out = append(c.args(x, k), out...)
		j = k
	}
}
