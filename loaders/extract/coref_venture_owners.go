package extract

import (
	"regexp"
	"strings"
)

// "the two groups" inside the description of a joint venture named just
// before it are the other organisations of the sentence, not the venture
// itself (round 43, dev27): "Orange buys much of its network equipment
// together with Deutsche Telekom through BuyIn, the procurement joint
// venture the two groups set up in 2011" names Orange and Deutsche
// Telekom; counted with BuyIn the sentence has three organisations, and
// "the two groups" found none.

// ventureApposRE is the text between a venture's name and the plural
// description: ", the procurement joint venture", ", a venture".
var ventureApposRE = regexp.MustCompile(`^,\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+)?venture\s+(?:that\s+|which\s+)?$`)

// ownersBeforeVenture returns the sentence's organisations before the
// last one when they are n and the last one, a venture's name, is
// described by the apposition the plural description stands in.
func (x *extractor) ownersBeforeVenture(n int) []string {
	if len(x.curOrgs) != n+1 || x.curPos <= 0 {
		return nil
	}
	v := x.curOrgs[n]
	if !x.coActors(x.curOrgs[:n]) {
		return nil // "The carrier, which counts Toyota among its customers, has put money into Y, the venture the two companies set up": Toyota is no owner (coref2 drill)
	}
	for _, m := range x.curMs {
		if m.Slug != v || m.Coref || m.End > x.curPos {
			continue
		}
		if ventureApposRE.MatchString(strings.ToLower(x.curText[m.PossEnd:x.curPos])) {
			return append([]string(nil), x.curOrgs[:n]...)
		}
	}
	return nil
}

// coActorGapRE is what joins two organisations acting together: "A buys
// equipment together with B", "A and B".
var coActorGapRE = regexp.MustCompile(`\b(?:with|and|alongside)\b`)

// coActors reports whether each organisation after the first is joined to
// the one before it by "with", "and" or "alongside", with no relative
// clause between them.
func (x *extractor) coActors(orgs []string) bool {
	var at []mention
	for _, o := range orgs {
		found := false
		for _, m := range x.curMs {
			if m.Slug == o && m.End <= x.curPos {
				at = append(at, m)
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for i := 1; i < len(at); i++ {
		if at[i].Start < at[i-1].PossEnd {
			return false
		}
		gap := strings.ToLower(x.curText[at[i-1].PossEnd:at[i].Start])
		if !coActorGapRE.MatchString(gap) || strings.Contains(gap, "which") || strings.Contains(gap, "who") || strings.Contains(gap, "among") {
			return false
		}
	}
	return true
}
