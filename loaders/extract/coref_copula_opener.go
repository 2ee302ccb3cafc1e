package extract

import "regexp"

// A sentence about a company, opened by its name and a form of "be" ("X
// was founded in 2021 by P and Q", "X is a start-up"), makes it the
// company the next sentence's "the company's" refers to (round 43, dev27:
// "Anthropic was founded in 2021 by ... Dario and Daniela Amodei. Dario
// Amodei is the company's chief executive", where the article's topic is
// its investor). This is the centering rule that the previous sentence's
// subject is the likeliest antecedent, kept to copular and passive
// openers: a company that opens an active clause is often an investor or
// buyer of the company the article is about ("Samsung Next led the
// round. The company's chief executive ...": tune, dev18, invest9).
var openerCopulaRE = regexp.MustCompile(`^\s+(?:was|is|were|are|has been|had been)\b`)

// openerCopula reports whether company o, named (not described) in the
// previous sentence, is followed there by a form of "be".
func (x *extractor) openerCopula(o string) bool {
	if x.lastSent == nil {
		return false
	}
	for _, m := range x.lastSent.ms {
		if m.Slug == o && !m.Coref {
			return openerCopulaRE.MatchString(x.lastSent.text[m.End:])
		}
	}
	return false
}
