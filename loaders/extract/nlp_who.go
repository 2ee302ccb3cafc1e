package extract

// A subject relative pronoun is followed by its verb (issue 13, helper
// z16ceo): "Tim Hoettges, who also heads majority owner Deutsche
// Telekom", "P, who leads X". Words news nearly always uses as nouns
// (nounOnly: "heads", "leads", "chairs", "plans") are verbs right after
// "who" (an adverb may come between), so the relative's verb is read.

// afterWho reports whether token i follows "who", directly or after one
// adverb, in the third person present or past ("who heads", "who also
// leads"); "whose" is a possessive and does not count.
func afterWho(ts []tagged, i int) bool {
	j := i - 1
	if j > 0 && ts[j].Pos == posAdv {
		j--
	}
	if j < 0 || ts[j].Key != "who" {
		return false
	}
	_, f, ok := verbForm(ts[i].Key)
	return ok && (f == formPres3 || f == formPast)
}
