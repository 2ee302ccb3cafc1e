package extract

import (
	"regexp"
	"strings"
)

// Titles written after a person's name in the shapes of speaker lists,
// captions and profiles (round 14, helper z18roles, the roles4 drill):
//
//   - a preposition other than "of" or "at" before the organisation:
//     "P, president and CEO for KDDI" (titleOfRE takes "for");
//   - a lone "chief" or "the top executive" before "of", "at" or "for":
//     "P, the chief of T-Mobile US since November", "P, the top executive
//     at X" - a chief executive, as "the Docomo chief" already is (not "a
//     top executive", one of several; not "chief of staff", whose title
//     goes on);
//   - "X's top executive, P": the top executive of a company named in the
//     possessive;
//   - a dash between the name and "title, organisation", as in speaker
//     lists: "P — President & CEO, SoftBank Corp.", "P - CEO, X".

// loneChiefRE is a lone "chief" or "top executive" between a person and
// the preposition before an organisation.
var loneChiefRE = regexp.MustCompile(`^(,? ?(?:who (?:is|was|has been|remains) )?(?:the )?(?:(?:former|new|current|interim|acting|longtime|long-time) )?)(?:chief|top executive)( (?:of|at|for) (?:the )?)$`)

// loneChiefGap reads a gap "P, the chief of O" as "P, the chief executive
// of O".
func loneChiefGap(gap string) string {
	return loneChiefRE.ReplaceAllString(gap, "${1}chief executive${2}")
}

// topExecutive reads the title words after "X's" before a person: "top
// executive" (with "new", "former") is X's chief executive.
func topExecutive(g string) string {
	if rest, ok := strings.CutSuffix(g, "top executive"); ok {
		switch strings.TrimSpace(rest) {
		case "", "new", "former", "current", "interim", "acting":
			return rest + "chief executive"
		}
	}
	return g
}

// dashTitleRE: "P — President & CEO, O", "P - CEO, O": a title between a
// dash and a comma before the organisation.
var dashTitleRE = regexp.MustCompile(`^ ?(?:—|–|-{1,2}) ?([a-z&() -]+?), ?(?:the )?$`)
