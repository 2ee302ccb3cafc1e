package extract

import (
	"regexp"
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// Two groups told apart by age (helper z26bgrp, round 22; coref3's and
// members7's analyses): "The O-RAN Alliance, the older body, was set up in
// 2018. The new body, by contrast, runs test beds." and "Unlike the O-RAN
// Alliance, the new group will run field trials. Ericsson and Nokia also
// sit in the older group." An apposition "X, the older <noun>" marks X as
// the older group; "the new <noun>" is then the other group in reach, not
// X although X was named last, and "the older <noun>" is the group in
// reach that the text did not call the new one. Only one other group in
// reach decides; none or several leave the description unresolved.

// olderWords describe the earlier of two groups.
var olderWords = map[string]bool{"older": true, "old": true, "original": true, "established": true, "incumbent": true}

// newerWords describe the later of two groups.
var newerWords = map[string]bool{"new": true, "newer": true, "younger": true}

// ageRef resolves "the <age word> <group noun>" at toks[i] ("the" at i):
// the group it names, or "" when the age contrast does not decide.
func (x *extractor) ageRef(toks []token, i int) string {
	if i+2 >= len(toks) || toks[i].Key != "the" || !groupHeads[toks[i+2].Key] || toks[i+2].Poss ||
		i+3 < len(toks) && toks[i+3].Word && toks[i+3].Key == "of" {
		return ""
	}
	age := toks[i+1].Key
	switch {
	case olderWords[age]:
		if i >= 1 && toks[i-1].Text == "," {
			// "The O-RAN Alliance, the older body,": the name before it
			if g := x.groupBefore(toks[i-1].Start); g != "" {
				x.olderGroup = g
				return g
			}
		}
		if x.olderGroup != "" && x.inReach(x.olderGroup) {
			return x.olderGroup
		}
		if x.newerGroup != "" {
			return x.otherInReach(x.newerGroup)
		}
	case newerWords[age] && x.olderGroup != "":
		if g := x.otherInReach(x.olderGroup); g != "" {
			x.newerGroup = g
			return g
		}
	}
	return ""
}

// noteNewer remembers the group "the new <noun>" was read as.
func (x *extractor) noteNewer(toks []token, i int, s string) {
	if i+1 < len(toks) && newerWords[toks[i+1].Key] && x.typeOf(s) == schema.TypeAlliance {
		x.newerGroup = s
	}
}

// groupBefore is the group this sentence named by name right before
// offset at, or "".
func (x *extractor) groupBefore(at int) string {
	for k := len(x.curMs) - 1; k >= 0; k-- {
		m := x.curMs[k]
		if m.End > at {
			continue
		}
		if m.Kind == 'A' && m.Slug != "" && at-m.End <= 1 && x.typeOf(x.boundSlug(m.Slug)) == schema.TypeAlliance {
			return x.boundSlug(m.Slug)
		}
		return ""
	}
	return ""
}

// boundSlug is the group a placeholder was bound to, else s.
func (x *extractor) boundSlug(s string) string {
	if b := x.placeholder[s]; b != "" {
		return b
	}
	return s
}

// inReach reports whether group g was named within a description's reach
// (groupWindow sentences, or this paragraph, or this sentence).
func (x *extractor) inReach(g string) bool {
	if slices.Contains(x.curGroups, g) {
		return true
	}
	last, ok := x.lastSeen[g]
	return ok && (x.sentIdx-last <= groupWindow || last >= x.paraStart)
}

// otherInReach is the one group in reach other than not, or "".
func (x *extractor) otherInReach(not string) string {
	var other []string
	for s := range x.lastSeen {
		s = x.boundSlug(s)
		if s == not || x.typeOf(s) != schema.TypeAlliance || !x.inReach(s) || slices.Contains(other, s) {
			continue
		}
		other = append(other, s)
	}
	for _, s := range x.curGroups {
		if s = x.boundSlug(s); s != not && !slices.Contains(other, s) {
			other = append(other, s)
		}
	}
	if len(other) != 1 {
		return ""
	}
	return other[0]
}

// memberCountRE is a group's size before its noun: "18-member",
// "40-strong", "ten-member" (round 26).
var memberCountRE = regexp.MustCompile(`^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)-(?:member|strong|company|nation|country)$`)
