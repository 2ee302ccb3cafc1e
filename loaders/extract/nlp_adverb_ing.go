package extract

// Tagging (issue 13, helper x14prec): an -ing form after a name and an
// adverb is the name's verb, not an adjective of the noun after it: "with
// B and C also taking part", "A, now holding a stake". After a determiner
// ("a fast growing market") it stays an adjective.

// nameAdverbIng reports whether ts[i] follows an adverb that follows a
// name or a pronoun (not a possessive one).
func nameAdverbIng(ts []tagged, i int) bool {
	if i < 2 || ts[i-1].Pos != posAdv {
		return false
	}
	p := ts[i-2]
	return (p.Pos == posPropn || p.Pos == posPron) && !p.Poss
}
