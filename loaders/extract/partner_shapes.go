package extract

import (
	"strings"
)

// Partnerships told by shapes the verb families do not reach (issue 13,
// helper x13x, on the partners drill):
//   - a partner noun with "of": "X, a long-standing partner of Y,", "X is a
//     partner of Y";
//   - two parties that announce a partnership noun described by no name
//     and with no with-phrase: "A and B unveiled an alliance to train ...".
// Near misses: a possible, proposed, planned or former partnership, a
// former partner, "partner of" after a person, three parties, a named
// alliance.

// tentativeMods make a partnership noun no partnership: it is talked
// about, not made.
var tentativeMods = []string{"planned", "plan", "proposed", "propose", "possible", "potential", "mooted", "moot", "rumoured", "rumored", "rumour",
	"failed", "fail", "former", "prospective", "would-be", "abandoned", "abandon"}

// famPartnerShapes reads the shapes above.
func (x *extractor) famPartnerShapes(c *clauses) {
	for j := range c.us {
		switch u := c.us[j]; {
		case u.Kind == 'N' && u.Lemma == "partner":
			x.partnerOf(c, j)
			x.partnerItsAppos(c, j) // partner_roles.go
		case u.Kind == 'V' && partnerNounVerbs[u.Lemma] && !u.Neg && !u.Passive:
			x.partnerAnnounced(c, j)
		}
	}
}

// hasAnyWord reports whether words holds one of ws as a word.
func hasAnyWord(words string, ws []string) bool {
	for _, w := range strings.Fields(words) {
		for _, x := range ws {
			if w == x {
				return true
			}
		}
	}
	return false
}

// partnerOf: "X, a long-standing partner of Y," and "X is a partner of
// Y": the holder before the comma or the copula, the partner after "of".
func (x *extractor) partnerOf(c *clauses, n int) {
	u := c.us[n]
	if n < 2 || n+2 >= len(c.us) || c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "of" && c.us[n+1].Lemma != "for" || u.hasMod(tentativeMods...) || u.hasMod("no", "not") {
		return
	}
	if u.hasMod("equity") {
		return // "an equity partner of Y" holds shares (invest_equity_party.go)
	}
	copula := c.us[n-1].Kind == 'V' && c.us[n-1].Lemma == "be"
	if c.us[n+1].Lemma == "for" && !copula {
		return // "X is a key partner for Y", not "X, a partner for growth"
	}
	if hasAnyWord(u.words, speculativeMods) {
		return // "X is the obvious partner for Y": a judgement, no partnership (partner_roles.go)
	}
	if hasAnyWord(strings.ToLower(c.text(max(0, n-1), n)), tentativeMods) {
		return // "a former partner of"
	}
	if w := u.words; !strings.HasPrefix(w, "a ") && !strings.HasPrefix(w, "an ") && !strings.HasPrefix(w, "the ") && !strings.HasPrefix(w, "partner") {
		return
	}
	y := c.skipDescriptors(n + 2)
	if y >= len(c.us) || c.us[y].Kind != 'E' || c.ents[c.us[y].ent].poss || c.isPerson(x, y) {
		return
	}
	h := -1
	switch {
	case c.isPunct(n-1, ",") && c.us[n-2].Kind == 'E' && !c.isPunct(n-3, ","):
		h = n - 2
	case c.us[n-1].Kind == 'V' && c.us[n-1].Lemma == "be" && !c.us[n-1].Neg && !c.us[n-1].Passive:
		if s := c.subject(n - 1); s >= 0 && s < n-1 {
			h = s
		}
	}
	if h < 0 || c.ents[c.us[h].ent].poss || c.isPerson(x, h) {
		return
	}
	x.rule = "partner.partner-of"
	x.partnerPairs(c, c.args(x, h), c.args(x, y), c.text(h, n), 0.7)
}

// partnerAnnounced: "A and B unveiled an alliance to train Arabic
// models": two named parties and a partnership noun that no name, "with"
// or "between" follows.
func (x *extractor) partnerAnnounced(c *clauses, v int) {
	o := v + 1
	if o >= len(c.us) {
		return
	}
	w := strings.Fields(c.us[o].words)
	if len(w) < 2 || w[0] != "a" && w[0] != "an" || !nominalPartnerNouns[w[len(w)-1]] || hasAnyWord(c.us[o].words, tentativeMods) {
		return
	}
	if k := o + 1; k < len(c.us) && !c.boundary(k) && !valuedAt(c, k) { // partner_relative_noun.go
		if c.us[k].Kind != 'P' || c.us[k].Lemma != "to" && c.us[k].Lemma != "on" && c.us[k].Lemma != "for" && c.us[k].Lemma != "in" {
			return // "with B", "between", ", the X Alliance", "called X"
		}
	}
	subj := c.subject(v)
	if subj < 0 || !x.namedParty(c, subj) {
		return
	}
	x.rule = "partner.announced"
	x.reciprocalPairs(c, c.args(x, subj), c.modText(subj, v), 0.7)
}
