package extract

import (
	"regexp"
	"strings"
)

// A person's relative clause may hold two verb phrases, the second one a
// post: "P, a Paraguayan who joined the group almost 30 years ago and was
// most recently chief executive of Tigo Panama, took over", "Q, who led
// Millicom as CEO from 2015 and now chairs its board" (round 44, dev28).
// The title rules read a post right after "who"; the second verb phrase is
// restated as a sentence about the person ("P was most recently chief
// executive of Tigo Panama.", "Q now chairs its board."), read as the
// profile restatements are (restate.go): facts keep the original sentence
// as evidence, and "its" is read with the original sentence's discourse.

// relativeSecondVPRE is the text after a person's name: a comma, an
// optional description, "who", a first verb phrase without a comma, and
// "and" before a second verb phrase that gives a post (group 1).
var relativeSecondVPRE = regexp.MustCompile(`^,\s+(?:(?:a|an|the)\s+[^,]{1,60}?\s+)?who\s+[^,;]{3,120}?\s+and\s+((?:(?:now|still|later|also|then|most recently|until recently|previously|formerly|since)\s+)*(?:was|is|has been|had been|became|becomes|chairs|chaired|runs|ran|heads|headed|remains|remained|served as|serves as)\s+[^,;]+)`)

// restateRelativeVP returns the restatements of the second verb phrases
// of the relative clauses after the persons sentence s names.
func (x *extractor) restateRelativeVP(s *sent) []string {
	if !strings.Contains(s.text, " who ") {
		return nil
	}
	var out []string
	for i := range s.ms {
		m := &s.ms[i]
		if m.Kind != 'P' || m.Poss {
			continue
		}
		g := relativeSecondVPRE.FindStringSubmatch(s.text[m.End:])
		if g == nil {
			continue
		}
		vp := strings.TrimRight(strings.TrimSpace(g[1]), ".")
		out = append(out, m.Text+" "+vp+".")
	}
	return out
}
