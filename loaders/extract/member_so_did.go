package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// A membership extended by ellipsis after the sentence stated it (helper
// z19members, issue 13): "Vodafone came in a few months later, and so did
// Telefonica", "A joined in March, as did B". Whatever family read the
// first member's membership, the organisations named after "and so did"
// (or "as did", "as has", ...) share it, with the same group and relation.
// Only a membership whose member stands before the marker is extended, and
// only the organisations named after it.

// soDidRE finds the ellipsis marker.
// ", followed by B" (helper z25bellip) only where a name follows it.
var soDidRE = mustFiltered(`(?i)(?:,? and so|, as) (?:did|does|do|has|have|had|was|were|is|are)\b|, followed by\b`)

// soDidListRE is what may stand between the marker and a member: a list of
// names and a few describing words ("and so did rival B and C"), never a
// clause ("and so did profits at B"). An ampersand stands inside a name
// ("Fidelity Management & Research Company", round 29).
var soDidListRE = regexp.MustCompile(`^(?:\s|,|&|\band\b|\bits\b|\btheir\b|\brivals?\b|\bfellow\b|\bthe\b|\b[A-Z][\w&.'-]*)*$`)

// soDid extends the memberships stated in sentence s since fact index from
// to the organisations after an ellipsis marker.
func (x *extractor) soDid(s *sent, from int) {
	loc := soDidRE.FindStringIndex(s.text)
	if loc == nil {
		return
	}
	var extra []mention
	for _, m := range s.ms {
		if m.Start >= loc[1] && (m.Kind == 'C' || m.Kind == 'V') && m.Slug != "" && !m.Poss && soDidListRE.MatchString(s.text[loc[1]:m.Start]) {
			extra = append(extra, m)
		}
	}
	if len(extra) == 0 {
		return
	}
	n := len(x.facts)
	for k := from; k < n; k++ {
		f := x.facts[k].Fact
		if !ellipsisRels[f.Relation] || f.Evidence != s.text {
			continue
		}
		x.copyElided(s, f, extra, soDidRE.FindString(s.text) == ", followed by")
	}
}

// hasFact reports whether a fact of rel between subject and object was
// already stated.
func (x *extractor) hasFact(rel schema.Relation, subject, object string) bool {
	for _, f := range x.facts {
		if f.Relation == rel && f.Subject.ID == subject && f.Object.ID == object {
			return true
		}
	}
	return false
}
