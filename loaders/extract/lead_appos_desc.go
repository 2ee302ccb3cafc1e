package extract

import "strings"

// A reduced "led by" relative on a longer description in apposition
// (helper z25lead, round 21): "Stargate, a US AI infrastructure project
// led by A", "the K-AI Alliance, a group of Korean AI start-ups
// spearheaded by A", "the Global Telco AI Alliance, the operator group led
// by domestic rival A". famLead reads the one-unit description ("X, the
// answer engine run by P"); here the description runs over a nationality,
// a descriptor mention or an "of" phrase, so the unit before the verb is
// no longer right after the comma. The led one is the name before the
// comma, and only when the description's head is a noun of a joint effort
// (an alliance, group, body, project, consortium, initiative, venture):
// "Helix, a Danish operator run by A" is ownership, not the lead of a
// group. The agent must be an organisation: a person heading a
// description is a title, read by the roles. The copula variant "X is a
// Nordic industry body led by A" states the same. Writers a5, c4, t, x
// (and d3's copula with a company noun, left).

// apposLedMaxUnits bounds the description between the comma and the verb.
const apposLedMaxUnits = 7

// apposDescLed returns the entity unit a description ending right before
// the participle at v stands in apposition to (or is predicated of by a
// copula), when the description's head is a joint-effort noun and the
// by-agent is an organisation.
func (x *extractor) apposDescLed(c *clauses, v int, ps []pp) (int, bool) {
	form := c.ts[c.us[v].Head].Form
	if form != formPast && form != formPart || v < 3 || len(ps) == 0 || ps[0].prep != "by" ||
		v+1 >= len(c.us) || c.us[v+1].Kind != 'P' || c.us[ps[0].at].Kind != 'E' || c.isPerson(x, ps[0].at) {
		return -1, false
	}
	if c.us[v-1].Kind != 'N' && (c.us[v-1].Kind != 'E' || !determined(c.us[v-1])) {
		return -1, false // a description the mentions read as a reference ("an industry group") is one too
	}
	head := v - 1
	j := v - 1
	for ; j >= 0 && v-j <= apposLedMaxUnits; j-- {
		u := c.us[j]
		if u.Kind == 'N' || u.Kind == 'M' || u.Kind == 'E' && !c.ents[u.ent].poss {
			if u.Kind == 'N' && j+2 < v && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "of" {
				head = j // "a group of Korean AI start-ups": the group
			}
			continue
		}
		if u.Kind == 'P' && u.Lemma == "of" {
			continue
		}
		break
	}
	if j < 1 || j+1 >= v || !apposLedNoun(headLemma(c.us[head])) || !determined(c.us[j+1]) {
		return -1, false
	}
	switch {
	case c.isPunct(j, ","):
		// "X, a ... project led by A"
	case c.us[j].Kind == 'V' && c.us[j].Lemma == "be" && !c.us[j].Neg:
		// "X is a ... body led by A"
	default:
		return -1, false
	}
	e := j - 1
	if c.us[e].Kind != 'E' || c.ents[c.us[e].ent].poss || c.isPerson(x, e) {
		return -1, false
	}
	if c.us[j].Kind == 'V' && c.subject(j) != e {
		return -1, false
	}
	return e, true
}

// apposLedNoun reports whether a description's head names a joint effort.
func apposLedNoun(lemma string) bool {
	return allianceNouns[lemma] || ledProjectNouns[lemma]
}

// headLemma is a description unit's head noun: a noun phrase's lemma,
// or the last word of a description read as a mention.
func headLemma(u unit) string {
	if u.Kind == 'N' {
		return u.Lemma
	}
	ws := strings.Fields(u.words)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// determined reports whether a description unit opens with an article:
// an apposition or a predicate noun, not a list's next item.
func determined(u unit) bool {
	if u.words == "a" || u.words == "an" || u.words == "the" {
		return true
	}
	for _, d := range []string{"a ", "an ", "the "} {
		if strings.HasPrefix(u.words, d) {
			return true
		}
	}
	return false
}
