package extract

import "strings"

// Partnerships told through a partner programme, a launch partner the
// tagger cut, or an indefinite alliance noun (issue 13, helper z20part,
// the partners5 drill):
//   - "A joins B's partner programme", "A joined the B partner network":
//     a company that joins another's programme, ecosystem or network of
//     partners is that company's partner;
//   - "A is B's launch partner": the tagger reads "launch" (or another
//     one-word modifier) as a verb between the possessive and the partner
//     noun, so the possessive copula (partner_copula.go) is read across it;
//   - "B is also A's partner": an adverb between the copula and the
//     possessive (possPartnerVerb, partner_poss_named.go);
//   - "A has an alliance with B": an indefinite "an alliance" the
//     mentions layer read as a new, unnamed group is a partnership noun
//     after "have" (partnerNounAt, partner_roles.go).
// Near misses (partner_programme_test.go): a negated or tentative join
// ("plans to join", "did not join"), a programme with no partner word
// ("joined B's graduate programme"), a founding or charter partner (a
// membership tier), a possible alliance, a person as the joiner.

// partnerProgrammeHeads are the heads of a programme of partners.
var partnerProgrammeHeads = map[string]bool{
	"program": true, "programme": true, "ecosystem": true, "network": true, "scheme": true, "community": true, "initiative": true,
}

// partnerProgrammeAt reports whether the units from k on are a programme
// of partners: a noun (or an unknown capitalised name, "Cloud Partner
// Program") whose words hold "partner" and then a programme head, with
// at most a time after it, after at most one modifier ("AI").
func (c *clauses) partnerProgrammeAt(k int) bool {
	if k < len(c.us) && c.us[k].Kind == 'M' {
		k++
	}
	if k >= len(c.us) {
		return false
	}
	u := c.us[k]
	if u.Kind == 'E' {
		ms := c.ents[u.ent].ms
		if len(ms) != 1 || c.s.ms[ms[0]].Kind != 'U' {
			return false
		}
	} else if u.Kind != 'N' {
		return false
	}
	w := strings.Fields(u.words)
	partner := false
	for i, t := range w {
		switch {
		case t == "partner" || t == "partners" || t == "partnership":
			partner = true
		case partner && partnerProgrammeHeads[t] && (i+1 == len(w) || temporal(strings.Join(w[i+1:], " "))):
			// "partner programme this week": a time the chunker ran in
			return !hasAnyWord(u.words, []string{"founding", "charter"})
		}
	}
	return false
}

// famPartnerProgramme: "A joins B's partner programme", "A joined the B
// partner network".
func (x *extractor) famPartnerProgramme(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "join" || u.Neg || u.Passive || v+2 >= len(c.us) {
			continue
		}
		b := v + 1
		if c.us[b].Kind == 'M' && c.us[b].words == "the" {
			b++
		}
		if b+1 >= len(c.us) || c.us[b].Kind != 'E' || c.isPerson(x, b) || c.isCountry(b) || len(c.ents[c.us[b].ent].ms) != 1 {
			continue
		}
		if c.ents[c.us[b].ent].poss == (b > v+1) || !c.partnerProgrammeAt(b+1) {
			continue // "the B's" is no shape; "joined B partner network" needs "the"
		}
		s := c.subject(v)
		if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
			continue
		}
		x.rule = "partner.programme"
		x.partnerPairs(c, x.subjectArgs(c, s), c.args(x, b), c.modText(s, v), 0.7)
	}
}

// cutPartnerPossessor is the possessor of the partner noun at j when a
// one-word modifier the tagger read as a verb stands between them ("B's
// launch partner"), or -1.
func (c *clauses) cutPartnerPossessor(j int) int {
	m := j - 1
	if m < 1 || c.us[m].Kind != 'V' || c.us[m].To-c.us[m].From != 1 || c.us[m].Passive || c.us[m].Neg {
		return -1
	}
	if hasAnyWord(c.us[m].words, []string{"founding", "charter", "former", "previous", "old"}) || hasAnyWord(c.us[m].words, tentativeMods) {
		return -1
	}
	h := m - 1
	if c.us[h].Kind != 'E' || !c.ents[c.us[h].ent].poss || c.us[j].Kind != 'N' || c.us[j].Lemma != "partner" || !possPartnerNoun(c.us[j]) {
		return -1
	}
	return h
}

// placeholderPartnerNoun reports whether unit n is an indefinite
// partnership noun the mentions layer read as a new, unnamed group ("an
// alliance"), not tentative.
func (c *clauses) placeholderPartnerNoun(n int) bool {
	u := c.us[n]
	if u.Kind != 'E' || len(c.ents[u.ent].ms) != 1 {
		return false
	}
	m := c.s.ms[c.ents[u.ent].ms[0]]
	if !m.Coref || m.Poss || !strings.HasPrefix(m.Slug, "_new") {
		return false
	}
	w := strings.Fields(u.words)
	return len(w) >= 2 && (w[0] == "a" || w[0] == "an") && nominalPartnerNouns[w[len(w)-1]] &&
		!hasAnyWord(u.words, tentativeMods) && !hasAnyWord(u.words, speculativeMods)
}
