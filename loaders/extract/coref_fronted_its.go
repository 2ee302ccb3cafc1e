package extract

import (
	"regexp"
	"strings"
)

// "its" inside a relative clause that ends a fronted participial phrase
// points forward to the subject the phrase describes (round 24, probed
// on news of our own): in "Founded in 2021 by Yuki Sato, who remains its
// chief executive, Vektor AI employs 120 people" the chief executive is
// Vektor AI's, not the company the sentence before was about.

// frontedOpenRE opens a sentence with a participle of making or owning.
var frontedOpenRE = regexp.MustCompile(`^["“]?(?:Founded|Co-founded|Set up|Started|Launched|Created|Formed|Established|Spun (?:out|off)|Built|Run|Led|Backed|Owned|Headed|Chaired)\b`)

// frontedRelativeIts is the company that opens the main clause after a
// fronted participial phrase whose last part, a relative clause ("...,
// who remains its chief executive,"), holds the "its" at offset at; or
// "".
func (x *extractor) frontedRelativeIts(text string, at int) string {
	if !frontedOpenRE.MatchString(text) {
		return ""
	}
	first := strings.Index(text, ", ")
	if first < 0 || first > at {
		return ""
	}
	rel := text[first+2:]
	if !strings.HasPrefix(rel, "who ") && !strings.HasPrefix(rel, "which ") {
		return ""
	}
	end := strings.Index(rel, ", ")
	if end < 0 || first+2+end < at || strings.ContainsAny(text[:first+2+end], ";:") {
		return ""
	}
	main := first + 2 + end + 2
	for _, m := range x.curMs {
		if m.Start == main && m.Slug != "" && (m.Kind == 'C' || m.Kind == 'V') && !m.Poss {
			return m.Slug
		}
	}
	return ""
}
