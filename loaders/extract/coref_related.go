package extract

import "github.com/telcograph/telcograph/schema"

// A description that a clause relates to a named organisation is another
// organisation: "Ericsson, a long-standing partner of the Swiss operator"
// (a relational noun, then "of"), "Mistral AI, whose models the Belgian
// operator will host" (the subject of a "whose" clause is not its
// antecedent). The named one is excluded, and the description goes to the
// previous sentence's subject when that fits, else to what the nationality
// rules find among the rest.

// relationalNouns relate their holder to another party ("a partner of X").
var relationalNouns = map[string]bool{
	"partner": true, "partners": true, "rival": true, "rivals": true, "competitor": true, "customer": true,
	"client": true, "supplier": true, "subsidiary": true, "unit": true, "ally": true, "backer": true,
	"shareholder": true, "investor": true, "vendor": true, "contractor": true,
}

// relatedHolder is the organisation the description at toks[i] is
// related to and so cannot be, or "".
func (x *extractor) relatedHolder(toks []token, i int, covered []bool) string {
	if i < 3 || len(x.curOrgs) == 0 {
		return ""
	}
	last := x.curOrgs[len(x.curOrgs)-1]
	if toks[i-1].Key == "of" && relationalNouns[toks[i-2].Key] {
		// the holder is the name the relational noun phrase is in
		// apposition to: "X, a (long-standing) partner of the ..."
		for k := i - 3; k >= 1 && k >= i-6; k-- {
			if toks[k].Key == "a" || toks[k].Key == "an" || toks[k].Key == "the" {
				if toks[k-1].Text == "," && covered[k-2] {
					return last
				}
				return ""
			}
			if !toks[k].Word || toks[k].Upper {
				return ""
			}
		}
		return ""
	}
	// "X, whose models the Belgian operator will host"
	for k := i - 1; k >= 2 && k >= i-4; k-- {
		if toks[k].Key == "whose" {
			if k+1 < i && toks[k-1].Text == "," && covered[k-2] {
				return last
			}
			return ""
		}
		if !toks[k].Word || toks[k].Upper || covered[k] {
			return ""
		}
	}
	return ""
}

// relatedCompany resolves a national description related to holder: the
// previous sentence's subject when it is another company whose country is
// not known to differ, else "" (the caller falls back to the nationality
// rules with holder excluded).
func (x *extractor) relatedCompany(holder, country string) string {
	s := x.prevSubj
	if s == "" || s == holder || x.typeOf(s) != schema.TypeCompany {
		return ""
	}
	if c, ok := x.hq[s]; ok && c != country {
		return ""
	}
	return s
}
