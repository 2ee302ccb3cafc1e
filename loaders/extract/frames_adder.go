package extract

// The subject of an admitting verb is no member of the frame: "A added
// four members to its X", "B admitted C into Y", "D approved E for Z"
// name E as the one who joins; A, B and D (the group's organiser or the
// group itself) are not stated members by the verb ("welcome" is left
// out: "Founding members A and B welcomed the newcomers" names members). Only the name right
// before the active verb (over adverbs and "has", "have", "had") is the
// adder: "C was admitted" is passive and C joins.

// "A and B added their names later" adds the subjects' own names to a
// roster: the subjects join (helper z23found).

// adderVerbs are the joining cues whose object, not subject, joins.
var adderVerbs = map[string]bool{"add": true, "admit": true, "approve": true}

// adderSubject reports whether mention m stands right before an active
// admitting verb of the frame's cues.
func adderSubject(c *clauses, cs []cue, m *mention) bool {
	for _, cu := range cs {
		if cu.class != cueJoin || !adderVerbs[cu.words] || cu.at >= len(c.ts) || c.ts[cu.at].Start <= m.Start || ownNameAdded(c.ts, cu.at+cu.n) {
			continue
		}
		k := cu.at - 1
		for k >= 0 && c.ts[k].Start >= m.End && (c.ts[k].Pos == posAdv || c.ts[k].Key == "has" || c.ts[k].Key == "have" || c.ts[k].Key == "had") {
			k--
		}
		if k >= 0 && c.ts[k].End <= m.End && c.ts[k].Start >= m.Start {
			return true
		}
	}
	return false
}

// ownNameAdded reports whether the object at token k is the subject's own
// name or signature: "their names", "its name", "their signatures".
func ownNameAdded(ts []tagged, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	switch ts[k].Key {
	case "their", "its", "his", "her", "our":
	default:
		return false
	}
	switch ts[k+1].Key {
	case "name", "names", "signature", "signatures":
		return true
	}
	return false
}
