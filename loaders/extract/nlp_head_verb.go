package extract

// Verbs of leading that news nearly always uses as nouns elsewhere
// ("heads of state", "sales leads") are verbs after a named subject (round
// 41, dev26): "Another former Turkcell chief executive, Kaan Terzioglu, now
// heads VEON as its CEO", "P heads the alliance".

// headVerbs are the third-person forms read as verbs after a name.
var headVerbs = map[string]bool{"heads": true, "leads": true, "chairs": true}

// nameSubjectBefore reports whether token i follows a name, directly or
// after one adverb of time or manner ("P now heads", "P also leads"), or
// the comma that closes a name's apposition ("X's former chief, P, now
// heads").
func nameSubjectBefore(ts []tagged, i int) bool {
	j := i - 1
	if j >= 0 && ts[j].Pos == posAdv {
		switch ts[j].Key {
		case "now", "also", "still", "currently", "today", "jointly", "already":
			j--
		default:
			return false
		}
	}
	if j >= 1 && ts[j].Key == "," && ts[j-1].Pos == posPropn {
		return true
	}
	return j >= 0 && ts[j].Pos == posPropn
}

// pluralHeadVerbs are the base forms read as verbs after two names joined
// by "and" ("A and B jointly lead X", "A and B co-chair the group": round
// 44, dev28).
var pluralHeadVerbs = map[string]bool{"lead": true, "head": true, "chair": true, "co-chair": true, "co-lead": true}

// namesSubjectBefore reports whether token i follows a coordination of
// names ("A and B lead", "A and B now jointly lead"), over at most two
// adverbs of time or manner.
func namesSubjectBefore(ts []tagged, i int) bool {
	j := i - 1
	for n := 0; n < 2 && j >= 0 && ts[j].Pos == posAdv; n++ {
		switch ts[j].Key {
		case "now", "also", "still", "currently", "today", "jointly", "already", "together":
			j--
		default:
			return false
		}
	}
	if j < 0 || ts[j].Pos != posPropn {
		return false
	}
	for j >= 0 && ts[j].Pos == posPropn {
		j--
	}
	return j >= 1 && ts[j].Key == "and" && ts[j-1].Pos == posPropn
}
