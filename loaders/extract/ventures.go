package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads the ownership of a joint venture the way business news
// splits it: "A owns 70% of the new company. B holds the remaining 30%.",
// "The two companies will split the venture evenly", "A and B own Y on a
// 50:50 basis". Each owner invested in the venture (the gold convention);
// once a venture the register types as one has two owners, they are its
// partners. A venture referred to rather than named ("the new company",
// "the JV", "the venture") is the joint venture named last, within the
// last three sentences.

// ventureRefRE matches the noun phrases that refer back to a venture.
var ventureRefRE = regexp.MustCompile(`^(?:the|its|this) (?:new |joint )?(?:company|venture|jv|business|entity|vehicle)$`)

// evenSplitRE finds an even or stated split: "evenly", "equally", "on a
// 50:50 basis", "50-50".
var evenSplitRE = regexp.MustCompile(`(?i)\b(?:evenly|equally|down the middle|\d{1,2} ?[:/-] ?\d{1,2}(?: basis)?)\b`)

// shareUnit reports whether unit u states a share: "70%", "the remaining
// 30%", "a majority", "half".
func shareUnit(u unit) bool {
	if u.Kind != 'N' {
		return false
	}
	w := u.words
	return strings.Contains(w, "%") || strings.HasSuffix(w, " half") || w == "half" || strings.Contains(w, "majority") || strings.Contains(w, "the rest")
}

// ventureHere is the joint venture a reference in this sentence stands
// for: the last one named, within three sentences.
func (x *extractor) ventureHere(c *clauses) (arg, bool) {
	best, at := "", -1
	for _, m := range c.s.ms {
		if m.Slug != "" && x.typeOf(m.Slug) == schema.TypeJointVenture {
			return arg{slug: m.Slug, text: m.Text}, true
		}
	}
	for slug, i := range x.lastSeen {
		if x.typeOf(slug) == schema.TypeJointVenture && x.sentIdx-i <= 3 && (i > at || i == at && slug < best) {
			best, at = slug, i
		}
	}
	if best == "" {
		return arg{}, false
	}
	return arg{slug: best, text: "(" + x.nameOf(best) + ")"}, true
}

// ventureAt is the venture unit k names or refers to.
func (x *extractor) ventureAt(c *clauses, k int) (arg, bool) {
	if k < 0 || k >= len(c.us) {
		return arg{}, false
	}
	switch u := c.us[k]; {
	case u.Kind == 'E':
		as := c.args(x, k)
		if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
			return arg{}, false
		}
		if as[0].m != nil && as[0].m.Coref && ventureRefRE.MatchString(u.words) {
			return x.ventureHere(c)
		}
		return as[0], true
	case u.Kind == 'N' && ventureRefRE.MatchString(u.words):
		return x.ventureHere(c)
	}
	return arg{}, false
}

// ownersAt are the owners unit k names: a list, or "the two companies"
// for the pair the previous sentence named.
func (x *extractor) ownersAt(c *clauses, k int) []arg {
	if k < 0 {
		return nil
	}
	if c.us[k].Kind == 'E' {
		return c.args(x, k)
	}
	if w := c.us[k].words; c.us[k].Kind == 'N' && (w == "the two companies" || w == "the two firms" || w == "the two partners" || w == "the two groups") {
		var out []arg
		for _, s := range x.prevOrgs {
			if x.typeOf(s) == schema.TypeCompany && len(out) < 2 {
				out = append(out, arg{slug: s, text: w})
			}
		}
		if len(out) == 2 {
			return out
		}
	}
	return nil
}

