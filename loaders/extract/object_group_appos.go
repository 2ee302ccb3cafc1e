package extract

import "strings"

// An indefinite group noun as a verb's object, named in apposition after
// a comma: "A and B have formed a new organisation, the AI Alliance, to
// ...", "C set up a consortium, the Edge Lab". The name is the object;
// the noun only says what it is. Group nouns whose description the
// mention layer already binds ("a new body, X") reach the name as an
// entity unit and never come here.

// namedGroupAppos returns the entity unit named in apposition to the
// indefinite group noun at unit j, or -1.
func (c *clauses) namedGroupAppos(j int) int {
	if j+2 >= len(c.us) || c.us[j].Kind != 'N' || !groupHeads[c.us[j].Lemma] || !c.isPunct(j+1, ",") {
		return -1
	}
	e := j + 2
	if c.us[e].Kind == 'M' && c.us[e].words == "the" && e+1 < len(c.us) {
		e++ // "a new organisation, the AI Alliance"
	}
	if c.us[e].Kind != 'E' {
		return -1
	}
	if w := c.us[j].words; !strings.HasPrefix(w, "a ") && !strings.HasPrefix(w, "an ") {
		return -1 // "the group, A" is a list or another reading
	}
	if c.ents[c.us[e].ent].poss {
		return -1
	}
	return e
}
