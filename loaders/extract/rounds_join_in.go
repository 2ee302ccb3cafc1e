package extract

// This file (helper z24inv, round 20) reads a backer who joined other
// backers in a round: "Nvidia joined them in its Series A", "C joined A
// and B in the round" (the round under discussion, rounds.go), and keeps
// a round pointed back at with "that" ("joined that earlier round
// alongside D") from reading as a relative clause.

// joinedInRound reports whether the active "join" at unit v takes its
// fellow backers as object and the round after "in": a name or an object
// pronoun, then "in" and a round noun over the words that point back at a
// round ("in the same round", "in its Series A").
func (c *clauses) joinedInRound(v int) bool {
	k := v + 1
	if k >= len(c.us) || !(c.us[k].Kind == 'E' || c.us[k].Kind == 'N' && objectPronouns[c.us[k].words]) {
		return false
	}
	k++
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "in" {
		return false
	}
	return roundNoun(c.us[c.skipRoundDeterminers(k+1)])
}

// objectPronouns stand for fellow backers after "joined".
var objectPronouns = map[string]bool{"them": true, "it": true, "us": true, "him": true, "her": true}

// roundPointer reports whether unit j, right after verb v, is a "that"
// that points back at a round ("joined that earlier round"), no relative
// pronoun: a relative clause needs a noun before it.
func (c *clauses) roundPointer(v, j int) bool {
	return j == v+1 && c.us[j].words == "that" && roundNoun(c.us[c.skipRoundDeterminers(j)])
}
