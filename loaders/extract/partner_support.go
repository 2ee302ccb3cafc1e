package extract

// Partners named by the way a joint piece of work is told rather than by a
// partner verb (issue 13, helper x13p10, on the partners3 drill):
//   - the partner of a verb of joint work in a phrase of help, not only
//     "with B": "A will co-develop the software alongside B", "A built
//     the platform with support from B", "with the help of B";
//   - a participle of partnering set in apposition after its subject:
//     "A, working with B, is fine-tuning open models" (the participle's
//     subject is the name before the comma);
//   - a possessive holder over a named modifier: "A's AI-RAN work with B",
//     "A's AI-RAN partnership with B": the holder is the partner, never the
//     modifier (a technology or an alliance's short name used as a noun).
// Near misses (partner_support_test.go): funding ("with funding from",
// "with backing from": investors, not partners), a person as the helper,
// a participle after a clause ("signed X, working with B" is ingSubject's),
// a negated verb.

// helpNouns make a with-phrase a phrase of help: "with support from B",
// "with the help of B", "with assistance from B". Money words (funding,
// backing, financing) are left out: those name investors.
var helpNouns = map[string]bool{"support": true, "help": true, "assistance": true}

// jointWorkPartner returns the entity unit a phrase of joint work at unit o
// names: "with B", "alongside B", "with support from B", "with the help of
// B"; -1 if the phrase names none.
func (c *clauses) jointWorkPartner(o int) int {
	if o+1 >= len(c.us) || c.us[o].Kind != 'P' {
		return -1
	}
	switch c.us[o].Lemma {
	case "with":
		if n := o + 1; n+2 < len(c.us) && c.us[n].Kind == 'N' && helpNouns[c.us[n].Lemma] && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "from" || c.us[n+1].Lemma == "of") {
			o = n + 1 // "with support from B"
		}
	case "alongside":
	default:
		return -1
	}
	k := c.skipDescriptors(o + 1)
	if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
		return -1
	}
	return k
}

// appositiveIngSubject returns the subject of a participle set between
// commas right after a name that opens the clause ("A, working with B,
// is ..."), or -1.
func (c *clauses) appositiveIngSubject(v int) int {
	s := v - 2
	if s < 0 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || !c.isPunct(v-1, ",") || !c.boundary(s-1) {
		return -1
	}
	return s
}

// possessorOf returns the possessive name right before entity unit u ("A's"
// in "A's AI-RAN work"), or -1: u is then a modifier of what A holds.
func (c *clauses) possessorOf(u int) int {
	if u < 1 || c.us[u].Kind != 'E' || c.ents[c.us[u].ent].poss || len(c.ents[c.us[u].ent].ms) != 1 {
		return -1
	}
	if p := u - 1; c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss {
		return p
	}
	return -1
}
