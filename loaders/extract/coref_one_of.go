package extract

// Precision family (issue 13, helper z20found): "X, one of the founders,"
// or "one of the members" names the class of the group under discussion
// that X belongs to, not the last list of organisations. After "Indosat
// and Telenor were among the newcomers.", "Nokia, one of the founders,
// showed a baseband" says Nokia founded the alliance in focus; reading
// "the founders" as Indosat and Telenor would hide the apposition from the
// member readers (member_appos_bare.go) and make Nokia one of two
// newcomers.

// membershipClassNouns are the plural membership nouns "one of the ..."
// names a class with.
var membershipClassNouns = map[string]bool{"founders": true, "members": true}

// oneOfMembership reports whether toks[i] ("the") opens "the founders" or
// "the members" right after "one of".
func oneOfMembership(toks []token, i int) bool {
	return i >= 2 && i+1 < len(toks) && toks[i-1].Key == "of" && toks[i-2].Key == "one" && membershipClassNouns[toks[i+1].Key]
}
