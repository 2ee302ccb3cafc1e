package extract

import "strings"

// Joint ventures told by a description of the venture (issue 13, helper
// z20part, the partners5 drill): the venture noun of "A formed the Dutch
// joint venture with B" carries a nationality the tagger makes an entity
// of its own, so the founding verb sits two or three units before the
// noun; and Asian and European wire copy calls the venture "a joint
// company" ("A and B agreed to set up a joint company", "combined their
// businesses to create the joint company"). Near misses
// (venture_desc_test.go): a nationality before a company noun with no
// "joint" ("formed the Dutch company with B" is no venture), one maker
// only, a negated verb.

// jointCompanyNoun reports whether noun phrase u is "a joint company" or
// "the joint company": a company noun right after "joint", or after "joint
// venture" ("a joint venture company", "a joint-venture firm").
func jointCompanyNoun(u unit) bool {
	if !jointCompanyHeads[u.Lemma] {
		return false
	}
	w := strings.ReplaceAll(u.words, "joint-venture", "joint venture")
	return strings.HasSuffix(w, "joint "+u.Lemma) || strings.HasSuffix(w, "joint venture "+u.Lemma)
}

// jointCompanyHeads are the company nouns a joint venture is named by.
var jointCompanyHeads = map[string]bool{"company": true, "firm": true, "vehicle": true, "entity": true}

// ventureVerbBefore is the unit that governs the venture noun at j across
// a determiner and a nationality between them ("formed the Dutch joint
// venture"): j-1 when no nationality stands there.
func (c *clauses) ventureVerbBefore(j int) int {
	v := j - 1
	if v >= 1 && c.us[v].Kind == 'E' && c.isCountry(v) && !c.ents[c.us[v].ent].poss {
		v--
		if v >= 1 && c.us[v].Kind == 'M' && (c.us[v].words == "the" || c.us[v].words == "a" || c.us[v].words == "an") {
			v--
		}
	}
	return v
}

// Owners told by a contact relative clause on the venture noun: "through
// a joint venture the two operators own in equal parts", "J, the fibre
// company it co-owns with B". The tagger leaves the venture noun as a
// modifier or a noun, the owners as an entity and "own" as a noun or a
// verb; ownership is joint when the verb is "co-own", the noun says
// "joint" or "venture", or "together", "jointly", "in equal parts" or a
// with-phrase follows. A pronoun owner that resolved to the venture itself
// ("J, the company it co-owns with B") stands for the sentence's subject.
// Near misses: one owner ("the unit it owns"), a negated verb, a noun
// that is no company or venture.

// contactVentureHeads are the nouns a venture is described by.
var contactVentureHeads = map[string]bool{"venture": true, "jv": true, "company": true, "business": true, "firm": true, "operator": true, "vehicle": true}

// famVentureContactOwners reads the shapes above.
func (x *extractor) famVentureContactOwners(c *clauses) {
	for j := 0; j+2 < len(c.us); j++ {
		u, k, o := c.us[j], j+1, j+2
		if u.Kind != 'M' && u.Kind != 'N' || !contactVentureHeads[u.Lemma] || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss || c.isPerson(x, k) || c.isCountry(k) {
			continue
		}
		if ov := c.us[o]; ov.Lemma != "own" && ov.Lemma != "co-own" || ov.Neg || ov.Passive {
			continue
		}
		joint := c.us[o].Lemma == "co-own" || strings.Contains(u.words, "joint") || u.Lemma == "venture" || u.Lemma == "jv"
		owners := c.args(x, k)
		after := o + 1
		if after+1 < len(c.us) && c.us[after].Kind == 'P' && c.us[after].Lemma == "with" && c.us[after+1].Kind == 'E' && !c.isPerson(x, after+1) {
			owners = append(owners, c.args(x, after+1)...)
			joint = true
		}
		if after < len(c.us) && (c.us[after].words == "together" || c.us[after].words == "jointly") ||
			after+1 < len(c.us) && c.us[after].Kind == 'P' && c.us[after].Lemma == "in" && strings.HasPrefix(c.us[after+1].words, "equal") {
			joint = true
		}
		if !joint {
			continue
		}
		name, parts := "", owners
		if j >= 2 && c.isPunct(j-1, ",") && c.us[j-2].Kind == 'E' && len(c.args(x, j-2)) == 1 {
			v := c.args(x, j-2)[0]
			name = "named " + c.text(j-2, j-2)
			if c.us[k].words == "it" {
				parts = append(x.sentenceSubjectArgs(c, j-2), owners[1:]...)
			}
			parts = x.otherThan(parts, v) // venture_makers.go
		}
		if len(parts) < 2 {
			continue
		}
		x.rule = "jointVenture.contact-owners"
		x.jointVenture(c.s, parts, c.text(0, o), name, "", "", 0.7)
	}
}

// sentenceSubjectArgs are the parties of the subject of the sentence's
// first verb before unit before, or none.
func (x *extractor) sentenceSubjectArgs(c *clauses, before int) []arg {
	for v := 0; v < before; v++ {
		if c.us[v].Kind == 'V' {
			if s := c.subject(v); s >= 0 && c.us[s].Kind == 'E' && !c.isPerson(x, s) {
				return c.args(x, s)
			}
			return nil
		}
	}
	return nil
}
