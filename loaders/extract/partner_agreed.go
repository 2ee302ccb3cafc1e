package extract

import (
	"regexp"
	"strings"
)

// famAgreedWith: "agree with" a company to do something together, or
// "agree" a thing with it, makes the two partners (round 28, from the read
// splits' misses: "This month the US start-up agreed with Aramco Digital,
// the technology arm of the state oil producer, to build ... the world's
// largest inference data centre"; "in November it agreed a $3 billion
// campus with AirTrunk"). "Agreed with" alone is agreement with a view
// ("agreed with the regulator's finding"): an infinitive must follow the
// company. The agreed thing must be no person and no stake or purchase (a
// sale agreed with a buyer is no partnership).
func (x *extractor) famAgreedWith(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "agree" || u.Neg || u.Passive || v+2 >= len(c.us) {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		w := v + 1
		for w+1 < len(c.us) && (c.us[w].Kind == 'N' && (c.us[w].words == "a" || c.us[w].words == "an") || c.us[w].Kind == 'O' && (c.us[w].words == "$" || c.us[w].words == "€" || c.us[w].words == "£")) && c.us[w+1].Kind != 'P' {
			w++ // "agreed a $3 billion campus": the article and the amount's sign are units of their own
		}
		if c.us[w].Kind == 'N' {
			if agreedNotJoint(c.us[w].words) {
				continue
			}
			w++ // "agreed a $3 billion campus with"
		} else if !(c.us[w].Kind == 'P' && c.us[w].Lemma == "with") {
			continue
		}
		if w+1 >= len(c.us) || c.us[w].Kind != 'P' || c.us[w].Lemma != "with" {
			continue
		}
		k := c.skipDescriptorRun(w + 1)
		if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
			continue
		}
		if w == v+1 && !c.infinitiveAfter(k) {
			continue // "agreed with Ofcom's view"
		}
		if ventureAgreedRE.MatchString(c.s.text[c.ents[c.us[k].ent].end:]) {
			continue // "agreed with A, B and C to set up a joint venture": the venture family's
		}
		x.rule = "partner.agreed-with"
		x.partnerPairs(c, c.args(x, subj), x.withArgs(c, k), c.modText(subj, v), 0.7)
	}
}

// ventureAgreedRE is what a company agrees with others when it forms a
// venture or merges with them: the venture family's, not a partnership
// (dev15: "agreed with Bpifrance, Mistral AI and Nvidia to set up a joint
// venture", "agreed with Kuwait's Zain to combine their tower portfolios
// ... into a jointly owned company").
var ventureAgreedRE = regexp.MustCompile(`(?i)\b(?:joint(?:ly)?[ -]+(?:venture|owned|held|company)|venture|merge|merger|combine)\b`)

// agreedNotJoint reports whether what a company agreed is no joint work:
// a sale, a stake, a price, terms.
func agreedNotJoint(words string) bool {
	for _, w := range []string{"sale", "stake", "purchase", "acquisition", "takeover", "merger", "price", "terms", "settlement", "fine", "loan", "that", "to"} {
		if strings.Contains(" "+words+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// infinitiveAfter reports whether a "to" and a verb follow the company at
// unit k, past its apposition: "agreed with A, the technology arm of B,
// to build".
func (c *clauses) infinitiveAfter(k int) bool {
	appos := false
	for j := k + 1; j+1 < len(c.us) && !c.boundary(j); j++ {
		switch {
		case c.isPunct(j, ","):
			appos = !appos
		case c.us[j].Kind == 'P' && c.us[j].Lemma == "to" && c.us[j+1].Kind == 'V' && !appos:
			return true
		case c.us[j].Kind == 'V':
			return false
		}
	}
	return false
}

// signedPactRE is a signing or announcing verb, never a forming or
// launching one ("announced a partnership", round 29): three
// or four companies that "formed an alliance" or "launched a partnership"
// may have set up an organisation (the found family's), while three that
// "signed a capital and business alliance" are each other's partners.
var signedPactRE = regexp.MustCompile(`\b(?:signed|struck|sealed|inked|entered into|agreed|announced|unveiled)\b`)

// pactFoundsRE opens what an agreement sets up: "signed an agreement to
// set up the Open Edge Alliance" founds it (the found family's), a time
// between them too ("signed an agreement on Monday to set up").
var pactFoundsRE = regexp.MustCompile(`^\s*(?:(?:on|in|at|last|this|earlier|late) [\w-]+(?: \d{4})?,? )?(?:to|that will) (?:jointly )?(?:set up|form|create|launch|establish|found|build)\b`)

// signedPact reports whether a multi-party "A, B and C signed a <noun>"
// (match, the noun, and the text after the match) is a pact among them: a
// signing verb, no agreement to set something up, and an alliance only
// when it is a business, capital or strategic one.
func signedPact(match, noun, after string) bool {
	if !signedPactRE.MatchString(match) || pactFoundsRE.MatchString(after) {
		return false
	}
	if noun == "alliance" {
		return strings.Contains(match, "business") || strings.Contains(match, "capital") || strings.Contains(match, "strategic")
	}
	if noun == "memorandum of understanding" || noun == "mou" {
		// "SK Telecom, Deutsche Telekom, e& and Singtel signed a
		// memorandum of understanding": three or more signers of a
		// memorandum found a group, as the writers annotate it, not a
		// partnership of each pair (round 34, dev5 and dev21)
		return false
	}
	return true
}

// agreedWithRE ends the text before the parties of "A agreed with B, C and
// D to set up a joint venture": group 1 is A's marker.
var agreedWithRE = regexp.MustCompile(`(<[CVUAL]\d+>)(?:,[^<]{0,60}?,)?(?: [a-z]+){0,3}? (?:agreed|agrees|has agreed|had agreed) with (?:[a-z][\w-]* ){0,3}$`)

// agreedWithSubject is the marker of the company that agreed with the
// venture's other parties (match is where the venture rule's match starts
// in text), or "" (dev15: "In February ... it agreed with Bpifrance,
// Mistral AI and Nvidia to set up a joint venture": MGX is the fourth).
func agreedWithSubject(text, match string) string {
	i := strings.Index(text, match)
	if i <= 0 {
		return ""
	}
	if m := agreedWithRE.FindStringSubmatch(text[:i]); m != nil {
		return m[1]
	}
	return ""
}
