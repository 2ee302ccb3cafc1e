package extract

import "regexp"

// A description right after the comma that closes a sentence's opening
// phrase is the main clause's subject, not an apposition to the name that
// ends the phrase: in "Unlike Nokia, the Swedish vendor has kept its
// prices" or "In collaboration with IBM, the Spanish operator opened a
// lab" the description is another company than the one just named (a
// company is not compared with, or working with, itself). Reading it as
// "IBM, the Spanish operator" gave IBM a Spanish headquarters and a lab
// it did not open; left to the nationality resolver (nationalCompany), it
// finds the company the article gave that country. The opening phrases
// are those coref_fronted.go knows (a participle, a preposition or a
// subordinator up to the first comma), and "With ..." / "Together with
// ..."). The description must go on as a subject does, straight into
// its verb: one closed by a comma or opening a relative clause ("For Son it
// is an echo of Stargate, the US company that A and B formed") is an
// apposition after all.

// withOpenerRE is a sentence opening with "with" and running, without
// another comma, to the comma before the main clause.
var withOpenerRE = regexp.MustCompile(`^["“]?(?:With|Together with|Working with|Teaming up with|Partnering with)\b[^,;:.]{3,160}, `)

// apposedCompany is appositionCompany unless the comma before the
// description toks[i:j+1] closes the sentence's opening phrase and a verb
// follows the description.
func (x *extractor) apposedCompany(text string, toks []token, i, j int, covered []bool, country string, reporting bool) string {
	if j+1 < len(toks) && toks[j+1].Word && !relWords[toks[j+1].Key] && toks[j+1].Key != "that" && openerEnds(text, toks[i].Start) {
		return ""
	}
	return x.appositionCompany(toks, i, covered, country, reporting)
}

// openerEnds reports whether an opening phrase of text (participial,
// prepositional, subordinate or "with") ends at byte at.
func openerEnds(text string, at int) bool {
	if frontedEnd(text) == at {
		return true
	}
	for _, re := range []*regexp.Regexp{openerRE, withOpenerRE} {
		if loc := re.FindStringIndex(text); loc != nil && loc[1] == at {
			return true
		}
	}
	return false
}
