package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A partner of an unnamed project (issue 13, helper z24part, from misses
// of writer e4 and the partners5 drill): "A is preparing to invest $700
// million in an AI factory, and B will be the technology partner of this
// project", "... at the launch of A's sovereign AI cloud. B is the
// technology partner for the project." The project has no name, so B is a
// partner of its owner: the one company other than B the sentence names
// before the copula's subject, else the one company the previous sentence
// named. Two candidates, a person or a negated, former or judged partner
// ("the obvious partner for the project") give nothing.

// projectNouns name an undertaking a company runs.
var projectNouns = map[string]bool{"project": true, "programme": true, "program": true, "scheme": true, "build-out": true, "rollout": true}

// famProjectPartner reads the shape above.
func (x *extractor) famProjectPartner(c *clauses) {
	for n := 2; n+2 < len(c.us); n++ {
		u := c.us[n]
		if u.Kind != 'N' || u.Lemma != "partner" || !partnerNounOK(u) || hasAnyWord(u.words, speculativeMods) || hasAnyWord(u.words, tentativeMods) {
			continue
		}
		if c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "of" && c.us[n+1].Lemma != "for" {
			continue
		}
		o := strings.Fields(c.us[n+2].words)
		if c.us[n+2].Kind != 'N' || len(o) != 2 || o[0] != "the" && o[0] != "this" || !projectNouns[o[1]] {
			continue
		}
		v := n - 1
		if c.us[v].Kind != 'V' || c.us[v].Lemma != "be" || c.us[v].Neg || c.us[v].Passive {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) {
			continue
		}
		bs := c.args(x, s)
		owner := x.projectOwner(c, s, bs)
		if owner == nil {
			continue
		}
		x.rule = "partner.project"
		x.partnerPairs(c, owner, bs, c.modText(s, v), 0.65)
	}
}

// projectOwner is the one company other than the partners bs that
// sentence c names before unit s, else the one company the previous
// sentence named; nil when there are two or none.
func (x *extractor) projectOwner(c *clauses, s int, bs []arg) []arg {
	partner := func(slug string) bool {
		return slug == "" || x.typeOf(slug) != schema.TypeCompany || slices.ContainsFunc(bs, func(b arg) bool { return b.slug == slug })
	}
	var found []arg
	for j := 0; j < s; j++ {
		if c.us[j].Kind != 'E' || c.isPerson(x, j) || c.isCountry(j) || j > 0 && c.us[j-1].Kind == 'P' && siteMarkers[c.us[j-1].Lemma] {
			continue // "a campus in Porto": a place
		}
		for _, a := range c.args(x, j) {
			if partner(a.slug) || found != nil && found[0].slug == a.slug {
				continue
			}
			if found != nil {
				return nil // two candidates
			}
			found = []arg{a}
		}
	}
	if found != nil {
		return found
	}
	for _, p := range x.prevOrgs {
		if partner(p) || found != nil && found[0].slug == p {
			continue
		}
		if found != nil {
			return nil
		}
		found = []arg{{slug: p, text: x.nameOf(p)}}
	}
	return found
}

// siteMarkers put a site after them: "a campus in Porto".
var siteMarkers = map[string]bool{"in": true, "at": true, "near": true, "across": true}
