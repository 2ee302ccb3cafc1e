package extract

import (
	"github.com/telcograph/telcograph/schema"
)

// A handover told by the verb of taking over or handing over without a
// post noun (round 20), read across sentences like "P succeeds Q"
// (roles_succession.go):
//
//   - "P took over (in June) from Q", "P, who took over from Q last
//     year," and "P took over at X, succeeding Q": Q held before the one
//     title the article has given P (this sentence first, else the
//     sentences before); when P has none and Q has one, P holds Q's;
//   - "Q will hand over to P", "Q, its chief executive, who hands over to
//     P on April 1," and "Q retired and handed over to P": P takes the one
//     title the article gave Q.
//
// Several titles, none, or a successor who is no person state nothing;
// "took over as chief executive from Q" names its title and is
// takeOverAs's (roles_takeover.go).

// famTookOver reads both shapes on one sentence.
func (x *extractor) famTookOver(c *clauses) {
	for v := 1; v+1 < len(c.us); v++ {
		u := c.us[v]
		switch {
		case u.Kind == 'V' && !u.Neg && !u.Passive && (u.Lemma == "hand" || u.Lemma == "hand over"):
			x.handedOverTo(c, v)
		case (u.Kind == 'P' || u.Kind == 'V') && u.words == "from" && tookOver(c, v):
			x.tookOverFrom(c, v, c.person(x, v+1))
		case u.Kind == 'V' && successionLemmas[u.Lemma] && !u.Passive && c.ts[u.Head].Form == formIng:
			x.tookOverFrom(c, v, c.person(x, c.object(v)))
		}
	}
}

// handedOverTo: "Q hands over to P" with the verb at v.
func (x *extractor) handedOverTo(c *clauses, v int) {
	k := v + 1
	if c.us[v].Lemma == "hand" {
		if c.us[k].Kind != 'P' || c.us[k].words != "over" {
			return
		}
		k++
	}
	for k < len(c.us) && (c.us[k].Kind == 'P' && c.us[k].Lemma != "to" && k+1 < len(c.us) && c.us[k+1].Kind == 'N' && temporal(c.us[k+1].words)) {
		k += 2 // "handed over in May to P"
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "to" {
		return
	}
	p := c.person(x, k+1)
	q := c.successorHolder(x, v)
	if p != k+1 || q < 0 || c.ents[c.us[p].ent].poss {
		return
	}
	x.passTitle(c, q, p, func(f schema.Fact) bool { return true }, c.modText(q, v))
}

// tookOverFrom: the successor of the take-over verb before unit v and Q,
// the one it took over from.
func (x *extractor) tookOverFrom(c *clauses, v, q int) {
	if q < 0 || c.ents[c.us[q].ent].poss {
		return
	}
	t := -1
	for i := v - 1; i >= 0 && t < 0; i-- {
		if _, month := monthNames[c.us[i].words]; c.us[i].Kind == 'V' && !month {
			t = i
		}
	}
	if t < 0 || !(c.us[t].Lemma == "take" || c.us[t].Lemma == "take over") {
		return
	}
	p := c.successorHolder(x, t)
	if p < 0 || p == q {
		return
	}
	pa, qa := c.args(x, p), c.args(x, q)
	if len(pa) != 1 || len(qa) != 1 || pa[0].slug == "" || qa[0].slug == "" || pa[0].slug == qa[0].slug {
		return
	}
	now := func(f schema.Fact) bool { return f.Modality == "" }
	if held := x.heldTitles(pa[0].slug, now); len(held) == 1 {
		x.rule = "title.took-over-from"
		x.emitFact(c.s, held[0].rel, qa[0], arg{slug: held[0].org.ID, text: held[0].org.Text}, "former", 0.6, schema.Fact{})
		return
	} else if len(held) > 1 {
		return
	}
	if len(x.heldTitles(pa[0].slug, func(schema.Fact) bool { return true })) > 0 {
		return
	}
	x.passTitle(c, q, p, func(f schema.Fact) bool { return f.Modality != schema.Planned }, c.modText(p, t))
}

// successorHolder is passingHolder, and over "P, the chief executive of
// X, who hands over": the person a "who" before v describes, across an
// apposition that ends in an organisation.
func (c *clauses) successorHolder(x *extractor, v int) int {
	if s := c.passingHolder(x, v); s >= 0 {
		return s
	}
	if !c.relative(v-1) || c.us[v-1].words != "who" || !c.isPunct(v-2, ",") {
		return -1
	}
	for k := v - 3; k >= 0 && !c.boundary(k); k-- {
		if c.person(x, k) == k && c.isPunct(k+1, ",") {
			return k
		}
	}
	return -1
}
