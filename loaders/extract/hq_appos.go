package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads headquarters from a nationality in an apposition:
// "EQT, the Swedish investment group,", "Rebellions, a Korean designer of
// AI accelerators", and, respectively, "Ericsson and Nokia, the Swedish
// and Finnish network equipment makers".

// orgHeadNouns are the heads of a noun phrase that describes an
// organisation.
var orgHeadNouns = map[string]bool{
	"company": true, "group": true, "firm": true, "operator": true, "carrier": true, "maker": true, "designer": true,
	"developer": true, "provider": true, "vendor": true, "startup": true, "start-up": true, "giant": true, "manager": true,
	"fund": true, "investor": true, "telco": true, "bank": true, "chipmaker": true, "supplier": true, "conglomerate": true,
	"consultancy": true, "incumbent": true, "specialist": true, "business": true, "house": true, "institution": true, "lab": true, "insurer": true, "lender": true,
	"rival": true, "challenger": true, "peer": true, "heavyweight": true, "outfit": true,
	"unit": true, "subsidiary": true, "affiliate": true, "arm": true, "division": true, "champion": true,
	"player": true, "manufacturer": true, "powerhouse": true,
	"association": true, "member": true, "retailer": true, // round 30: "It is a German non-profit association", "SKT, the Korean member,"
}

// famNationAppos states headquarteredIn for an organisation followed by an
// apposition whose head describes an organisation and whose modifiers
// name nationalities, one for all or one for each.
func (x *extractor) famNationAppos(c *clauses) {
	for i := 0; i+3 < len(c.us); i++ {
		if c.us[i].Kind != 'E' || c.ents[c.us[i].ent].poss || c.isCountry(i) || !c.isPunct(i+1, ",") {
			continue
		}
		k := i + 2
		if frontedByRE.MatchString(c.s.text[:c.us[k].Start]) {
			continue // "Set up by A and B, the Swedish group ...": no apposition (coref_fronted_pp.go, round 26)
		}
		if c.us[k].Kind == 'M' && (c.us[k].words == "the" || c.us[k].words == "a" || c.us[k].words == "an") {
			k++
		}
		var nats []arg
		for ; k < len(c.us); k++ {
			u := c.us[k]
			if u.Kind == 'E' && c.isCountry(k) {
				as := c.args(x, k)
				if len(as) != 1 || as[0].m == nil || !as[0].m.Demonym {
					nats = nil
					break
				}
				nats = append(nats, as[0])
				continue
			}
			if u.Kind == 'O' && u.words == "and" && len(nats) > 0 {
				continue
			}
			break
		}
		if len(nats) == 0 || k >= len(c.us) {
			continue
		}
		if k = c.orgHeadAfter(k); k < 0 { // hq_heads.go
			continue
		}
		orgs := c.args(x, i)
		if len(nats) > 1 && len(nats) != len(orgs) {
			continue
		}
		plural := strings.HasSuffix(c.us[k].words, "s")
		if w := c.us[k].words; plural && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us")) {
			plural = false // "business", "consensus"
		}
		if plural && len(orgs) < 2 {
			continue // "With the Industrial AI Cloud, German companies can ...": no apposition
		}
		if len(orgs) > 1 && !plural {
			orgs = orgs[len(orgs)-1:] // "A and B, a Swedish group": B's apposition
		}
		x.rule = "hq.nationality-apposition"
		for j, o := range orgs {
			n := nats[0]
			if len(nats) > 1 {
				n = nats[j]
			}
			x.hqFact(c.s, o, n, 0.8)
		}
	}
}

// hqFact states that organisation o is headquartered in country n.
func (x *extractor) hqFact(s *sent, o, n arg, base float64) {
	sc := x.resolve(n, countryTypes)
	so := x.resolve(o, orgTypesAll)
	if sc == "" || so == "" || strings.HasPrefix(so, "_new") {
		return
	}
	if _, known := x.hq[so]; !known {
		x.hq[so] = sc
	}
	x.emit(s, schema.Fact{Relation: schema.RelHeadquarteredIn, Subject: x.mention(o, so), Object: x.mention(n, sc)}, confOf(base, o))
}
