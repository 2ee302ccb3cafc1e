package extract

// A company's relative clause that leads a group (helper z23blead): "SK
// Telecom, which leads the alliance, wants ..." and "A, which has led the
// coalition since 2023," state ledBy as "X leads Y" does. A possessive
// group ("which leads the alliance's working group") is a part of it and
// is not read.

var whichLeadsRules = []rule{
	{name: "X, which leads Y", keys: []string{"lead", "head"}, re: rx(rOrg + `,? (?:which|that) ` + rAux + `(?:leads|heads|spearheads|has led|has headed|is leading|is heading) (?:the )?` + rAll + `(?:$|[^'’\w<])`), fn: func(x *extractor, s *sent, m []string) {
		x.leadsObject(s, m) // lead_it_round.go
	}},
}

func init() { rules = append(rules, whichLeadsRules...) }
