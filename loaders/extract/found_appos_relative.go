package extract

import "strings"

// A company or group founded in a relative clause on a description in
// apposition (helper z25lead, round 21): "Stargate, the joint venture that
// A, B and C set up in January 2025", "Avanade, the consulting business
// that A and B founded as a joint venture in 2000", "SB OpenAI Japan, a
// company the two groups set up in 2025" (a contact clause, no pronoun),
// "Oak Holdings, the vehicle it set up with A in 2022". famFoundCompany
// reads the relative right after the name ("Y, which A founded"); here a
// description stands between the comma and the relative, and the
// antecedent is still the name before the comma. Writers d5, e3, invest3,
// partners2, ventures2. A description headed by "venture" is left to the
// joint-venture family, as for a founding verb's object (companyOnly):
// writers b, h and coref2 annotate no founding there.

// apposRelMaxUnits bounds the description between the comma and the
// relative clause's subject.
const apposRelMaxUnits = 3

// apposRelativeAntecedent is the entity unit a founding relative clause
// at verb v describes through a description in apposition, or -1.
func (c *clauses) apposRelativeAntecedent(v int) int {
	s := v - 1
	if s < 3 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.subject(v) != s {
		return -1
	}
	d := c.personRunStart(s) - 1 // "the firm that P and Q set up" (round 40)
	if c.relative(d) {
		if w := c.us[d].words; w != "that" && w != "which" {
			return -1
		}
		d--
	}
	first := -1
	for j := d; j >= 0 && d-j < apposRelMaxUnits; j-- {
		u := c.us[j]
		if u.Kind != 'N' && u.Kind != 'M' && (u.Kind != 'E' || !determined(u)) {
			break
		}
		first = j
	}
	if first < 2 || !determined(c.us[first]) || !apposRelNoun(c, first, d) {
		return -1
	}
	if c.us[first-1].Kind == 'V' && c.us[first-1].Lemma == "be" && !c.us[first-1].Neg && c.us[first-2].Kind == 'E' && !c.ents[c.us[first-2].ent].poss {
		// "DTCP is the investment firm that Deutsche Telekom set up in
		// 2015": a copula's complement describes its subject as an
		// apposition does (round 34, dev21)
		return first - 2
	}
	if !c.isPunct(first-1, ",") {
		return -1
	}
	a := first - 2
	if c.us[a].Kind != 'E' || c.ents[c.us[a].ent].poss {
		return -1
	}
	return a
}

// apposRelNoun reports whether the description over units [from, to]
// ends in a noun for an organisation: "the joint venture", "a company",
// "the vehicle", "the consulting business".
func apposRelNoun(c *clauses, from, to int) bool {
	ws := strings.Fields(c.us[to].words)
	if len(ws) == 0 {
		return false
	}
	h := ws[len(ws)-1]
	if h == "venture" || h == "jv" {
		return false // "J, the joint venture A formed with B": the venture family's fact (companyOnly)
	}
	return companyNouns[h] || allianceNouns[h] || ledProjectNouns[h] || apposRelHeads[h]
}

// apposRelHeads are the organisation nouns of such descriptions that the
// company and group noun lists leave out.
var apposRelHeads = map[string]bool{"business": true, "vehicle": true, "unit": true, "subsidiary": true, "lab": true}
