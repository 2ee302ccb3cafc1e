package extract

import "github.com/telcograph/telcograph/schema"

// appositionCompany is the company a description in apposition describes:
// "EQT, the Swedish investment group, keeps the other half" is EQT, the
// organisation named just before the comma, not the sentence's subject.
// It is "" when the description does not follow a name and a comma, when
// it is the subject of a reporting verb ("..., the German company said"),
// or when the register places that company in another country.
func (x *extractor) appositionCompany(toks []token, i int, covered []bool, country string, reporting bool) string {
	if reporting || i < 2 || toks[i-1].Text != "," || !covered[i-2] || len(x.curOrgs) == 0 {
		return ""
	}
	s := x.curOrgs[len(x.curOrgs)-1]
	if c, ok := x.hq[s]; ok && c != country || x.typeOf(s) != schema.TypeCompany {
		return ""
	}
	return s
}
