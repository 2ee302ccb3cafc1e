package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company that sets up, opens or runs something with named companies
// is their partner (round 27, dev15: "In September T-Mobile US set up an
// AI-RAN Innovation Center with Nvidia, Ericsson and Nokia", "it runs an
// AI-RAN Innovation Center with Nvidia, Ericsson and Nokia"). The corpus
// convention: a commitment one convener announces "with" a list of
// parties is partnerOf(convener, each party), with no alliance named. The
// thing made must be no organisation the register knows (an alliance the
// companies set up is the found family's; a joint venture the venture
// family's), the subject one company, the verb neither negated nor
// passive, and the parties no "customers" or "suppliers" ("with A as its
// first customer").

// madeWithVerbs set something up.
var madeWithVerbs = map[string]bool{
	"set up": true, "open": true, "launch": true, "establish": true, "run": true, "build": true, "create": true,
	"start": true, "form": true,
}

// madeWithNouns are the things a convener sets up with its parties.
var madeWithNouns = map[string]bool{
	"center": true, "centre": true, "lab": true, "laboratory": true, "hub": true, "testbed": true, "test-bed": true,
	"facility": true, "programme": true, "program": true, "initiative": true, "factory": true, "academy": true,
}

// famMadeWith reads the shape above.
func (x *extractor) famMadeWith(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || !madeWithVerbs[u.Lemma] || v+2 >= len(c.us) {
			continue
		}
		obj := v + 1
		for obj < len(c.us) && c.us[obj].Kind == 'M' {
			obj++ // "set up in 2024 an AI lab"
		}
		if obj >= len(c.us) || !x.madeThing(c, obj) {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' || c.ents[c.us[subj].ent].poss {
			continue
		}
		if ms := c.ents[c.us[subj].ent].ms; len(ms) == 1 && c.s.ms[ms[0]].Coref && kindPronouns[strings.ToLower(c.s.text[c.s.ms[ms[0]].Start:c.s.ms[ms[0]].End])] &&
			!reportedItRE.MatchString(c.s.text[:c.s.ms[ms[0]].Start]) { // "The carrier said it had formed X together with" names the reporter
			continue // "and it runs a lab with B": a pronoun's guess is no convener
		}
		conv := c.args(x, subj)
		if len(conv) != 1 || x.resolve(conv[0], orgTypesAll) == "" || x.typeOf(x.resolve(conv[0], orgTypesAll)) == schema.TypeAlliance {
			continue
		}
		w := obj + 1
		if w < len(c.us) && c.us[w].Kind == 'O' && (c.us[w].words == "together" || c.us[w].words == "jointly") {
			w++ // "formed an AI-RAN Innovation Center together with" (round 28, dev2)
		}
		if w+1 >= len(c.us) || c.us[w].Kind != 'P' || c.us[w].Lemma != "with" || c.us[w+1].Kind != 'E' || c.ents[c.us[w+1].ent].poss {
			continue
		}
		if w+2 < len(c.us) && c.us[w+2].Kind == 'P' && c.us[w+2].Lemma == "as" {
			continue // "with A as its first customer" ("as partners" is partner_with_as.go's)
		}
		parties := c.args(x, w+1)
		if len(parties) == 0 {
			continue
		}
		x.rule = "partner.made-with"
		x.partnerPairs(c, conv, parties, c.modText(subj, v), 0.65)
	}
}

// madeThing reports whether unit k is what a convener makes: a noun
// phrase headed by a madeWithNouns noun ("an AI lab"), or a name headed by
// one that the register does not know as an organisation ("an AI-RAN
// Innovation Center").
func (x *extractor) madeThing(c *clauses, k int) bool {
	u := c.us[k]
	switch u.Kind {
	case 'N':
		return madeWithNouns[u.Lemma]
	case 'E':
		ms := c.ents[u.ent].ms
		if len(ms) != 1 {
			return false
		}
		m := c.s.ms[ms[0]]
		if m.Coref || x.typeOf(m.Slug) == schema.TypeAlliance || x.typeOf(m.Slug) == schema.TypeJointVenture || x.typeOf(m.Slug) == schema.TypePerson || x.typeOf(m.Slug) == schema.TypeCountry {
			return false
		}
		t := c.s.text[m.Start:m.End]
		for i := len(t) - 1; i >= 0; i-- {
			if t[i] == ' ' {
				t = t[i+1:]
				break
			}
		}
		return madeWithNouns[strings.ToLower(t)]
	}
	return false
}
