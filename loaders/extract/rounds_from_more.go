package extract

import "regexp"

// This file (round 26, from probe set D) carries a round's "participation
// from A" on to the backers a sentence adds after it: "participation from
// A, the corporate venture arm of B, and C" (B is A's owner, named in an
// apposition, and no backer), "participation from A and B, as well as
// from existing investors C and D".

// fromApposRE is an apposition that names the item's owner: ", the
// corporate venture capital arm of", ", a unit of".
var fromApposRE = regexp.MustCompile(`(?i)^,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,5}(?:arm|unit|fund|subsidiary|affiliate|division|vehicle|branch|office)\s+of\s*$`)

// fromAndRE closes an apposition and adds an item.
var fromAndRE = regexp.MustCompile(`^,\s*and\s*$`)

// fromMoreRE adds backers after the list.
var fromMoreRE = regexp.MustCompile(`(?i)^,?\s*(?:as well as|and also|plus)\s+(?:from\s+)?(?:(?:its\s+)?(?:existing|new|other|returning|previous|earlier)\s+)?(?:investors?|backers?|shareholders?)?\s*$`)

// moreFrom lists the backers added after the list at unit e.
func (c *clauses) moreFrom(x *extractor, e int) []arg {
	var out []arg
	appos := false
	for j := e; ; {
		k := j + 1
		for k < len(c.us) && c.us[k].Kind != 'E' && !c.boundary(k) && !c.relative(k) && c.us[k].Kind != 'V' {
			k++
		}
		if k >= len(c.us) || c.us[k].Kind != 'E' {
			return out
		}
		gap := c.s.text[c.us[j].End:c.us[k].Start]
		switch {
		case !appos && fromApposRE.MatchString(gap):
			// the owner in the apposition is no backer; a list the mention
			// layer made of it and the next item ("B, and C") holds C
			appos = true
			if ms := c.ents[c.us[k].ent].ms; len(ms) > 1 {
				for _, i := range ms[1:] {
					out = append(out, x.argOf(c.s, i)...)
				}
				appos = false
			}
		case appos && fromAndRE.MatchString(gap):
			appos = false
			out = append(out, c.args(x, k)...)
		case !appos && fromMoreRE.MatchString(gap):
			out = append(out, c.args(x, k)...)
		default:
			return out
		}
		j = k
	}
}
