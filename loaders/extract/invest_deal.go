package extract

// This file gives a purchase told through a deal its buyer (helper x13z5,
// issue 13): in "A signed a deal to acquire 55% of Y" and "A followed up
// in 2022 by signing a deal to acquire 55% of Y from Z" the infinitive has
// no subject of its own; the one who signs the deal (or, for a gerund
// after "by", the subject of the clause it completes) buys. A negated
// signing, a deal noun of another kind ("a deal to supply") keeps the
// verb's own reading, and a deal signed with a preposition in between
// ("signed a deal with B to acquire") is left unread: B might be the buyer.

// dealNouns are the nouns of an agreement whose infinitive tells the deal.
var dealNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "contract": true, "pact": true}

// dealSignVerbs are the verbs of making a deal.
var dealSignVerbs = map[string]bool{"sign": true, "reach": true, "strike": true, "ink": true, "agree": true, "enter": true}

// dealSubject is the subject of verb v, or, when v has none, the one who
// made the deal v tells ("A signed a deal to acquire"), or -1.
func (c *clauses) dealSubject(v int) int {
	if s := c.subject(v); s >= 0 {
		return s
	}
	n := v - 1
	if n >= 0 && c.us[n].Kind == 'P' && c.us[n].Lemma == "to" {
		n-- // "a deal to acquire": the "to" read as a preposition
	}
	if n < 1 || c.us[n].Kind != 'N' || !dealNouns[c.us[n].Lemma] {
		return -1
	}
	w := n - 1
	if c.us[w].Kind != 'V' || !dealSignVerbs[c.us[w].Lemma] || c.us[w].Neg || c.us[w].Passive {
		return -1
	}
	if s := c.subject(w); s >= 0 {
		return s
	}
	if w >= 1 && c.us[w-1].Kind == 'P' && c.us[w-1].Lemma == "by" {
		// "A followed up in 2022 by signing a deal to acquire"
		for k := w - 2; k >= 0 && !c.boundary(k); k-- {
			if c.us[k].Kind == 'V' {
				if c.us[k].Neg || c.us[k].Passive {
					return -1
				}
				return c.subject(k)
			}
		}
	}
	return -1
}
