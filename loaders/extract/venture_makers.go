package extract

import "github.com/telcograph/telcograph/schema"

// This file (helper x14jv, issue 13, the ventures drill) reads the makers
// of an organisation the register types as a joint venture: whoever set
// it up together with another is a partner of the venture, however the
// second maker is attached: "A set up J with B", "A, together with B,
// established J", "A teamed up with B to launch J" (the with-phrase of the
// verb the infinitive completes). The passive ("J was set up by A and B")
// is left out: on the blind dev split it named a wrong partner set, and
// the makers after "by" may be sponsors of a launch. A venture the register
// does not know needs a venture noun or a split (venture_owned.go,
// venture_shapes.go); one maker alone is a founder or an owner, not a
// venture; a negated verb states nothing.

// famVentureMakers reads the shapes above in one sentence.
func (x *extractor) famVentureMakers(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || !ventureFoundVerbs[u.Lemma] {
			continue
		}
		if u.Passive {
			continue
		}
		j, subj := -1, c.subject(v)
		if subj < 0 {
			subj = c.teamedSubject(v)
		}
		if o := c.object(v); o > v && subj >= 0 {
			j = o
		}
		if j < 0 || c.us[j].Kind != 'E' || len(c.args(x, j)) != 1 || !x.knownVenture(c.args(x, j)[0]) {
			continue
		}
		makers := append(c.args(x, subj), c.withParties(x, subj, v, j)...)
		parts := x.otherThan(makers, c.args(x, j)[0])
		if len(parts) < 2 {
			continue
		}
		x.rule = "jointVenture.makers"
		x.jointVenture(c.s, parts, c.modText(subj, v), "named "+c.text(j, j), "", "", 0.7)
	}
}

// firstPrep is the unit after preposition prep among the phrases that
// follow unit k ("formed in 2020 by A"), or -1.
func (c *clauses) firstPrep(k int, prep string) int {
	for _, p := range c.pps(k) {
		if p.prep == prep && c.us[p.at].Kind == 'E' {
			return p.at
		}
	}
	return -1
}

// withParties are the makers a with-phrase adds to subject subj of verb v
// that made object j: after the object ("set up J with B"), between the
// subject and the verb ("A, together with B, established J"), or after
// the verb of teaming up an infinitive completes ("A teamed up with B to
// launch J").
func (c *clauses) withParties(x *extractor, subj, v, j int) []arg {
	var out []arg
	if w := c.firstPrep(j+1, "with"); w > 0 {
		out = append(out, c.args(x, w)...)
	}
	for k := subj + 1; k+1 < v && k+1 < j; k++ {
		if c.us[k].Kind == 'P' && c.us[k].Lemma == "with" && c.us[k+1].Kind == 'E' {
			out = append(out, c.args(x, k+1)...)
		}
	}
	return out
}

// otherThan drops from parts the venture itself and repeats.
func (x *extractor) otherThan(parts []arg, venture arg) []arg {
	vs := x.resolve(venture, orgTypesAll)
	seen := map[string]bool{vs: true}
	var out []arg
	for _, p := range parts {
		sp := x.resolve(p, orgTypesAll)
		if sp == "" || seen[sp] || x.typeOf(sp) == schema.TypePerson {
			continue
		}
		seen[sp] = true
		out = append(out, p)
	}
	return out
}

// teamedSubject is the subject of the verb of teaming up that infinitive
// v completes over its with-phrase ("A teamed up with B to launch J"), or
// -1.
func (c *clauses) teamedSubject(v int) int {
	if v < 4 || c.us[v-1].Kind != 'P' || c.us[v-1].Lemma != "to" || c.us[v-2].Kind != 'E' ||
		c.us[v-3].Kind != 'P' || c.us[v-3].Lemma != "with" || c.us[v-4].Kind != 'V' || !teamVerbs[c.us[v-4].Lemma] || c.us[v-4].Neg {
		return -1
	}
	return c.subject(v - 4)
}
