package extract

import "github.com/telcograph/telcograph/schema"

// "The group" opening a sentence is the corporate group of the company
// the sentence before opened with ("Vodafone raised its outlook. The
// group ..."), but not of a company that sentence only named on the way,
// in a modifier or as an agent ("The grant, announced by the agency
// Acme, goes to the Open Test Consortium. The group is led by ..."),
// when that sentence also named an alliance: the alliance under
// discussion is then the group (groupRef goes on to find it).

// groupAfterAgent reports whether the previous sentence did not open with
// its first company and named an alliance.
func (x *extractor) groupAfterAgent() bool {
	if x.prevOpener == x.prevFirst {
		return false
	}
	for s, last := range x.lastSeen {
		if last == x.sentIdx-1 && x.typeOf(s) == schema.TypeAlliance {
			return true
		}
	}
	return false
}
