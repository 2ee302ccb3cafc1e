package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A post given with "make" and a small clause (round 17, real-news
// probes): "X made P its chief executive", "X split the two top jobs,
// making P CEO and Q chairman". The organisation is the one the sentence
// named before the verb with no other name between; the title stands right
// after the person, so "made P an offer" or "made P a partner" state
// nothing.

// rMadeTitle are the titles a small clause after "make" gives.
const rMadeTitle = `(chief executive(?: officer)?|ceo|chairman|chairwoman|chairperson|chair)`

// rMadeOwner is the determiner before the title: "its" (read as the
// organisation it stands for), "the", or a possessive name.
const rMadeOwner = `(?:(?:its|their|the) |(<[CUVG]\d+>)(?:'s|’s) )?`

var madeRoleRules = []rule{
	{name: "X made Z CEO", keys: []string{"made", "make", "making"}, flat: true, re: rx(`(?i)` + rOrg + `([^<]{0,80}?)\b(?:made|makes|make|making) ` + rPer + ` ` + rMadeOwner + `(?:new )?` + rMadeTitle + `\b(?:,? and ` + rPer + ` ` + rMadeOwner + `(?:new )?` + rMadeTitle + `\b)?`), fn: func(x *extractor, s *sent, m []string) {
		owner := func(poss string) string {
			if poss != "" {
				return poss // "made P Acme's chief executive", "its" resolved
			}
			return m[1]
		}
		x.personRole(s, madeTitleRel(m[5]), m[3], owner(m[4]), m[2], 0.75)
		if m[6] != "" {
			x.personRole(s, madeTitleRel(m[8]), m[6], owner(m[7]), m[2], 0.75)
		}
	}},
}

// madeTitleRel is the relation of a title in madeRoleRules.
func madeTitleRel(title string) schema.Relation {
	if strings.HasPrefix(strings.ToLower(title), "chair") {
		return schema.RelChairmanOf
	}
	return schema.RelCEOOf
}

func init() { rules = append(rules, madeRoleRules...) }
