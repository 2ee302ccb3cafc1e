package extract

import "strings"

// A reduced relative inside an apposition: "Core42, a G42 unit
// established last year, will run the platform". The participle describes
// the apposition's noun and is not the clause's verb, so the subject of
// "will run" is the name before the apposition.

// reducedRelative reports whether unit k is a one-word past participle
// right after a noun of an apposition, with no named object after it.
func (c *clauses) reducedRelative(k int) bool {
	u := c.us[k]
	if u.Kind != 'V' || u.Passive || u.Neg || u.To-u.From != 1 || k < 2 || u.From >= len(c.ts) {
		return false
	}
	if f := c.ts[u.From].Form; f != formPast && f != formPart {
		return false
	}
	if p := c.us[k-1].Kind; p != 'N' && !(p == 'E' && c.descriptionUnit(k-1)) {
		return false // (a description the mention layer linked: "Y, the South African group controlled by A, is led by": round 45)
	}
	return k+1 < len(c.us) && c.us[k+1].Kind != 'E'
}

// descriptionUnit reports whether entity unit d is one definite or
// indefinite description the mention layer linked to a name ("the South
// African group"), which heads a phrase as a noun does.
func (c *clauses) descriptionUnit(d int) bool {
	ms := c.ents[c.us[d].ent].ms
	if len(ms) != 1 {
		return false
	}
	m := c.s.ms[ms[0]]
	t := strings.ToLower(m.Text)
	return m.Coref && (strings.HasPrefix(t, "the ") || strings.HasPrefix(t, "a ") || strings.HasPrefix(t, "an "))
}
