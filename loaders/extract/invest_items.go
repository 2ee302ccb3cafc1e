package extract

import "strings"

// This file reads the items of a list of investors that one odd item
// breaks (helper x13z5, issue 13): in "Y counts Microsoft, Reid Hoffman's
// charitable foundation and Khosla Ventures among its investors" the
// mention layer's list ends at the possessive "Reid Hoffman's", and the
// item is the unnamed foundation, not Hoffman; Khosla Ventures after it is
// an item all the same. A possessive owner of the noun after it is no
// item, and every entity unit joined by "," or "and" after the odd item,
// up to the preposition that closes the list, is one. Only a named
// investee has its list read past the odd item: a pronoun or description
// that coreference took wrongly ("Besides PIF, it counts A and B among its
// shareholders", "it" read as PIF) would spread its error to every item.

// countedItems are the investors listed from entity unit obj up to unit
// last: obj's own items (without a possessive last one that owns the noun
// after it) and, when the investee subj is a name, the entity units joined
// after it.
func (c *clauses) countedItems(x *extractor, subj, obj, last int) []arg {
	out := c.args(x, obj)
	if ss := c.args(x, subj); len(ss) != 1 || ss[0].m == nil || ss[0].m.Coref && !strings.HasPrefix(strings.ToLower(ss[0].text), "the ") {
		return out // a pronoun's list stays its own; "The British group counts" is a name's
	}
	if obj+1 <= last && c.us[obj+1].Kind == 'N' && c.ents[c.us[obj].ent].poss && len(out) > 1 {
		ms := c.ents[c.us[obj].ent].ms
		drop := len(x.argOf(c.s, ms[len(ms)-1]))
		out = out[:len(out)-drop] // "Reid Hoffman's charitable foundation": the foundation, unnamed
	}
	for k := obj + 1; k <= last; k++ {
		if c.isPunct(k-1, ",") && (c.relative(k) || c.us[k].Kind == 'N' && c.us[k].Lemma != "and") {
			// "A, which disclosed a 4.92% stake in 2023, and B, the
			// investment vehicle of X, among": a relative clause or an
			// apposition between commas is no part of the list
			j := k + 1
			for j < last && !c.isPunct(j, ",") {
				j++
			}
			if j < last {
				k = j
				continue
			}
			// no closing comma: an odd item ("A, a large bank and B")
		}
		switch u := c.us[k]; {
		case u.Kind == 'N' || u.Kind == 'M' || c.isPunct(k, ",") || u.Kind == 'O' && u.words == "and":
		case u.Kind == 'E' && c.ents[u.ent].poss && k+1 <= last && c.us[k+1].Kind == 'N':
			// the owner of an odd item: "Lena Berg's charitable foundation"
		case u.Kind == 'E' && (c.isPunct(k-1, ",") || c.us[k-1].Kind == 'O' && c.us[k-1].words == "and") && !c.ents[u.ent].poss:
			out = append(out, c.args(x, k)...)
		default:
			return out // a verb or preposition: no list any more
		}
	}
	return out
}

// amongPastInserts is the noun after "among" that closes a list begun at
// entity unit obj across relative clauses and appositions between commas
// ("counts A, which disclosed a stake in 2023, and B, the vehicle of X,
// among its shareholders"), or -1 when the list has none or another verb
// ends it first.
func (c *clauses) amongPastInserts(obj int) int {
	inserted := false
	for k := obj + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
		switch u := c.us[k]; {
		case c.isPunct(k, ","):
			inserted = !inserted && (c.relative(k+1) || c.us[k+1].Kind == 'N')
		case u.Kind == 'P' && u.Lemma == "among" && !inserted && c.us[k+1].Kind == 'N':
			return k + 1
		case u.Kind == 'V' && !inserted:
			return -1
		}
	}
	return -1
}
