package extract

import "regexp"

// A nationality description may rank the company before its nationality:
// "The second-largest Korean carrier booked a charge", "the biggest
// German operator" (round 33, dev20). The rank is read past, as "Korea's
// second-largest carrier" already was, and the description resolves as
// "the Korean carrier" would.

// rankRE matches a ranking adjective.
var rankRE = regexp.MustCompile(`^(?:(?:second|third|fourth|fifth|no\.?\s?\d)-)?(?:largest|biggest|smallest)$`)

// sizeRank reports whether word key k ranks a company by size.
func sizeRank(k string) bool {
	return rankRE.MatchString(k)
}
