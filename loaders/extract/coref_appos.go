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

// apposedToUnknown reports whether the description at toks[i] stands in
// apposition to a name the register does not know: "STT GDC, the
// Singapore-based operator" or "ST Telemedia Global Data Centres (STT
// GDC), the Singapore operator" describe that name, so the description is
// no company named before it. Descriptions are read before unknown names
// are, so such a name is a capitalised word no known name covers.
func (x *extractor) apposedToUnknown(toks []token, i int, covered []bool) bool {
	if i < 2 || toks[i-1].Text != "," {
		return false
	}
	k := i - 2
	if toks[k].Text == ")" {
		for k = i - 3; k >= 1 && toks[k].Text != "("; k-- {
			if covered[k] {
				return false // "Ooredoo Q.P.S.C. ("Ooredoo"), the Qatari group": a known short form
			}
		}
		k--
	}
	if k < 1 || !toks[k].Word || !toks[k].Upper || covered[k] || chunkStop[toks[k].Key] {
		return false
	}
	_, city := cities[toks[k].Key] // "in Oslo, the Norwegian operator said"
	return !city
}
