package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The group in focus is the alliance the text is about where a clause
// leaves its group implicit: "A came aboard in June together with B", "a
// dozen newcomers, among them A and B, joined", "They join A, which came
// aboard in December", "we started this with A and B" (a founding whose
// pronoun no nearer group decides). It is the group the last sentence
// that named any group named - by name or by a description coref.go
// resolved ("the forum", "it") - the heading's group until another is
// named, and it stays in focus however many sentences go by without a
// group. A sentence that
// names two different groups leaves no group in focus until one is named
// alone: which of them an implicit argument means, nothing says.

// noteFocus updates the group in focus after sentence s.
func (x *extractor) noteFocus(s *sent) {
	var named []string
	for _, m := range s.ms {
		if m.Kind != 'A' || m.Slug == "" || sideMention(s.text, m.Start) { // focus_side.go
			continue
		}
		if x.focus != "" && employerMention(s.text, m.Start) {
			continue // "said P, director of Y": an attribution (focus_employer.go)
		}
		slug := m.Slug
		if b, ok := x.placeholder[slug]; ok {
			if b == "" {
				continue // a group not yet named ("a new alliance")
			}
			slug = b
		}
		if x.typeOf(slug) != schema.TypeAlliance {
			continue
		}
		if !slices.Contains(named, slug) {
			named = append(named, slug)
		}
	}
	switch len(named) {
	case 0:
	case 1:
		x.focus, x.focusAt = named[0], x.sentIdx
	default:
		x.focus = ""
		if x.foundedHere != "" && slices.Contains(named, x.foundedHere) {
			// "The Linux Foundation unveiled the Agentic AI Foundation":
			// the group founded is the topic (focus_employer.go)
			x.focus, x.focusAt = x.foundedHere, x.sentIdx
		}
	}
}

// groupFocus is the group in focus for a clause of sentence c that joins
// without naming what, or "" when none is, or when the sentence takes
// something back anywhere ("has joined only through its space division;
// its aircraft business is not a member") or joins through something
// else ("via its cloud unit"), or lists customers or investors ("some
// customers, among them A and B, signed up"): an implicit group is read
// only from a plain statement about members.
func (x *extractor) groupFocus(c *clauses) string {
	if x.focus == "" || x.apart[x.focus] || negRE.MatchString(c.s.text) || throughRE.MatchString(c.s.text) || amongOwnNoun(c.ts) { // focus_denied.go
		return ""
	}
	return x.focus
}

// throughRE finds a membership held through something else.
var throughRE = rx(`(?i)\b(?:only|through|via)\b`)

// amongApposed reports whether "among them" follows a comma after a plural
// noun ("a dozen newcomers, among them A and B, joined"): "them" is that
// noun's, and points back at no group; what the clause joins is read as
// if no pronoun were there.
func amongApposed(ts []tagged) bool {
	for k := 2; k+1 < len(ts); k++ {
		if (ts[k].Key == "among" || ts[k].Key == "amongst") && ts[k+1].Key == "them" && ts[k-1].Text == "," &&
			ts[k-2].Pos == posNoun && strings.HasSuffix(ts[k-2].Key, "s") {
			return true
		}
	}
	return false
}

// namedBefore reports whether the mentions ms found so far in a sentence
// name slug: a derived short form may follow its full name within one
// sentence ("members of the O-RAN Alliance, and A helped found O-RAN").
func namedBefore(ms []mention, slug string) bool {
	for _, m := range ms {
		if m.Slug == slug && !m.Coref {
			return true
		}
	}
	return false
}
