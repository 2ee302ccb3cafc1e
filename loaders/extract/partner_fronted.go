package extract

// A partnership fronted before its clause: "In partnership with Dell
// Technologies, Tech Mahindra launched an AI lab", "In collaboration with
// B, A will build ...". The partner is the with-phrase's entity, the other
// party the subject of the main clause after the comma, which must be the
// active subject of its verb (a passive or a clause with no named subject
// says nothing of who worked with B). A planned, possible or former
// partnership is none.

// frontedPartnerNouns head a fronted with-phrase of partnership.
var frontedPartnerNouns = map[string]bool{"partnership": true, "collaboration": true, "cooperation": true, "association": true}

// famFrontedPartner reads the shape above at the start of a sentence.
func (x *extractor) famFrontedPartner(c *clauses) {
	if len(c.us) < 6 || c.us[0].Kind != 'P' || c.us[0].Lemma != "in" || c.us[1].Kind != 'N' || c.us[2].Kind != 'P' || c.us[2].Lemma != "with" {
		return
	}
	n := c.us[1]
	if !frontedPartnerNouns[n.Lemma] || n.hasMod(tentativeMods...) || hasAnyWord(n.words, tentativeMods) || n.hasMod("no", "not") {
		return
	}
	b := c.skipDescriptors(3)
	if b+1 >= len(c.us) || c.us[b].Kind != 'E' || c.ents[c.us[b].ent].poss || c.isPerson(x, b) {
		return
	}
	if e := c.ents[c.us[b].ent]; len(e.ms) == 2 && c.s.text[c.s.ms[e.ms[0]].End:c.s.ms[e.ms[1]].Start] == ", " {
		// "with B, A launched": the clause reader took "B, A" for a list
		v := c.frontedVerb(b + 1)
		if v < 0 || c.subject(v) != b || c.s.ms[e.ms[1]].Kind == 'P' || c.s.ms[e.ms[0]].Kind == 'P' {
			return
		}
		x.rule = "partner.fronted"
		x.partnerPairs(c, x.argOf(c.s, e.ms[1]), x.argOf(c.s, e.ms[0]), c.modText(b, v), 0.75)
		return
	}
	if b+3 >= len(c.us) || !c.isPunct(b+1, ",") {
		return
	}
	a := c.skipDescriptors(b + 2)
	if a+1 >= len(c.us) || c.us[a].Kind != 'E' || c.ents[c.us[a].ent].poss || c.isPerson(x, a) {
		return
	}
	v := c.frontedVerb(a + 1)
	if v < 0 || c.subject(v) != a {
		return
	}
	x.rule = "partner.fronted"
	x.partnerPairs(c, c.args(x, a), c.args(x, b), c.modText(a, v), 0.75)
}

// frontedVerb is the active, affirmative verb at v (over adverbs), or -1.
func (c *clauses) frontedVerb(v int) int {
	for v < len(c.us) && c.us[v].Kind == 'O' && c.us[v].tag == posAdv {
		v++
	}
	if v >= len(c.us) || c.us[v].Kind != 'V' || c.us[v].Passive || c.us[v].Neg {
		return -1
	}
	return v
}
