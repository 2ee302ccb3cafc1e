package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A clause after the one that tells a deal may take the deal back as a
// whole: "Jio may partner with Qualcomm next; nothing has been
// announced", "A said it would consider taking a stake in B, but no such
// investment has been announced", "A and B show a joint demo; the two
// companies have not announced any partnership", "A and B discussed a
// joint venture, but the talks ended without a deal". The denial names
// no party of its own ("nothing", "no such investment", "any
// partnership", "without a deal"): it speaks of the deal just told, so
// the partnership, stake or venture between the parties named before it
// is not stated. A denial that names its own object ("but has not yet
// signed the charter") is about something else and takes nothing back.

// dealDenialRE is the denial; clauseJoinRE the semicolon or the
// coordinating "but", "and" or "yet" that opens its clause.
var (
	clauseJoinRE = regexp.MustCompile(`(?i);|,?\s+\b(?:but|and|yet|though|although)\s`)
	dealDenialRE = mustFiltered(`(?i)\b(?:` +
		`nothing\s+(?:has|had|was|is|have)\s+(?:yet\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:announced|signed|agreed|decided|confirmed|finali[sz]ed)` +
		`|no\s+(?:such\s+)?(?:formal\s+)?(?:investment|deal|partnership|agreement|stake|venture|tie-up|transaction|contract)s?\s+(?:has|had|was|have|were|is)\s+(?:yet\s+|so\s+far\s+|since\s+|ever\s+)?(?:been\s+)?(?:announced|signed|agreed|reached|made|struck|confirmed|completed|concluded)` +
		`|(?:has|have|had|did)\s+(?:not|never)\s+(?:yet\s+|so\s+far\s+)?(?:announced|signed|agreed|confirmed|struck|reached|made)\s+(?:any|a|an)\s+(?:[\w-]+\s+)?(?:partnership|deal|agreement|investment|venture|tie-up|stake|contract)` +
		`|(?:ended|broke\s+(?:up|off)|collapsed|finished|closed|stalled)\s+without\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:deal|agreement|result)` +
		`|never\s+(?:reached|struck|signed|closed|agreed)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:deal|agreement))\b`)
)

// dealDeniedAfter reports whether f is a partnership, an investment or a
// joint venture whose parties the sentence names before a clause that
// denies any such deal.
func dealDeniedAfter(text string, f schema.Fact) bool {
	switch f.Relation {
	case schema.RelPartnerOf, schema.RelInvestedIn, schema.RelJointVenture:
	default:
		return false
	}
	loc := dealDenialRE.FindStringIndex(text)
	if loc == nil {
		return false
	}
	joins := clauseJoinRE.FindAllStringIndex(text[:loc[0]], -1)
	if len(joins) == 0 {
		return false
	}
	before := text[:joins[len(joins)-1][0]]
	for _, a := range []string{f.Subject.Text, f.Object.Text} {
		if a != "" && !strings.Contains(before, a) {
			return false
		}
	}
	return true
}
