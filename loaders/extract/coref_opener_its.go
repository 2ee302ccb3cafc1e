package extract

import "strings"

// "it" right after a sentence's opening phrase that holds "its" is what
// that "its" refers to, not a name inside the phrase (round 43, probe25a
// drill): "Beyond its stake in Ondrik AI, it led Orbel Labs' seed round":
// "it" is the venture arm "its" points back to, not Ondrik AI.

// openerIts is the entity of an "its" inside the opening phrase that ends
// right before "it" at byte at, or "".
func (x *extractor) openerIts(text string, at int) string {
	loc := openerRE.FindStringIndex(text)
	if loc == nil || loc[1] != at {
		return ""
	}
	for _, m := range x.curMs {
		if m.Coref && m.Slug != "" && m.Start < loc[1] && strings.EqualFold(text[m.Start:m.End], "its") {
			return m.Slug
		}
	}
	return ""
}
