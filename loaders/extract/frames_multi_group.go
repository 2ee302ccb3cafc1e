package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// A company's membership of several groups in one coordinated object ("A
// is a member of X and Y", "A has joined the X, the Y and the Z", the
// boilerplate of a press release) named two groups, and the frame stated
// nothing: whose roster it was, the clause did not say. When the groups
// stand in one list after every member, the clause says it of each: the
// frame is read once per group.

// groupListGapRE is what stands between two coordinated groups: a comma,
// "and", "as well as", perhaps "the"; no verb ("left X and joined Y").
var groupListGapRE = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+|&\s+|as well as\s+)?|and\s+|&\s+|as well as\s+)(?:the\s+)?$`)

// coordinatedGroups reports whether groups (in text order) form one list
// and every member of the clause stands before the first of them.
func coordinatedGroups(s *sent, groups []arg, members []int) bool {
	if len(members) == 0 {
		return false
	}
	for k, g := range groups {
		if g.m == nil {
			return false
		}
		if k > 0 {
			p := groups[k-1].m
			if p.End > g.m.Start || !groupListGapRE.MatchString(s.text[p.PossEnd:g.m.Start]) {
				return false
			}
		}
	}
	first := groups[0].m.Start
	for _, i := range members {
		if s.ms[i].End > first {
			return false
		}
	}
	return true
}

// frameEachGroup reads the clause once for each of groups, each time with
// what the families and the earlier readings stated for that group.
func (x *extractor) frameEachGroup(c *clauses, toks []token, sp clauseSpan, groups []arg) {
	defer func() { x.frameOnly = "" }()
	for _, g := range groups {
		stated := make(map[string]bool)
		for _, f := range x.facts {
			if f.Evidence != c.s.text {
				continue
			}
			member := (f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember) && f.Object.ID == g.slug
			if member || f.Relation == schema.RelInvestedIn {
				stated[f.Subject.ID] = true
			}
		}
		x.frameOnly = g.slug
		x.frame(c, toks, sp, stated)
	}
}
