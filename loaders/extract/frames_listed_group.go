package extract

import (
	"regexp"
	"slices"
)

// A group named as an item of an organisations' list ("Joining A in X
// are B, C and the Linux Foundation", "X counts A, B and the Radio Forum
// among its founders") is a member like the companies beside it, not a
// second owner of the roster: with it the clause named two groups and the
// frame stated nothing. A group stands in the list when a list gap (a
// comma, "and", "as well as") joins it to an organisation of the clause
// before or after it; the frame keeps the one group left as the owner.

// listedGroups moves the groups of ms that stand in a list with one of
// members (indexes into s.ms) to members, and returns the groups left.
func listedGroups(s *sent, groups []arg, members []int) ([]arg, []int) {
	var owners []arg
	var extra []int
	for _, g := range groups {
		gi := -1
		for i := range s.ms {
			if &s.ms[i] == g.m {
				gi = i
			}
		}
		if gi < 0 || !inOrgList(s, gi, members) {
			owners = append(owners, g)
			continue
		}
		extra = append(extra, gi)
	}
	if len(owners) != 1 {
		return groups, members
	}
	// Mentions are indexed in text order: the list readers (listedMembers,
	// regionListed) take the text between neighbours, so the merged members
	// stay sorted ("X's members include A, the Y Forum and B" panicked).
	out := append(append([]int(nil), members...), extra...)
	slices.Sort(out)
	return owners, out
}

// inOrgList reports whether mention gi is joined by a list gap to one of
// members.
func inOrgList(s *sent, gi int, members []int) bool {
	g := &s.ms[gi]
	for _, i := range members {
		m := &s.ms[i]
		switch {
		case m.End <= g.Start && frameListGapRE.MatchString(s.text[m.PossEnd:g.Start]):
			return true
		case g.End <= m.Start && frameListGapRE.MatchString(s.text[g.PossEnd:m.Start]) && !listOpenerRE.MatchString(s.text[g.PossEnd:m.Start]):
			return true
		}
	}
	return false
}

// listOpenerRE finds a word that opens a roster after its owner ("X,
// including A", "X, such as A"): the group before it owns the list and is
// no item of it.
var listOpenerRE = regexp.MustCompile(`\b(?:including|includes|include|such|like|notably|namely|among|amongst)\b`)

// soleListedGroup: the clause's one group, joined by "and" (or "as well
// as", "or") to an organisation before it, is an item of the list, not
// its owner: "institutions such as Kestrel University and the Open Radio
// Alliance are also active participants" names two participants, and
// whose roster they are on is for the context to say (never the listed
// group itself, whose slug is returned). A comma alone ("Members of the
// X Alliance, A and B, met") may be an apposition and keeps the group as
// the owner.
func soleListedGroup(s *sent, groups []arg, members []int) ([]arg, []int, string) {
	g := groups[0].m
	if g == nil {
		return groups, members, ""
	}
	gi := -1
	for i := range s.ms {
		if &s.ms[i] == g {
			gi = i
		}
	}
	for _, i := range members {
		m := &s.ms[i]
		if m.PossEnd > g.Start {
			continue
		}
		if gap := s.text[m.PossEnd:g.Start]; frameListGapRE.MatchString(gap) && andGapRE.MatchString(gap) {
			out := append(append([]int(nil), members...), gi)
			slices.Sort(out) // in text order, as listedGroups keeps them
			return nil, out, groups[0].slug
		}
	}
	return groups, members, ""
}

// andGapRE: a list gap with a conjunction in it.
var andGapRE = regexp.MustCompile(`\b(?:and|or|as well as)\b|&`)
