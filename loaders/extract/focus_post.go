package extract

import "regexp"

// Precision family (issue 13, helper z23found): a group a person once led,
// named as the object of the person's past post ("Choi chaired the Open
// Radio Forum from 2021 to 2023", "She previously headed the Edge
// Council", "Lee was president of the Y Association"), is that person's
// biography, not the new topic. Like a relative clause or a side mention
// (focus_subordinate.go, focus_side.go), such a mention is background: a
// later "the alliance" still goes to the group under discussion in the
// sentences before, when one whose name ends in that noun was named in a
// main clause.

// pastPostRE is what stands between a person's name and a group they
// held a post at in the past: a few adverbs, a past leadership verb or
// "was"/"served as" a title and "of" or "at", then "the".
var pastPostRE = regexp.MustCompile(`^\s+(?:(?:previously|formerly|once|also|had|earlier|briefly)\s+)*(?:chaired|co-chaired|led|co-led|headed|ran|presided over|steered|(?:was|served as)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:chair|chairman|chairwoman|chairperson|president|head|director|director[- ]general|secretary[- ]general|chief executive)\s+(?:of|at))\s+(?:the\s+)?$`)

// pastPost reports whether mention i of s is a group named as a person's
// past post: the mention just before it is a person and only pastPostRE
// stands between them.
func pastPost(s *sent, i int) bool {
	if i == 0 || s.ms[i].Kind != 'A' {
		return false
	}
	p := s.ms[i-1]
	if p.Kind != 'P' || p.PossEnd > s.ms[i].Start {
		return false
	}
	return pastPostRE.MatchString(s.text[p.PossEnd:s.ms[i].Start])
}