// ownerSubject finds the subject of an owning verb where subject does
// not: over adverbs ("A and B already own"), a bare noun phrase ("The two
// companies will split"), and an apposition between commas ("A, a wholly
// owned subsidiary of B, owns 70% of").
func (c *clauses) ownerSubject(v int) int {
	k := v - 1
	for k >= 0 && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k--
	}
	if k < 0 {
		return -1
	}
	if c.us[k].Kind == 'E' || c.us[k].Kind == 'N' {
		return k
	}
	if !c.isPunct(k, ",") {
		return -1
	}
	for j := k - 1; j > 0; j-- {
		if c.boundary(j) {
			return -1
		}
		if c.isPunct(j, ",") {
			if c.us[j-1].Kind == 'E' {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// famOwnership reads the ownership splits of one sentence.
func (x *extractor) famOwnership(c *clauses) {
	for v, u := range c.us {
		own := u.Kind == 'V' && (u.Lemma == "own" || u.Lemma == "hold" || u.Lemma == "keep" || u.Lemma == "retain") && !u.Passive && !u.Neg ||
			u.Kind == 'M' && v > 0 && c.us[v-1].Kind != 'M' && (u.words == "own" || u.words == "owns" || strings.HasPrefix(u.words, "own ") || strings.HasPrefix(u.words, "owns ")) // "already own the"
		split := u.Kind == 'V' && u.Lemma == "split" && !u.Passive && !u.Neg
		if !own && !split {
			continue
		}
		subj := c.subject(v)
		if subj < 0 {
			subj = c.ownerSubject(v)
		}
		owners := x.ownersAt(c, subj)
		if len(owners) == 0 {
			continue
		}
		var venture arg
		ok := false
		rest := c.text(v, len(c.us)-1)
		switch o := v + 1; {
		case o < len(c.us) && shareUnit(c.us[o]) && !split:
			// "A owns 70% of the new company", "B holds the remaining 30%"
			if ps := c.pps(o + 1); len(ps) > 0 && ps[0].prep == "of" && ps[0].at == o+2 {
				// an owner's share of a named company is famStake's;
				// here only ventures, named or referred to
				venture, ok = x.ventureOf(c, c.skipDescriptors(o+2), owners)
				ok = ok && x.typeOf(x.resolve(venture, companyTypes)) == schema.TypeJointVenture
			} else if strings.Contains(c.us[o].words, "remaining") || strings.Contains(c.us[o].words, "the rest") || strings.Contains(c.us[o].words, "other") {
				venture, ok = x.ventureHere(c)
			}
		case o < len(c.us) && evenSplitRE.MatchString(rest) && len(owners) >= 2:
			// "split the venture evenly", "own Y on a 50:50 basis"
			venture, ok = x.ventureAt(c, c.skipDescriptors(o))
		}
		if !ok || x.failedVentures[x.resolve(venture, companyTypes)] {
			continue // coref_plural_near.go: a venture called off owns nothing
		}
		x.rule = "venture.ownership"
		mt := c.modText(subj, v)
		for _, a := range owners {
			x.emitFact(c.s, schema.RelInvestedIn, a, venture, mt, 0.75, schema.Fact{})
		}
		x.venturePartners(c.s, venture, mt)
	}
}

// venturePartners states the partners of a venture the register types as
// one, once two owners have been read.
func (x *extractor) venturePartners(s *sent, venture arg, modText string) {
	slug := x.resolve(venture, companyTypes)
	if slug == "" || x.typeOf(slug) != schema.TypeJointVenture {
		return
	}
	mod, drop := modalityOf(modText)
	if drop {
		return
	}
	if x.ventureTold(s, slug) { // venture_co_owners.go
		return // the partners were told already; owners may be their units
	}
	f := schema.Fact{Relation: schema.RelJointVenture, Modality: mod, Subject: x.mention(venture, slug)}
	seen := map[string]bool{}
	for _, e := range x.facts {
		if e.Relation == schema.RelInvestedIn && e.Object.ID == slug && e.Modality == mod && !seen[e.Subject.ID] {
			seen[e.Subject.ID] = true
			f.Partners = append(f.Partners, e.Subject)
		}
	}
	if len(f.Partners) < 2 {
		return
	}
	x.rule = "venture.owners"
	x.emit(s, f, 0.7)
}

// ventureOf is the venture unit k names or refers to; a pronoun that
// resolved to one of the owners ("A and B each own half of it") stands
// for the joint venture under discussion instead.
func (x *extractor) ventureOf(c *clauses, k int, owners []arg) (arg, bool) {
	v, ok := x.ventureAt(c, k)
	if !ok || c.us[k].Kind != 'E' || (c.us[k].words != "it" && c.us[k].words != "its") {
		return v, ok
	}
	slug := x.resolve(v, companyTypes)
	for _, o := range owners {
		if x.resolve(o, companyTypes) == slug {
			return x.ventureHere(c)
		}
	}
	return v, ok
}
