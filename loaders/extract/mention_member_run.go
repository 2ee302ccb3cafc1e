package extract

// A membership class written with capitals ("11 Founding Members", "our
// Charter Members", "the new Platinum Members") is a rank inside a group
// as press releases capitalise it, never a name of its own: read as an
// unknown name it became a member of the group ("A added 11 Founding
// Members to its X" stated memberOf(Founding Members, A)) and hid the
// roster's noun from the member rules. A run made only of rank words
// ending in a member noun names nobody.

// memberRankWords are the modifiers of a capitalised membership class.
var memberRankWords = map[string]bool{
	"founding": true, "co-founding": true, "charter": true, "inaugural": true, "original": true,
	"platinum": true, "gold": true, "silver": true, "bronze": true, "premier": true, "general": true,
	"associate": true, "contributing": true, "sponsor": true, "full": true, "new": true, "board": true,
}

// memberHeads are the member nouns that end such a run.
var memberHeads = map[string]bool{
	"member": true, "members": true, "founder": true, "founders": true,
	"signatory": true, "signatories": true,
}

// memberRankRun reports whether the unknown run toks[a:b] is a
// membership class written with capitals ("Founding Members", "Charter
// Member", "Members").
func memberRankRun(toks []token, a, b int) bool {
	if a >= b || !memberHeads[toks[b-1].Key] {
		return false
	}
	for k := a; k < b-1; k++ {
		if !memberRankWords[toks[k].Key] {
			return false
		}
	}
	return true
}
