package extract

import "github.com/telcograph/telcograph/schema"

// An indefinite group description in apposition to a name just before
// its comma describes that name (round 34, dev16): "Project Sylva, a telco
// cloud group started by A and B, moved to the Linux Foundation" says what
// Project Sylva is. It is no alliance named later, so when the name is a
// company the description binds no placeholder, and the founders of the
// project are not read as founders of the next group the sentence names.
// A group named before the comma keeps the placeholder reading, which binds
// it to that group.

// apposedToNonGroup reports whether the indefinite description at toks[i]
// follows a registered name of another type than an alliance and a comma.
func (x *extractor) apposedToNonGroup(toks []token, i int, covered []bool) bool {
	if i < 2 || toks[i-1].Text != "," || !covered[i-2] || len(x.curOrgs) == 0 {
		return false
	}
	return x.typeOf(x.curOrgs[len(x.curOrgs)-1]) != schema.TypeAlliance
}
