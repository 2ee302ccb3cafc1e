package extract

import "strings"

// A joint venture agreed by a counted group the sentence does not name
// ("Four cable operators agreed on Tuesday to form a joint venture") waits
// for the next sentence: a subject list of exactly that many names is the
// group ("Liberty Global, Millicom, Telia and Orange signed the agreement in
// Madrid"), and they are the venture's partners.

// ruleVentureCounted is the rule name of the venture facts read so; their
// evidence names the partners, not the venture.
const ruleVentureCounted = "jointVenture.counted-named"

// pendingVenture is such a venture: how many partners were counted, the
// words its modality is read from, and the sentence that counted them.
type pendingVenture struct {
	n    int
	mod  string
	sent int
}

// famVentureCounted names the partners of the previous sentence's counted
// venture, then notes this sentence's own.
func (x *extractor) famVentureCounted(c *clauses) {
	if p := x.pendingJV; p != nil && p.sent != x.sentIdx {
		x.pendingJV = nil
		if x.sentIdx-p.sent == 1 {
			x.ventureCountedNamed(c, p)
		}
	}
	x.noteVentureCounted(c)
}

// noteVentureCounted: the sentence's first verb has a counted plural
// subject ("Five operators", "Five members of X") and its clause agrees,
// signs or plans to set up a joint venture the sentence names no partner
// of.
func (x *extractor) noteVentureCounted(c *clauses) {
	v := -1
	for i, u := range c.us {
		if u.Kind == 'V' {
			v = i
			break
		}
	}
	if v < 1 || c.us[v].Passive {
		return
	}
	j := x.countedSubject(c, v)
	if j < 0 {
		return
	}
	n := countOf(strings.ToLower(strings.Fields(c.us[j].words)[0]))
	if n < 2 {
		return
	}
	jv := -1
	for k := v + 1; k < len(c.us) && !c.boundary(k); k++ {
		if c.us[k].Kind == 'E' && !c.ents[c.us[k].ent].poss {
			return // a partner named in the clause: the ordinary rules read it
		}
		if ventureNoun(c.us[k]) {
			jv = k
			break
		}
	}
	if jv < 0 {
		return
	}
	founds := ventureFoundVerbs[c.us[v].Lemma]
	for k := v + 1; k < jv; k++ {
		if c.us[k].Kind == 'V' && ventureFoundVerbs[c.us[k].Lemma] {
			founds = true
		}
	}
	mod := agreedToRE.ReplaceAllString(c.text(v, jv-1), "")
	if _, drop := modalityOf(mod); drop || !founds || c.us[v].Neg {
		return
	}
	x.pendingJV = &pendingVenture{n: n, mod: mod, sent: x.sentIdx}
}

// countedSubject is the counted plural the verb at v takes as its subject,
// over an "of" or "from" phrase after it ("Five members of the alliance",
// "Three carriers from Asia and Europe"); -1 when there is none.
func (x *extractor) countedSubject(c *clauses, v int) int {
	for j := v - 1; j >= 0; j-- {
		u := c.us[j]
		if countedPlural(u) && countOf(strings.ToLower(strings.Fields(u.words)[0])) > 0 {
			return j
		}
		if c.boundary(j) || u.Kind == 'V' {
			return -1
		}
	}
	return -1
}

// ventureCountedNamed: the sentence's subject is a list of as many names
// as the pending venture counted; they are its partners.
func (x *extractor) ventureCountedNamed(c *clauses, p *pendingVenture) {
	for v, u := range c.us {
		if u.Kind != 'V' {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || u.Passive || u.Neg || len(c.ents[c.us[subj].ent].ms) != p.n {
			return
		}
		if _, drop := modalityOf(c.modText(subj, v)); drop {
			return
		}
		parts := c.args(x, subj)
		if len(parts) != p.n {
			return
		}
		x.rule = ruleVentureCounted
		x.jointVenture(c.s, parts, p.mod, "", "", "", 0.7)
		return
	}
}
