package extract

// This file (helper z26inv, round 22) lets the fronted "Joining ... were
// B and C" (rounds3.go) take the round itself as object, not only the
// leads: "Joining the round were Nvidia, A and B", "Joining the Series C
// were B and C". The backers after "were" invested in the round under
// discussion. "Joining the round" itself reopens that round as the one in
// focus (rounds_focus.go) in this very sentence, which then has no
// company of its own: its followers are still read here.

// joinedRoundOrLeads reports whether unit k, the object of a fronted
// "Joining", is the leads ("them") or a round noun ("the round").
func joinedRoundOrLeads(c *clauses, k int) bool {
	u := c.us[k]
	return u.words == "them" || u.Kind == 'N' && roundNoun(u)
}
