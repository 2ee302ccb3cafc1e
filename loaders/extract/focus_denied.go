package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// A group named only to be set apart is not the group an implied
// membership joins (helper z26bgrp, round 22; members7's interview):
// after "Is TIP part of the alliance? - No. TIP is a separate
// organisation. ... it is not a member and we are not a member of TIP.",
// "Microsoft and Google are members" is not TIP's, although TIP was the
// last group named. A sentence that calls a group a separate body or
// denies a membership in it ("is not a member of X", "has not joined X")
// marks the groups it names; naming one again in any other sentence
// clears the mark. A marked group takes no implied membership as the
// alliance under discussion (sentenceAllianceArg, clause.go) or the group
// in focus (groupFocus, coref_focus.go); a named one still does.

// apartRE finds a membership denied or a group set apart.
var apartRE = regexp.MustCompile(`(?i)\b(?:(?:is|are|was|were)(?: not|n't)(?: an?| yet an?)? (?:members?|part) of|(?:has|have|had)(?: not|n't)(?: yet)? joined|never joined|(?:is|are) (?:an? )?(?:separate|independent|distinct|unrelated) (?:organi[sz]ation|body|group|entity|alliance|forum))\b`)

// noteApart marks or clears the groups sentence s names.
func (x *extractor) noteApart(s *sent) {
	apart, tested := false, false
	for _, m := range s.ms {
		if m.Slug == "" || m.Kind != 'A' || x.typeOf(x.boundSlug(m.Slug)) != schema.TypeAlliance {
			continue
		}
		if !tested {
			// only sentences that name a group pay for the expression
			apart, tested = apartRE.MatchString(s.text), true
		}
		g := x.boundSlug(m.Slug)
		if !apart {
			delete(x.apart, g)
			continue
		}
		if x.apart == nil {
			x.apart = map[string]bool{}
		}
		x.apart[g] = true
	}
}
