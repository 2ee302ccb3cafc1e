package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// famTitleOfAppos: "Masayoshi Son, the newly named chairman of Stargate,
// will ..." - a person, a comma, a title of an organisation told by a
// participle of appointment ("newly named", "recently appointed", "newly
// elected") that the tagger reads as a verb between the article and the
// title.
func (x *extractor) famTitleOfAppos(c *clauses) {
	for j := 0; j+5 < len(c.us); j++ {
		if c.us[j].Kind != 'E' || c.ents[c.us[j].ent].poss || !c.isPunct(j+1, ",") {
			continue
		}
		k := j + 2
		if (c.us[k].Kind == 'M' || c.us[k].Kind == 'N') && c.us[k].words == "the" {
			k++ // "the" alone before the participle is read as a noun unit
		}
		if k >= len(c.us) || c.us[k].Kind != 'V' || !appointParticiple(c.us[k].words) {
			continue
		}
		k++
		if k+2 >= len(c.us) || c.us[k].Kind != 'N' || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "of" {
			continue
		}
		rel, ok := titleRel(c.us[k].words)
		if !ok {
			continue
		}
		o := k + 2
		if c.us[o].Kind == 'M' && c.us[o].words == "the" {
			o++
		}
		if o >= len(c.us) || c.us[o].Kind != 'E' || c.ents[c.us[o].ent].poss {
			continue
		}
		orgs := c.args(x, o)
		if len(orgs) != 1 {
			continue
		}
		x.rule = "title.appointed-apposition"
		for _, p := range c.args(x, j) {
			x.emitFact(c.s, rel, p, orgs[0], "", 0.75, schema.Fact{})
		}
	}
}

// appointParticiple reports whether words are an adverb of recency and a
// participle of appointment: "newly named", "recently appointed", "newly
// elected", "just installed".
func appointParticiple(words string) bool {
	ws := strings.Fields(words)
	if len(ws) != 2 {
		return false
	}
	switch ws[0] {
	case "newly", "recently", "just":
	default:
		return false
	}
	switch ws[1] {
	case "named", "appointed", "elected", "installed", "chosen", "confirmed":
		return true
	}
	return false
}

// famTitleBeforePerson: "..., though chairman Sunil Bharti Mittal has spoken about
// it" - a bare title before a person, no organisation or possessive before
// it: the person holds it at the one company the sentence names, or, when
// the sentence names none, at the one company the previous sentence named.
// Two companies in reach decide nothing.
func (x *extractor) famTitleBeforePerson(c *clauses) {
	for j := 0; j+1 < len(c.us); j++ {
		u := c.us[j]
		if u.Kind != 'M' && u.Kind != 'N' || j > 0 && (c.us[j-1].Kind == 'E' || c.us[j-1].Kind == 'M' || c.us[j-1].Kind == 'N') {
			continue
		}
		rels, past := titleRels(u.words)
		if len(rels) == 0 || past || strings.HasPrefix(u.words, "the ") || strings.HasPrefix(u.words, "its ") || strings.HasPrefix(u.words, "their ") {
			continue
		}
		p := j + 1
		if c.us[p].Kind == 'E' && honorific(c.us[p].words) && p+1 < len(c.us) {
			p++ // "Chairman Prince Mohammed ..."
		}
		if c.us[p].Kind != 'E' || c.ents[c.us[p].ent].poss {
			continue
		}
		people := c.args(x, p)
		if len(people) != 1 || x.resolve(people[0], personTypes) == "" {
			continue
		}
		org, ok := x.bareTitleOrg(c)
		if !ok {
			continue
		}
		x.rule = "title.bare-before"
		for _, r := range rels {
			x.emitFact(c.s, r, people[0], org, "", 0.65, schema.Fact{})
		}
	}
}

// bareTitleOrg is the one company a bare title can be at: the sentence's
// only named company, else the previous sentence's only company.
func (x *extractor) bareTitleOrg(c *clauses) (arg, bool) {
	var found []arg
	for k, u := range c.us {
		if u.Kind != 'E' || c.isCountry(k) {
			continue
		}
		for _, a := range c.args(x, k) {
			if a.m != nil && a.m.Coref {
				continue // "it", "the company": what a name already stated
			}
			if s := x.resolve(a, companyTypes); s != "" {
				if !slices.ContainsFunc(found, func(f arg) bool { return x.resolve(f, companyTypes) == s }) {
					found = append(found, a) // "On the e& side, Group CEO P ... e& chairman Q": one company
				}
			} else if x.resolve(a, orgTypesAll) != "" {
				return arg{}, false // an alliance or an unknown organisation
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	if len(found) == 0 && len(x.prevOrgs) == 1 && x.typeOf(x.prevOrgs[0]) == schema.TypeCompany {
		return arg{slug: x.prevOrgs[0], text: "(" + x.nameOf(x.prevOrgs[0]) + ")"}, true
	}
	return arg{}, false
}
