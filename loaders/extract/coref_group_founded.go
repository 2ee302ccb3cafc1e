package extract

// "The group" as what two or more companies found (issue 13, helper
// z20found): "AMD, Broadcom, Cisco and Google drew up the first draft and
// incorporated the group in October 2024", "A and B set up the group". A
// "the group" after companies is usually one company's corporate group
// (groupRef), but companies that found a group together do not found
// their own corporate group: it is the group in reach, as "it" is in "A
// and B set it up".

// foundedObjectVerbs are the founding verb forms right before an object.
var foundedObjectVerbs = map[string]bool{
	"founded": true, "co-founded": true, "formed": true, "created": true, "established": true,
	"launched": true, "started": true, "incorporated": true,
}

// foundersFoundGroup reports whether the description at toks[i] ("the
// group") is the object of a founding verb in a sentence that has named
// two or more companies and no group so far.
func (x *extractor) foundersFoundGroup(toks []token, i int) bool {
	if i < 1 || len(x.curGroups) > 0 || len(x.curOrgs) < 2 && !(len(x.curOrgs) == 1 && togetherWithAfter(toks, i)) {
		return false
	}
	if foundedObjectVerbs[toks[i-1].Key] {
		return true
	}
	return i >= 2 && toks[i-1].Key == "up" && toks[i-2].Key == "set"
}

// togetherWithAfter reports whether the founders go on after the group at
// toks[i] ("A launched the group in Seoul in July 2023 together with B, C
// and D"; round 35, dev22): one company before the group and "together
// with" or "along with" after it found the group together.
func togetherWithAfter(toks []token, i int) bool {
	for k := i + 1; k+1 < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Text == "." {
			return false
		}
		if (toks[k].Key == "together" || toks[k].Key == "along") && toks[k+1].Key == "with" {
			return true
		}
	}
	return false
}
