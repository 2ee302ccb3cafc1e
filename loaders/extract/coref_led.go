package extract

// "The KT-led coalition was formed in February", "The BlackRock-led
// partnership counts A among its investors": a group noun after "<Name>-led"
// is a description of a group, resolved as "the coalition" is (groupRef,
// coref.go) - the group in reach whose name ends in the noun, else the one
// group in reach, else the group in focus (coref_focus.go) - but never the
// leader itself ("the GSMA-led initiative" is not the GSMA), and only as a
// sentence's subject. The mention covers the noun only, so the leader
// stays a name of its own and "X-led Y" reads both.

// ledGroup resolves the group noun after "-led" at toks[i].
func (x *extractor) ledGroup(toks []token, i int, covered []bool) (mention, int, bool) {
	if i < 2 || i+1 >= len(toks) || !covered[i-1] || covered[i+1] || !toks[i+1].Word || !groupHeads[toks[i+1].Key] {
		return mention{}, 0, false
	}
	// Only as the sentence's subject: "The KT-led coalition was formed";
	// elsewhere the description is often someone's label ("Critics call it
	// the IBM-led alliance").
	if toks[0].Key != "the" || !covered[1] {
		return mention{}, 0, false
	}
	for k := 1; k < i-1; k++ {
		if !covered[k] {
			return mention{}, 0, false
		}
	}
	if i+2 < len(toks) && toks[i+2].Word && (toks[i+2].Upper || toks[i+2].Key == "of") {
		return mention{}, 0, false // "the KT-led coalition AI One Team", "the KT-led group of ..."
	}
	leader := ""
	for _, m := range x.curMs {
		if m.End == toks[i-1].End || m.PossEnd == toks[i-1].End {
			leader = m.Slug
		}
	}
	if leader == "" {
		return mention{}, 0, false
	}
	s := x.groupRef(toks[i+1].Key, false)
	if s == "" || s == leader {
		s = x.focus // the group the text is about (coref_focus.go)
	}
	if s == "" || s == leader {
		return mention{}, 0, false
	}
	h := toks[i+1]
	return mention{Start: h.Start, End: h.End, PossEnd: h.PossEnd, Poss: h.Poss, Coref: true, Kind: 'A', Slug: s}, 2, true
}
