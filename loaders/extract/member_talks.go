package extract

import "regexp"

// Membership as the topic of talks is no membership (helper z26fmp,
// members8 drill; the "in talks to join" of many blind writers' hard
// negatives, told with the topic after the verb): "said it was 'talking
// to' X about membership", "is in discussions with X over membership",
// "has held talks with X about joining", "approached X about membership".
// A membership told after the talks ("After months of talks about
// membership, A joined X") is read: the frame clause that joins is not
// the one that talks.
var talkedMembershipRE = regexp.MustCompile(`(?i)\b(?:talk(?:s|ing|ed)?|discussions?|discussing|discussed|conversations?|negotiat(?:ing|ions?|ed)|approach(?:es|ed|ing)?)["'“”‘’]?\s+(?:(?:to|with)\s+)?[^.;:,]{0,60}?\b(?:about|over|on|regarding)\s+(?:(?:its|their|a|possible|potential|full)\s+)*(?:membership|joining|becoming a member)\b`)

// talkedMembership reports whether a clause holds membership as what its
// subject talks about with the group.
func talkedMembership(clause string) bool {
	return talkedMembershipRE.MatchString(clause)
}
