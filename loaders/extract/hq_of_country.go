package extract

import "github.com/telcograph/telcograph/schema"

// This file (round 26, from probe set E) reads a company's country from
// "Hoshida Telecom of Japan", "Ocelan Telecom of Mexico": only a company
// the register or the text knows as one ("the Bank of Japan" is no company
// of Japan the mention layer gave). A country alone in brackets after a
// company ("Acme (Spain)") stays a market, not a seat (hq_bracket_place.go).

var hqOfRules = []rule{
	{name: "X of N", keys: []string{" of "}, flat: true, re: rx(`(<[CU]\d+>) of (<N\d+>)(?:'s)?(?: |,|\.|;|$)`), fn: func(x *extractor, s *sent, m []string) {
		x.nationOfCompany(s, m[1], m[2])
	}},
}

// nationOfCompany states that the one company org (a marker) is in the
// country at marker nat, when the country is named, not a demonym.
func (x *extractor) nationOfCompany(s *sent, org, nat string) {
	c, ok := x.one(s, nat)
	if !ok || c.m == nil || c.m.Demonym {
		return
	}
	o, ok := x.one(s, org)
	if !ok || x.typeOf(x.resolve(o, orgTypesAll)) != schema.TypeCompany {
		return
	}
	x.nation(s, "", nat, 0.8, o)
}
