package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Appointees listed after a colon (issue 13, helper z15list): "Oracle
// named two co-CEOs in her place: Clay Magouyrk, who built its cloud, and
// Mike Sicilia", "Acme appointed two chairs: A and B". The counted title
// is the post, the listed people hold it and the appointing subject is
// the organisation, as "Acme named P chief executive" reads
// (famAppointObject). The list must open with a person; a title of another
// kind ("two vice presidents"), a negated or passive verb, or a clause
// between the title and the colon state nothing.

// famNamedList reads "X named two co-CEOs: A and B".
func (x *extractor) famNamedList(c *clauses) {
	for v := 0; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || !appointObjectLemmas[u.Lemma] || c.us[v+1].Kind != 'N' {
			continue
		}
		n := v + 1
		words := strings.Fields(c.us[n].words)
		if len(words) > 1 && numberWords[words[0]] > 1 {
			words = words[1:] // "two co-CEOs"
		}
		rels, past := titleRels(strings.Join(words, " "))
		if len(rels) == 0 || past {
			continue
		}
		k := n + 1
		for k < len(c.us) && k-n <= 4 && (c.us[k].Kind == 'P' || c.us[k].Kind == 'N' && c.us[k].tag != posPropn) {
			k++ // "in her place", "for the first time"
		}
		if !c.isPunct(k, ":") || k+1 >= len(c.us) || c.us[k+1].Kind != 'E' {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.isPerson(x, s) || c.isCountry(s) {
			continue
		}
		owner := c.args(x, s)
		if len(owner) != 1 || x.resolve(owner[0], orgTypesAll) == "" {
			continue
		}
		people := x.listedPeople(c, k+1)
		x.rule = "title.named-list"
		for _, p := range people {
			for _, r := range rels {
				x.emitFact(c.s, r, p, owner[0], c.modText(s, v), 0.7, schema.Fact{})
			}
		}
	}
}

// listedPeople are the people listed from unit j on: the entity at j and
// each later one after "and" or a comma, across a relative clause on an
// item ("Clay Magouyrk, who built Oracle Cloud Infrastructure, and Mike
// Sicilia"). A first name that is no person ("two co-CEOs: Acme's
// cloud unit ...") makes it no list of appointees: nil; a later one is
// no item.
func (x *extractor) listedPeople(c *clauses, j int) []arg {
	var out []arg
	for ; j < len(c.us); j++ {
		if c.us[j].Kind != 'E' || len(out) > 0 && !c.isPunct(j-1, ",") && c.us[j-1].words != "and" {
			continue
		}
		for _, p := range c.args(x, j) {
			if x.resolve(p, []schema.EntityType{schema.TypePerson}) == "" {
				if len(out) == 0 {
					return nil
				}
				continue
			}
			out = append(out, p)
		}
	}
	return out
}
