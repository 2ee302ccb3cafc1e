package extract

// Partners gathered "as partners" (issue 13, helper y14rel, from the dev
// split's misses): "SK Telecom has lined up game publisher Krafton,
// Hyundai Motor's software arm 42dot ... as partners", "A brought in B
// and C as partners". famAsPartner (partner_nominal.go) read only a
// single object unit right before "as"; a roster whose items carry
// descriptors ("data firm E", "C's software arm D") is cut by the mention
// layer into several units, and a particle verb ("bring in") has no
// object unit of its own. The helpers below read both shapes; the
// relation and its near misses stay famAsPartner's ("as customers", a
// negated verb, a person).

// particleObject is the object of a verb split from its particle by the
// tagger: "brought" + "in" + B; or -1.
func (c *clauses) particleObject(v int) int {
	if v+2 >= len(c.us) || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "in" && c.us[v+1].Lemma != "on" {
		return -1
	}
	if c.us[v].Lemma != "bring" && c.us[v].Lemma != "rope" && c.us[v].Lemma != "sign" {
		return -1
	}
	k := c.skipDescriptors(v + 2)
	if k < len(c.us) && c.us[k].Kind == 'E' {
		return k
	}
	return -1
}

// describedListTo reads the roster that starts at entity unit k and runs
// to the preposition prep: entity units, their descriptors ("data firm"),
// commas and "and". It returns the unit of prep and the roster's entity
// units, or -1 when anything else (a verb, a boundary, another noun)
// comes first.
func (c *clauses) describedListTo(k int, prep string) (int, []int) {
	var es []int
	for j := k; j < len(c.us); j++ {
		u := c.us[j]
		switch {
		case u.Kind == 'E':
			es = append(es, j)
		case u.Kind == 'M', c.isPunct(j, ","), u.Kind == 'O' && u.words == "and":
		case u.Kind == 'P' && u.Lemma == prep && len(es) > 0:
			return j, es
		default:
			return -1, nil
		}
	}
	return -1, nil
}

// dropPossessors removes the possessors of a described roster ("Helix's
// radio arm Cobalt": Helix owns an item, it is none).
func dropPossessors(as []arg) []arg {
	out := as[:0:0]
	for _, a := range as {
		if a.m != nil && a.m.Poss {
			continue
		}
		out = append(out, a)
	}
	return out
}
