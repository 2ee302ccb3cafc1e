package extract

import (
	"regexp"
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
// first customer"). The thing may stand before the convener, as the
// antecedent of a relative clause: "the AI-RAN Innovation Center that
// T-Mobile set up with Nvidia, Ericsson and Nokia", "the customer-care
// platform it is building with OpenAI" (round 29, dev16).

// madeWithVerbs set something up.
var madeWithVerbs = map[string]bool{
	"set up": true, "open": true, "launch": true, "establish": true, "run": true, "build": true, "create": true,
	"start": true, "form": true, "develop": true, "co-develop": true,
}

// madeWithNouns are the things a convener sets up with its parties.
var madeWithNouns = map[string]bool{
	"center": true, "centre": true, "lab": true, "laboratory": true, "hub": true, "testbed": true, "test-bed": true,
	"facility": true, "programme": true, "program": true, "initiative": true, "factory": true, "academy": true,
	"platform": true,
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
		subj := c.subject(v)
		relative := false
		if a, with := c.madeAntecedent(subj, obj); a >= 0 && x.madeThing(c, a) {
			obj = with - 1 // "the AI-RAN Innovation Center (that) T-Mobile set up last September with A" (round 29): "with" follows
			relative = true
		} else if obj >= len(c.us) || !x.madeThing(c, obj) {
			continue
		}
		if subj < 0 || c.us[subj].Kind != 'E' || c.ents[c.us[subj].ent].poss {
			continue
		}
		conv := c.args(x, subj)
		if ms := c.ents[c.us[subj].ent].ms; len(ms) == 1 && c.s.ms[ms[0]].Coref && kindPronouns[strings.ToLower(c.s.text[c.s.ms[ms[0]].Start:c.s.ms[ms[0]].End])] &&
			!reportedItRE.MatchString(c.s.text[:c.s.ms[ms[0]].Start]) { // "The carrier said it had formed X together with" names the reporter
			switch {
			case relative:
				// in a relative clause the pronoun is the sentence's first
				// company ("X talked up the centre it set up with A")
				first := x.firstCompany(c.s)
				if first == nil {
					continue
				}
				conv = []arg{{m: first, slug: first.Slug, text: first.Text}}
			case !opensAfterTime(c.s.text[:c.s.ms[ms[0]].Start]):
				continue // "and it runs a lab with B": a pronoun's guess is no convener
			}
			// "A year ago it set up an AI lab with A, B and C": a pronoun
			// opening the sentence continues the previous sentence's
			// subject (round 32)
		}
		if len(conv) != 1 || x.resolve(conv[0], orgTypesAll) == "" || x.typeOf(x.resolve(conv[0], orgTypesAll)) == schema.TypeAlliance {
			continue
		}
		if relative && x.madeIsNamed(c, obj, x.resolve(conv[0], orgTypesAll)) {
			continue // "IntentCX, the platform it is building with A": "it" is no name of the thing built
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
		if w+2 < len(c.us) && c.us[w+2].Kind == 'N' && !temporal(c.us[w+2].words) && c.us[w+2].Start == c.us[w+1].End+1 {
			continue // "with Ion Cloud equipment": the company modifies a noun
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
	case 'N', 'M':
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

// madeAntecedent is the antecedent of an object relative clause whose
// subject is unit subj and whose verb's object is missing (unit next,
// after the verb and its times, is "with"): "the AI-RAN Innovation Center
// (that) T-Mobile set up last September with", and the unit of "with". It
// returns -1, -1 otherwise.
func (c *clauses) madeAntecedent(subj, next int) (int, int) {
	for next < len(c.us) && c.us[next].Kind == 'N' && temporal(c.us[next].words) {
		next++ // "set up last September with"
	}
	if subj < 1 || next >= len(c.us) || c.us[next].Kind != 'P' || c.us[next].Lemma != "with" {
		return -1, -1
	}
	j := subj - 1
	if c.relative(j) && (c.us[j].words == "that" || c.us[j].words == "which") {
		j--
	}
	if j < 0 || c.us[j].Kind != 'N' && c.us[j].Kind != 'M' && c.us[j].Kind != 'E' {
		return -1, -1 // the chunker may read the noun as a modifier of the pronoun after it
	}
	return j, next
}

// madeIsNamed reports whether the thing a relative clause's antecedent
// describes, the name before its comma ("Beacon, the platform it is
// building with"), is slug: the convener resolved to the thing made.
func (x *extractor) madeIsNamed(c *clauses, with int, slug string) bool {
	k := with - 1
	for k >= 0 && c.us[k].Kind != 'O' {
		k--
	}
	for ; k >= 0; k-- {
		if c.isPunct(k, ",") && k > 0 && c.us[k-1].Kind == 'E' {
			for _, a := range c.args(x, k-1) {
				if x.resolve(a, orgTypesAll) == slug {
					return true
				}
			}
			return false
		}
	}
	return false
}

// firstCompany is the sentence's first registered company named by its
// name, or nil; a name headed by a made thing's noun is no maker.
func (x *extractor) firstCompany(s *sent) *mention {
	for i := range s.ms {
		if m := &s.ms[i]; m.Kind == 'C' && !m.Coref && m.Slug != "" && x.typeOf(m.Slug) == schema.TypeCompany && x.discovered[m.Slug] == nil {
			if w := strings.Fields(m.Text); len(w) > 0 && madeWithNouns[strings.ToLower(w[len(w)-1])] {
				continue // "the AI-RAN Innovation Center": a thing made, no maker
			}
			return m
		}
	}
	return nil
}

// opensAfterTime reports whether before, the text of a sentence before a
// word, is empty or a short time phrase ("A year ago", "Last year", "In
// 2024,").
func opensAfterTime(before string) bool {
	before = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(before), ","))
	if before == "" {
		return true
	}
	return openingTimeRE.MatchString(before)
}

// openingTimeRE is a short time phrase opening a sentence.
var openingTimeRE = regexp.MustCompile(`^(?:(?:A|One|Two|Three|Four|Five|Six) (?:year|month|week|decade)s? (?:ago|later|earlier)|(?:Last|This|Earlier this|Later that|That) (?:year|month|week|spring|summer|autumn|fall|winter|quarter)|(?:In|By|Since|Later in|Earlier in) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d|(?:In|By|Since) (?:January|February|March|April|May|June|July|August|September|October|November|December))$`)
