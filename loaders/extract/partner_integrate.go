package extract

// A partner's product built into one's own (issue 13, helper x13z4):
// "SK Telecom has built Perplexity's answer engine into its assistant",
// "It is building Perplexity's answer engine into the assistant", "SAP
// will bring Aleph Alpha's models into its business applications". The
// verb's object is a possessive organisation's product and an "into"
// phrase follows it in the clause; the subject and the possessor are
// partners. Hardware built into a product (chips, modems, radios) is a
// purchase, not a partnership, and a negated or passive verb states
// nothing (partner_integrate_test.go).

// integrateVerbs put one party's product into another's.
var integrateVerbs = map[string]bool{
	"build": true, "integrate": true, "embed": true, "bake": true, "bring": true, "weave": true, "fold": true, "plug": true,
	"bundle": true,
}

// integratePrep is the preposition that names where the product goes:
// "into" for most verbs, "with" for "bundle" ("became the latest operator
// to bundle Perplexity's answer engine with its mobile plans", round 33,
// dev20).
func integratePrep(verb, prep string) bool {
	if verb == "bundle" {
		return prep == "with"
	}
	return prep == "into"
}

// hardwareNouns are parts a maker buys in, not a partner's service.
var hardwareNouns = map[string]bool{
	"chip": true, "chipset": true, "modem": true, "processor": true, "gpu": true, "radio": true, "antenna": true,
	"component": true, "server": true, "silicon": true, "sensor": true, "battery": true, "camera": true, "screen": true,
	"display": true, "memory": true, "part": true, "module": true, "board": true, "cable": true, "equipment": true,
	"hardware": true, "device": true, "unit": true, "card": true,
}

// famIntegrate reads the shape above.
func (x *extractor) famIntegrate(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || !integrateVerbs[u.Lemma] || v+3 >= len(c.us) {
			continue
		}
		o := v + 1
		if c.us[o].Kind != 'E' || !c.ents[c.us[o].ent].poss || len(c.ents[c.us[o].ent].ms) != 1 || c.isPerson(x, o) || c.isCountry(o) {
			continue
		}
		into, hw := -1, false
		for j := o + 1; j < len(c.us) && j <= o+4 && !c.boundary(j) && c.us[j].Kind != 'V'; j++ {
			if c.us[j].Kind == 'P' && integratePrep(u.Lemma, c.us[j].Lemma) {
				into = j
				break
			}
			if c.us[j].Kind == 'N' && (hardwareNouns[c.us[j].Lemma] || c.us[j].hasMod("chip", "hardware")) {
				hw = true
			}
		}
		if into < 0 || hw || into == o+1 {
			continue
		}
		s := c.topicSubject(v) // partner_roles.go
		if s < 0 || s >= v || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
			continue
		}
		x.rule = "partner.integrate"
		x.partnerPairs(c, c.args(x, s), c.args(x, o), c.modText(s, v), 0.65)
	}
}
