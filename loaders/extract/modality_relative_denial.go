package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A relative clause on a fact's subject may deny the very role the fact
// states: "set up with seed money from the Department of Science and
// Technology, which is not an owner", "A, which is not a member, sent an
// observer". The rest of the sentence reads like a founding or a stake;
// the relative clause takes it back for that subject alone.

// relDenialRE follows a subject's name: ", which is not an owner",
// ", who was never a shareholder", ", which is no longer one of its
// backers".
var relDenialRE = regexp.MustCompile(`(?i)^\s*,\s*(?:which|who)\s+(?:is|was|are|were|has been|had been|will not be)\s+(?:not|never|no longer|neither)\s+(?:an?\s+|one of (?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:owners?|members?|founders?|founding members?|shareholders?|investors?|backers?|partners?|funders?|co-owners?)\b`)

// roleDeniedOn reports whether the sentence follows the fact's subject
// with a relative clause denying a role of ownership, membership or
// partnership.
func roleDeniedOn(text string, f schema.Fact) bool {
	switch f.Relation {
	case schema.RelMemberOf, schema.RelFoundingMember, schema.RelInvestedIn, schema.RelPartnerOf, schema.RelJointVenture:
	default:
		return false
	}
	name := f.Subject.Text
	if len(name) < 2 {
		return false
	}
	for at := 0; ; {
		k := strings.Index(text[at:], name)
		if k < 0 {
			return false
		}
		at += k + len(name)
		if relDenialRE.MatchString(text[at:]) {
			return true
		}
	}
}
