package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// Precision family (issue 13, helper z23found): two clauses that name no
// group and speak of something else than membership.
//
// "Backers include A, B and C" after a funding round: when the investment
// family read an investment in the same sentence, "backers" are the
// company's investors, and none of the list is a member of the group in
// reach, not even the names the investment family could not reach ("two
// banks - D and E -"). With a founding or joining cue, or the group named
// in the clause ("Backers of the Y Forum include A"), the clause stays a
// roster.
//
// "A said it was reviewing membership of several groups": membership
// weighed, studied or under review is no membership, whoever else the
// clause names.

// backersInvested reports whether the clause's only member noun is
// "backer", it names no group and the sentence states an investment.
func (x *extractor) backersInvested(c *clauses, cs []cue, groups []arg) bool {
	if len(groups) > 0 {
		return false
	}
	backer := false
	for _, cu := range cs {
		switch cu.class {
		case cueMember:
			if cu.words != "backer" {
				return false
			}
			backer = true
		case cueFounder, cueFoundMod, cueFound, cueJoin, cueLaunch:
			return false
		}
	}
	if !backer {
		return false
	}
	for _, f := range x.facts {
		if f.Evidence == c.s.text && f.Relation == schema.RelInvestedIn {
			return true
		}
	}
	return false
}

// weighedMembershipRE is membership as what a deliberation verb weighs:
// "reviewing membership", "studying its membership", "assessing
// possible membership".
var weighedMembershipRE = regexp.MustCompile(`(?i)\b(?:review|reviews|reviewing|reviewed|evaluat(?:e|es|ing)|assess(?:es|ing)?|stud(?:y|ies|ying)|explor(?:e|es|ing)|reconsider(?:s|ing)?|re-?examin(?:e|es|ing))["'“”‘’]?\s+(?:its\s+|their\s+|a\s+|possible\s+|potential\s+|future\s+)*membership\b`)

// weighedMembership reports whether a clause weighs a membership.
func weighedMembership(clause string) bool {
	return weighedMembershipRE.MatchString(clause) || talkedMembership(clause) // member_talks.go
}
