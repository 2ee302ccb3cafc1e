package extract

import (
	"strings"
	"unicode"
)

// Joint ventures two owners hold (issue 13, helper z15rel, from the misses
// of dev and dev3): a plain verb of owning, sharing or running whose
// object is a noun phrase that itself says joint venture ("The two
// companies own a 50/50 joint venture, J, that builds ...", "A and B
// already share a joint venture, J", "A runs a joint venture with B").
// The venture noun says what the shared ownership is, where "A and B own
// J" alone does not (venture_coown.go leaves that to ownership). The
// owners are the verb's subject of two or more parties, or one party and
// a with-phrase after the venture noun (and its name). Near misses
// (venture_own_test.go): a negated verb, "no joint venture", a single
// owner with no with-phrase, talks about a joint venture (no such
// object).

// ventureHoldVerbs say that their subject holds or runs their object.
var ventureHoldVerbs = map[string]bool{
	"own": true, "share": true, "run": true, "operate": true, "have": true, "hold": true,
}

// famVentureOwn reads the shapes above.
func (x *extractor) famVentureOwn(c *clauses) {
	for v := 1; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || !ventureHoldVerbs[u.Lemma] || !ventureNoun(c.us[v+1]) || c.us[v+1].hasMod("no") {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) {
			continue
		}
		owners := x.subjectArgs(c, s) // partner_roles.go
		w, name := v+2, ""
		if c.isPunct(w, ",") {
			if e := x.ventureName(c, w+1, owners); e >= 0 {
				name, w = "named "+c.text(e, e), e+1 // "a joint venture, J,"
				if c.isPunct(w, ",") {
					w++
				}
			}
		}
		if w+1 < len(c.us) && c.us[w].Kind == 'P' && c.us[w].Lemma == "with" {
			if p := c.skipDescriptors(w + 1); p < len(c.us) && c.us[p].Kind == 'E' && !c.ents[c.us[p].ent].poss && !c.isPerson(x, p) {
				owners = append(owners, c.args(x, p)...)
			}
		}
		if len(owners) < 2 {
			continue
		}
		x.rule = "jointVenture.own"
		x.jointVenture(c.s, owners, c.modText(s, v), name, "", shareRE.FindString(c.us[v+1].words), 0.7)
	}
}

// ownsAfterSubject reports whether "own" or "share" at ts[i], before a determiner,
// follows a subject that is a name or a noun, over one adverb ("A and B
// own a", "The two companies already share a"): the verb, where "their
// own" and "Vodafone's own" are the adjective and "market share" a noun.
func ownsAfterSubject(ts []tagged, i int) bool {
	j := i - 1
	if j >= 1 && ts[j].Pos == posAdv {
		j--
	}
	return j >= 0 && (ts[j].Pos == posPropn || ts[j].Pos == posNoun) && !ts[j].Poss
}

// ownsAfterPronoun reports whether "own" at i follows a personal pronoun
// subject (an adverb may stand between): "We own 15% of Y", "They also
// own a stake" (round 24); "our own", "their own" are possessives.
func ownsAfterPronoun(ts []tagged, i int) bool {
	j := i - 1
	if j >= 1 && ts[j].Pos == posAdv {
		j--
	}
	return j >= 0 && (ts[j].Key == "we" || ts[j].Key == "they" || ts[j].Key == "i")
}

// ownAmountAfter reports whether a share follows "own" at i: a number or
// a percentage ("own 15% of Y"), or a word of approximation before one
// ("own about 15%"); "own half each" stays venture_own_relative.go's.
func ownAmountAfter(ts []tagged, i int) bool {
	if i+1 >= len(ts) {
		return false
	}
	n := ts[i+1]
	if n.Pos == posNum || strings.IndexFunc(n.Key, unicode.IsDigit) >= 0 {
		return true
	}
	switch n.Key {
	case "about", "around", "roughly", "nearly", "almost", "just", "over", "under":
		return true
	}
	return false
}
