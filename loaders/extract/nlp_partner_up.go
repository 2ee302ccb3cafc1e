package extract

// partnerUp reports whether the noun-looking word i is the base form of a
// phrasal partnership verb after a plural subject of names, as headlines
// write it: "A and B team up on AI-RAN", "A, B tie up to build data
// centres". The particle must be followed by a preposition or "to", so
// "the A team up north" or "a B tie up" at a sentence's end stay nouns.
func partnerUp(ts []tagged, i int) bool {
	if i+2 >= len(ts) || ts[i+1].Key != "up" || !partnerVerbs[ts[i].Key+" up"] {
		return false
	}
	return ts[i+2].Pos == posAdp || ts[i+2].Key == "to"
}
