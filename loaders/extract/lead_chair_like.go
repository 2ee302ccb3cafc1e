package extract

import "github.com/telcograph/telcograph/schema"

// A chair shared by comparison (helper z23blead): "..., and like B it is
// chaired by P" and "Like B, X is chaired by P" say P chairs B as well as
// X (the clause's own subject is read by "Y, chaired by Z"; "it" after
// the comparison by coref_it_like.go). "Unlike B" says the opposite and
// is not read.

var chairLikeRules = []rule{
	{name: "like B, Y is chaired by Z", keys: []string{"chaired by"}, flat: true, re: rx(`(?i)\blike ` + rOrg + `,? ` + rOrg + ` (?:is|was|has been) (?:also )?(?:chaired|co-chaired) by (?:<[CAVU]\d+>(?:'s|’s) )?` + rPer), fn: func(x *extractor, s *sent, m []string) {
		if m[1] == m[2] {
			return
		}
		x.personRole(s, schema.RelChairmanOf, m[3], m[1], "", 0.75)
	}},
}

func init() { rules = append(rules, chairLikeRules...) }
