package extract

// A group named only as a modifier of another noun after an indefinite
// article ("A Linux Foundation project since 2022.", "a GSMA initiative":
// a name takes no "a" of its own, so the article is the noun's) is not
// what the sentence is about (helper z26fmp, members8 drill): it
// does not become the current alliance, so a following "Its founding
// members were A and B" keeps the group the text was about (the heading's
// "3. The PyTorch Foundation"), not the host. A group's own organs ("the
// GSMA board met. It is chaired by P", "the forum's council") keep it
// the topic: the board is the group's. After "the" the tagger cannot
// tell "the X spec" from "The X publishes", so only "a"/"an" is read.

// groupOrgans are the nouns after a group's name that name a part of the
// group itself.
var groupOrgans = map[string]bool{
	"board": true, "boards": true, "council": true, "committee": true, "committees": true, "secretariat": true,
	"chair": true, "chairman": true, "chairwoman": true, "presidency": true, "plenary": true, "assembly": true,
	"membership": true, "members": true, "member": true,
}

// topicModifier reports whether mention m names its group only as a
// modifier of a noun that is no organ of the group.
func topicModifier(toks []token, m *mention) bool {
	if !modifierUse(toks, m) {
		return false
	}
	if b := tokenAt(toks, m.Start) - 1; b < 0 || toks[b].Key != "a" && toks[b].Key != "an" {
		return false
	}
	k := tokenAt(toks, m.End)
	return k < len(toks) && !groupOrgans[toks[k].Key]
}
