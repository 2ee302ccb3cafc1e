package extract

import (
	"regexp"
	"strings"
	"unicode"
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

// relativeAfterApposRE is the text after a person's name when a relative
// clause that gives a post follows the person's apposition: "P, Millicom's
// president and chief operating officer, who was Iliad's chief executive
// for more than a decade" (round 44, dev28): the relative is the person's.
var relativeAfterApposRE = regexp.MustCompile(`^,\s+[^,;()]{3,80}?,\s+who\s+((?:(?:now|still|also|previously|formerly|until recently)\s+)*(?:was|is|has been|had been|became|chairs|chaired|runs|ran|heads|headed|leads|led)\s+[^,;]+)`)

// vagueRefRE finds a pronoun or demonstrative that the restated sentence
// would resolve out of its context.
var vagueRefRE = regexp.MustCompile(`(?i)\b(?:its|their|his|her|that|this|the (?:group|company|body|alliance|forum|operator|firm))\b`)

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
		appos := g == nil
		if appos {
			g = relativeAfterApposRE.FindStringSubmatch(s.text[m.End:])
			if g != nil && (personBetween(s, m.End, m.End+len(g[0])-len(g[1])) || !strings.ContainsFunc(g[1], unicode.IsUpper) || vagueRefRE.MatchString(g[1])) {
				g = nil // a list's last item ("P, Q and R, who runs X"), or a post at "its"/"that body": the original sentence's to read
			}
		}
		if g == nil || strings.Contains(g[0][:len(g[0])-len(g[1])], " which ") {
			continue
		}
		vp := strings.TrimRight(strings.TrimSpace(g[1]), ".")
		if rest, ok := strings.CutPrefix(vp, "was "); ok && appos && !strings.HasPrefix(rest, "most recently") && !strings.HasPrefix(rest, "formerly") {
			vp = "was formerly " + rest // "who was Iliad's chief executive for a decade": a post held before
		}
		out = append(out, m.Text+" "+vp+".")
	}
	return out
}

// personBetween reports whether sentence s names a person between byte
// offsets from and to.
func personBetween(s *sent, from, to int) bool {
	for _, m := range s.ms {
		if m.Kind == 'P' && m.Start >= from && m.Start < to {
			return true
		}
	}
	return false
}
