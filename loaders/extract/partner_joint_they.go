package extract

// Joint making (partner_joint.go) told in more forms (issue 13, helper
// z24part, from misses of writers c4, d5 and the partners4 drill):
//   - a "they" for the pair ("In June the two companies said they would
//     build an industrial AI cloud", "The pair said they would build ..."):
//     the party a plural subject before "they" names (theyParty,
//     partner_group.go);
//   - the object after "what they call" ("A and B are building what they
//     call an AI factory").
// A bare object with no determiner ("would build AI computing
// infrastructure") is left out: one drill's writer used it, and it reads
// each party's own capacity as well as one thing made together.

// jointMakers are the parties of the subject at unit subj of making verb
// v (-1: none found), and whether they are a pair the rule reads: a coordination joined by
// "and" (andPair), a counted or described pair, or a "they" standing for
// one of those.
func (x *extractor) jointMakers(c *clauses, v, subj int) ([]arg, bool) {
	if subj >= 0 && c.us[subj].Kind == 'E' {
		return x.subjectArgs(c, subj), c.andPair(subj) // partner_roles.go
	}
	if p := x.pronounSubject(c, v); p >= 0 {
		return x.theyParty(c, p), true
	}
	return nil, false
}

// jointObject is the unit of the thing making verb v makes: the unit after
// it over modifiers, or after "what they call".
func (c *clauses) jointObject(v int) int {
	o := v + 1
	for o < len(c.us) && c.us[o].Kind == 'M' {
		o++
	}
	if o+2 < len(c.us) && c.us[o].words == "what they" && c.us[o+1].Kind == 'V' && c.us[o+1].Lemma == "call" {
		o += 2 // "what they call an AI factory"
	}
	return o
}
