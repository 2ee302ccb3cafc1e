package extract

import (
	"regexp"
	"strings"
)

// A verb of appointing gives the title to its subject's organisation only
// when the title names no other owner (round 18, real-news probes): a
// parent names the chief of its unit or of a company it owns ("X named P
// as CEO of its cloud unit", "X appointed P as chief executive of Y", "X
// named P as CEO at its Spanish arm"), and that chief is not the parent's.
// The owner after "of"/"at" is read by the rules of "CEO of Y"; the
// subject keeps the title only when the owner is the subject itself ("as
// CEO of the company", "of the group", or its own name).

// selfOwnerRE is an owner after "of"/"at" that is the subject itself: "the
// company", "the group", "its operator", not followed by a possessive
// ("the group's cloud unit").
var selfOwnerRE = regexp.MustCompile(`^(?:the|its|this) (?:company|group|firm|operator|carrier|telco|business)(?:$|[^'’\w-])`)

// titleOfOther reports whether the title ending a match m of flat is
// followed by "of" or "at" and an owner other than the subject placeholder
// subj.
func titleOfOther(flat, m, subj string) bool {
	i := strings.Index(flat, m)
	if i < 0 {
		return false
	}
	rest := flat[i+len(m):]
	var tail string
	switch {
	case strings.HasPrefix(rest, " of "):
		tail = rest[len(" of "):]
	case strings.HasPrefix(rest, " at "):
		tail = rest[len(" at "):]
	default:
		return false
	}
	if selfOwnerRE.MatchString(tail) {
		return false
	}
	if after, ok := strings.CutPrefix(tail, subj); ok && !strings.HasPrefix(after, "'") && !strings.HasPrefix(after, "’") {
		return false // "X named P as CEO of X" (its own name, not "X's unit")
	}
	return true
}

// unitOf reports whether the entity unit e is the parent in "the cloud
// unit of X", "a division of X": the noun before "of" names a part of it.
func (c *clauses) unitOf(e int) bool {
	return e >= 2 && c.us[e-1].Kind == 'P' && c.us[e-1].Lemma == "of" && c.us[e-2].Kind == 'N' && unitNouns[c.us[e-2].Lemma]
}

// unitOfBefore reports whether a unit of org is named before unit j ("The
// cloud unit of X is led by chief executive P"): a bare title after it is
// the unit's.
func (c *clauses) unitOfBefore(x *extractor, org arg, j int) bool {
	o := x.resolve(org, orgTypesAll)
	for k := 0; k < j && k < len(c.us); k++ {
		if c.us[k].Kind != 'E' || !c.unitOf(k) {
			continue
		}
		for _, a := range c.args(x, k) {
			if x.resolve(a, orgTypesAll) == o {
				return true
			}
		}
	}
	return false
}
