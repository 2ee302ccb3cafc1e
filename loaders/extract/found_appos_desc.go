package extract

import "strings"

// Founding told by a participle after an apposed description that the
// mention layer read as a description of the name (round 22, helper
// z26org): "Lovable, the Swedish coding start-up founded in 2023,", and
// after a preposition's object when the apposition is headed by a company
// noun: "an investor in Rebellions, the AI chip designer founded in 2020",
// "put money into Upstage, a South Korean model maker founded in 2020".
// Both need the participle's date right after it: "At True, the operator
// formed by the merger of A and B" tells a merger, not a founding date.

// describingHead reports whether unit k is one description ("the Swedish
// coding start-up") headed by a company noun: a mention the coreference
// layer reads, not a name or a pronoun.
func (c *clauses) describingHead(k int) bool {
	if k < 0 || k >= len(c.us) || c.us[k].Kind != 'E' {
		return false
	}
	d := c.ents[c.us[k].ent]
	if d.poss || len(d.ms) != 1 || !c.s.ms[d.ms[0]].Coref {
		return false
	}
	w := c.us[k].words
	if !strings.HasPrefix(w, "the ") && !strings.HasPrefix(w, "a ") && !strings.HasPrefix(w, "an ") {
		return false
	}
	return orgHeadNouns[lastWord(w)]
}

// datedParticiple reports whether the participle at v is followed by a
// date: "founded in 2020", "set up last year", "launched on 3 May".
func (c *clauses) datedParticiple(v int) bool {
	n := v + 1
	if n < len(c.us) && c.us[n].Kind == 'P' && (c.us[n].Lemma == "in" || c.us[n].Lemma == "on") {
		n++
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' {
		return false
	}
	return temporal(c.us[n].words)
}

// copulaDescribedName is the subject of a copula whose indefinite
// predicate a dated founding participle describes: "KKR is a global
// investment firm founded in 1976", "STV is a venture firm launched in
// 2018" (writers d4 and x). It returns -1 when there is none.
func (c *clauses) copulaDescribedName(v int) int {
	if !c.datedParticiple(v) || v < 3 || !orgHeadNouns[c.us[v-1].Lemma] && !c.describingHead(v-1) {
		return -1
	}
	k := v - 1
	for k >= 0 && v-k <= 4 && (c.us[k].Kind == 'N' || c.us[k].Kind == 'M' || c.us[k].Kind == 'E' && (c.isCountry(k) || c.describingHead(k))) {
		k--
	}
	if k < 1 || c.us[k].Kind != 'V' || c.us[k].Lemma != "be" || c.us[k].Neg || c.us[k].Passive || !c.plainName(k-1) {
		return -1
	}
	first := c.us[k+1].words
	if !strings.HasPrefix(first, "a ") && !strings.HasPrefix(first, "an ") && first != "a" && first != "an" {
		return -1
	}
	return k - 1
}
