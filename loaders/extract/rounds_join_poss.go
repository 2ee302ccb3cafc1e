package extract

// This file (helper z26inv, round 22) reads a backer that joined a round
// named by its owner: "A joined Y's Series D alongside B and C", "A
// joined Y's $40 million round", as rounds.go reads "A joined the round"
// and "A took part in Y's round": A (and those alongside it) invested in
// Y, whose round the possessive opened. A subject told by a description
// or a pronoun is left out ("The Tokyo group joined Y's Series A" after a
// Tokyo start-up was described: the description may take that start-up,
// the round's own neighbour, for the backer).

// joinsOwnRound reports whether the active "join" at unit v takes as
// object a round its owner names: a possessive company, an optional
// currency sign, then a round noun.
func joinsOwnRound(c *clauses, v int) bool {
	u := c.us[v]
	if u.Kind != 'V' || u.Lemma != "join" || u.Passive || v+2 >= len(c.us) || c.us[v+1].Kind != 'E' || !c.ents[c.us[v+1].ent].poss {
		return false
	}
	r := v + 2
	if c.isPunct(r, "$") || c.isPunct(r, "€") || c.isPunct(r, "£") {
		r++
	}
	return r < len(c.us) && roundNoun(c.us[r])
}

// namedArgs are the arguments of as that a name states, not a
// description or a pronoun.
func namedArgs(as []arg) []arg {
	var out []arg
	for _, a := range as {
		if a.m == nil || !a.m.Coref {
			out = append(out, a)
		}
	}
	return out
}
