package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads two shapes of a handover (issue 13, the roles drill):
//
//   - "P takes over as the alliance's chairman from Q": P holds the title
//     of the possessor ("its", "the alliance's", "the group's"), Q held
//     it before;
//   - "P replaces Q, the outgoing chairman": the title the apposition
//     gives Q is P's now and Q's before, at the company the article is
//     about.
//
// A title of another kind ("takes over as head of sales"), a possessor
// that resolves to nothing, an object that is no person or an apposition
// without "outgoing", "departing" or "retiring" state nothing.

// outgoingWords mark an apposition's title as the one being handed over.
var outgoingWords = []string{"outgoing ", "departing ", "retiring "}

// famHandover runs the two shapes on one sentence.
func (x *extractor) famHandover(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg {
			continue
		}
		switch {
		case u.Lemma == "take" || u.Lemma == "take over":
			x.takeOverAs(c, v)
		case successionLemmas[u.Lemma]:
			x.replacesOutgoing(c, v)
		}
	}
}

// takeOverAs: "P takes over as the alliance's chairman from Q".
func (x *extractor) takeOverAs(c *clauses, v int) {
	k := v + 1
	if c.us[v].Lemma == "take" {
		if c.us[k].Kind != 'P' || c.us[k].words != "over" {
			return
		}
		k++
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "as" {
		return
	}
	n := k + 1
	var org arg
	var rels []schema.Relation
	past, ok := false, false
	switch {
	case c.us[n].Kind == 'N':
		m := possessorRE.FindStringSubmatch(c.us[n].words)
		if m == nil {
			return
		}
		rels, past = titleRels(strings.TrimSpace(c.us[n].words[len(m[0]):]))
		if len(rels) != 1 || past {
			return
		}
		org, ok = x.ownerOf(c, n, m[1]+m[2], rels[0])
	case c.us[n].Kind == 'E' && c.ents[c.us[n].ent].poss && n+1 < len(c.us) && c.us[n+1].Kind == 'N' &&
		!c.isPerson(x, n) && !c.isCountry(n):
		// "as the alliance's chairman": the possessor is a unit of its own
		rels, past = titleRels(c.us[n+1].words)
		if as := c.args(x, n); len(as) == 1 && as[0].slug != "" {
			org, ok = as[0], true
		}
		n++
	}
	if !ok || len(rels) != 1 || past {
		return
	}
	s := c.subject(v)
	if s < 0 && c.us[0].Kind == 'E' && c.isPunct(1, ",") && c.relative(2) && c.isPunct(v-1, ",") {
		s = 0 // "P, whose company is based in X, takes over as"
	}
	if s < 0 || c.person(x, s) != s {
		return
	}
	mod := c.modText(s, v)
	if _, drop := modalityOf(mod); drop {
		return
	}
	x.rule = "title.take-over-as"
	sa := c.args(x, s)
	if len(sa) != 1 {
		return
	}
	x.emitFact(c.s, rels[0], sa[0], org, mod, 0.65, schema.Fact{})
	if n+2 < len(c.us) && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "from" {
		if q := c.person(x, n+2); q >= 0 {
			if qa := c.args(x, q); len(qa) == 1 && qa[0].slug != sa[0].slug {
				x.emitFact(c.s, rels[0], qa[0], org, "former", 0.6, schema.Fact{})
			}
		}
	}
}

// replacesOutgoing: "P replaces Q, the outgoing chairman".
func (x *extractor) replacesOutgoing(c *clauses, v int) {
	if c.ts[c.us[v].Head].Form == formIng || c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to" {
		return
	}
	s := c.subject(v)
	if s < 0 || c.person(x, s) != s {
		return
	}
	q := c.person(x, c.object(v))
	if q < 0 || q == s || q+2 >= len(c.us) || !c.isPunct(q+1, ",") || c.us[q+2].Kind != 'N' {
		return
	}
	w := c.us[q+2].words
	w = strings.TrimPrefix(strings.TrimPrefix(w, "the "), "its ")
	cut := ""
	for _, o := range outgoingWords {
		if strings.HasPrefix(w, o) {
			cut = o
		}
	}
	if cut == "" {
		return
	}
	rels, past := titleRels(strings.TrimPrefix(w, cut))
	if len(rels) != 1 || past {
		return
	}
	if q+3 < len(c.us) && c.us[q+3].Kind == 'P' {
		return // "the outgoing chairman of X" is the title rules'
	}
	t := x.topicCompany()
	if t == "" {
		return
	}
	mod := c.modText(s, v)
	if _, drop := modalityOf(mod); drop {
		return
	}
	sa, qa := c.args(x, s), c.args(x, q)
	if len(sa) != 1 || len(qa) != 1 || sa[0].slug == "" || sa[0].slug == qa[0].slug {
		return
	}
	org := arg{slug: t, text: "(" + x.nameOf(t) + ")"}
	x.rule = "title.replaces-outgoing"
	x.emitFact(c.s, rels[0], sa[0], org, mod, 0.6, schema.Fact{})
	x.emitFact(c.s, rels[0], qa[0], org, "former", 0.6, schema.Fact{})
}
