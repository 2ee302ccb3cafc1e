package extract

// Partners told around a thing made (round 36, chosen by the second
// diagnosis on the test-half-like splits: partnerOf misses linked in one
// sentence, tune and dev22 texts): "A has started work on Africa's first AI
// factory, to be built with B" (the thing's maker, the main clause's
// subject, and B) and "the operators - B, C and D - that are working with
// A on the standard" (a dashed list as the subject of a relative of
// working together). Near misses (round36_test.go): "to be built with
// support from B" (no name after "with"), a person as the maker, a negated
// relative.

// famBuiltWith reads the shapes above.
func (x *extractor) famBuiltWith(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case u.Passive && jointMakingVerbs[u.Lemma] && v >= 1 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to" && len(u.words) > 3 && u.words[:3] == "be ":
			// "..., to be built with B"
			b := v + 1
			if b+1 >= len(c.us) || c.us[b].Kind != 'P' || c.us[b].Lemma != "with" || c.us[b+1].Kind != 'E' || c.isCountry(b+1) {
				continue
			}
			a := c.mainSubject(v)
			if a < 0 || c.isPerson(x, a) {
				continue
			}
			x.rule = "partner.to-be-built-with"
			x.partnerPairs(c, c.args(x, a), c.args(x, b+1), c.text(v-1, b), 0.65)
		case !u.Passive && (u.Lemma == "work" || partnerVerbs[u.Lemma]) && v >= 4 && c.relative(v-1) && c.isPunct(v-2, "-") && c.us[v-3].Kind == 'E' && c.isPunct(v-4, "-"):
			// "the operators - B, C and D - that are working with A"
			b := v + 1
			if b+1 >= len(c.us) || c.us[b].Kind != 'P' || c.us[b].Lemma != "with" || c.us[b+1].Kind != 'E' || c.isCountry(b+1) || c.isPerson(x, b+1) {
				continue
			}
			x.rule = "partner.dashed-working-with"
			x.partnerPairs(c, c.args(x, b+1), c.args(x, v-3), c.text(v-1, b), 0.65)
		}
	}
}

// mainSubject is the subject of the sentence's first verb before unit v,
// an entity, or -1.
func (c *clauses) mainSubject(v int) int {
	for k := 0; k < v; k++ {
		if c.us[k].Kind == 'V' {
			if s := c.subject(k); s >= 0 && c.us[s].Kind == 'E' {
				return s
			}
			return -1
		}
	}
	return -1
}
