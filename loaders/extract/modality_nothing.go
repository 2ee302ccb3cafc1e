package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A relation between companies that "nothing" (or "none of it") involves
// is denied (round 43, dev27): "Neither company has said how the $200
// million will be split, and nothing announced so far involves Nvidia
// buying shares in the operator". The gerund clause after the verb reads
// as a stake; the clause's subject takes it back.
var nothingInvolvesRE = regexp.MustCompile(`(?i)\b(?:nothing|none of (?:it|this|that|them))\b[^.;]{0,40}?\b(?:involves?|involved|includes?|included|means?|meant|requires?|required|gives?|gave)\b`)

// nothingInvolves reports whether f's subject is named after "nothing
// ... involves" in text, for the relations between organisations.
func nothingInvolves(text string, f schema.Fact) bool {
	switch f.Relation {
	case schema.RelInvestedIn, schema.RelPartnerOf, schema.RelJointVenture, schema.RelMemberOf:
	default:
		return false
	}
	loc := nothingInvolvesRE.FindStringIndex(text)
	return loc != nil && f.Subject.Text != "" && strings.Contains(text[loc[1]:], f.Subject.Text)
}
