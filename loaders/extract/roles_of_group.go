package extract

// "The group" of a title is the company the sentence is about (round 17,
// real-news probes): "X said P will also become chairman of the group as
// of March 1", "X said P was appointed chief executive of the company".
// The company is the organisation named before the person with no other
// name between; "chairman of the group's cloud unit" runs a part of it and
// states nothing.

var ofGroupRoleRules = []rule{
	{name: "X said Z became chairman of the group", keys: []string{"of the group", "of the company"}, flat: true, re: rx(`(?i)` + rOrg + `(?:'s|’s)?([^<]{0,40}?)` + rPer + `([^<]{0,40}?)\b(?:become|became|becomes|is|was|remains|remain|named|appointed|elected|as) (?:the )?(?:new )?` + rMadeTitle + ` of the (?:group|company)(?:$|[^'’\w-])`), fn: func(x *extractor, s *sent, m []string) {
		x.personRole(s, madeTitleRel(m[5]), m[3], m[1], m[2]+" "+m[4], 0.7)
	}},
}

func init() { rules = append(rules, ofGroupRoleRules...) }
