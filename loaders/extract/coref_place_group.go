package extract

import "github.com/telcograph/telcograph/schema"

// A group described by the place it speaks for (round 29, dev16): "What
// is the Next G Alliance? North America's group was launched in October
// 2020 by ...", "India's alliance followed with an MoU", "Europe's
// industry body". After a country's or a continent's possessive, a group
// noun (with up to two modifiers) is the group under discussion, found as
// "the alliance" is (groupRef): the group whose name ends in the noun, or
// the only group in reach, else the only group the sentence before named
// (a question heading, "What is the Next G Alliance?"). A name after the noun ("India's alliance
// B6GA") or "of" ("Europe's group of operators") is left to the other
// readings.

// placeOwners are the continents and regions news names groups after.
var placeOwners = map[string]bool{
	"europe": true, "asia": true, "africa": true, "america": true, "americas": true, "oceania": true,
}

// placeGroup resolves the group description at toks[i] after a place's
// possessive.
func (x *extractor) placeGroup(toks []token, i int, covered []bool) (mention, int, bool) {
	if i == 0 || !toks[i-1].Poss || !toks[i-1].Upper {
		return mention{}, 0, false
	}
	place := placeOwners[toks[i-1].Key]
	if !place && covered[i-1] {
		for k := range x.curMs {
			if m := &x.curMs[k]; m.Kind == 'N' && m.Poss && m.PossEnd == toks[i-1].PossEnd {
				place = true
			}
		}
	}
	if !place {
		return mention{}, 0, false
	}
	j := i
	for j < len(toks) && j < i+2 && toks[j].Word && !toks[j].Upper && !covered[j] && !groupHeads[toks[j].Key] && !companyNouns[toks[j].Key] {
		j++
	}
	if j >= len(toks) || !toks[j].Word || toks[j].Upper || covered[j] || !groupHeads[toks[j].Key] || toks[j].Key == "partnership" || toks[j].Key == "project" {
		return mention{}, 0, false
	}
	if j+1 < len(toks) && toks[j+1].Word && (toks[j+1].Key == "of" || toks[j+1].Upper) {
		return mention{}, 0, false
	}
	s := x.groupRef(toks[j].Key, false)
	if s == "" {
		s = x.prevSentenceGroup()
	}
	if s == "" || x.typeOf(s) != schema.TypeAlliance {
		return mention{}, 0, false
	}
	last := toks[j]
	return mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true, Kind: 'A', Slug: s}, j - i + 1, true
}

// prevSentenceGroup is the one group the previous sentence named, or "".
func (x *extractor) prevSentenceGroup() string {
	g := ""
	for s, last := range x.lastSeen {
		if last != x.sentIdx-1 || x.typeOf(s) != schema.TypeAlliance {
			continue
		}
		if g != "" {
			return ""
		}
		g = s
	}
	return g
}
