package extract

// A company noun modifying a group noun (helper z23blead): in "the
// Global Telco AI Alliance, the operator group led by P" or "the carrier
// alliance", "operator" and "carrier" say who the members are; the phrase
// is a description of the group, not "the operator" as a company.

// groupCompound reports whether toks[j], a company noun, modifies a group
// noun right after it ("operator group", "carrier alliance").
func groupCompound(toks []token, j int) bool {
	return j+1 < len(toks) && !toks[j].Poss && toks[j+1].Word && !toks[j+1].Upper && allianceNouns[toks[j+1].Key]
}
