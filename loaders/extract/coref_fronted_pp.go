package extract

import "regexp"

// A description that opens the main clause after a fronted prepositional
// phrase is not the organisation that phrase names (helper z17part, issue
// 13, from the partners3 drill's misses): in "In collaboration with IBM,
// the Spanish operator opened a lab" the operator is not IBM (a phrase
// does not describe its own object's neighbour across the clause's
// comma), yet the description read as an apposition to the name before
// the comma ("EQT, the Swedish investment group, ...") and took IBM, which
// also gave IBM a Spanish headquarters and lost the partnership. Only a
// phrase of accompaniment opens this way (frontedWithRE): the looser
// openers of coref_fronted.go also match whole clauses ("For Son it is an
// echo of Stargate, the US company ..."), where the apposition is right.
// A possessive in the phrase stays a candidate.

// frontedWithRE is a sentence opening with a phrase of accompaniment or
// partnership that runs, without another comma, to the comma before the
// main clause: "In collaboration with IBM, ", "Together with A and B, ".
var frontedWithRE = regexp.MustCompile(`^["“]?(?:In (?:close )?(?:collaboration|partnership|cooperation|association|conjunction) with|Together with|Along with|Alongside|Jointly with|With support from)\b[^,;:.]{2,100}, `)

// frontedByRE is a sentence opening with a passive participle and its
// agents, up to the comma before the main clause: "Set up in 2024 by A,
// B and C, the Swedish group ...", "Founded by A and B, the Paris-based
// alliance ...". The subject it describes is none of its agents.
var frontedByRE = regexp.MustCompile(`^["“]?(?:Co-founded|Founded|Set up|Created|Formed|Launched|Established|Started|Incorporated|Backed|Funded|Chaired|Led|Headed|Run|Steered)\b[^;:.]{0,60}?\bby\b[^;:.]{2,200}, $`)

// frontedExclude adds to exclude the organisations named in a fronted
// phrase of text that ends with the comma right before the description at
// toks[i].
func (x *extractor) frontedExclude(text string, toks []token, i int, exclude map[string]bool) map[string]bool {
	loc := frontedWithRE.FindStringIndex(text)
	if i < len(toks) && frontedByRE.MatchString(text[:toks[i].Start]) {
		loc = []int{0, toks[i].Start} // "Set up in 2024 by A, B and C, the Swedish group" (round 26)
	}
	if loc == nil || i >= len(toks) || loc[1] != toks[i].Start {
		return exclude
	}
	for _, m := range x.curMs {
		if m.Slug == "" || m.Poss || m.Coref || m.Start >= loc[1] {
			continue
		}
		if exclude == nil {
			exclude = map[string]bool{}
		}
		exclude[m.Slug] = true
	}
	return exclude
}
