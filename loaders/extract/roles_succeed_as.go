package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A succession with the title after "as" (issue 13; dev, dev3), in the
// shapes famSucceedAs (roles_as_title.go) leaves: "P took
// over from Q as Nokia's president and CEO", "P replaced Q as Telenor's
// CEO in December", "P, its chief operating officer, takes over as chief
// executive on Nov. 1 from Q", "P succeeded Q as chief executive". The
// successor holds the title and the one succeeded held it before. The
// organisation is the possessive before the title or the "of" after it;
// without one, the "its" of the successor's apposition ("P, its chief
// operating officer,"), else the one company the article has already
// given the successor that title at. The clause ends at a comma, a
// semicolon or the next verb.

// famSucceedAsOwner runs the shape above on one sentence, where
// famSucceedAs (roles_as_title.go) does not read it: a taking over, a
// possessive owner after "as", a successor in apposition.
func (x *extractor) famSucceedAsOwner(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || c.ts[u.Head].Form == formIng {
			continue
		}
		takeOver := (u.Lemma == "take" || u.Lemma == "take over") && (u.Particle == "over" || c.us[v+1].words == "over")
		if !takeOver && !successionLemmas[u.Lemma] {
			continue
		}
		s, apposFrom := c.succeedingPerson(x, v)
		if s < 0 {
			continue
		}
		q, as := -1, -1
		for k := v + 1; k < len(c.us) && (!c.boundary(k) || abbrevStop(c, k)) && !c.isPunct(k, ",") && (k == v+1 || c.us[k].Kind != 'V'); k++ {
			switch {
			case c.us[k].Kind == 'P' && c.us[k].Lemma == "as" && as < 0:
				as = k
			case c.us[k].Kind == 'E' && q < 0 && c.isPerson(x, k) && (!takeOver || c.us[k-1].words == "from"):
				q = k
			}
		}
		if q < 0 || as < 0 {
			continue
		}
		org, title, ok := x.asTitle(c, as)
		if !ok || !takeOver && apposFrom < 0 && !(c.us[as+1].Kind == 'E' && c.ents[c.us[as+1].ent].poss) {
			continue // "P succeeded Q as CEO of X" is famSucceedAs's
		}
		rels, _ := chairTitle(normTitle(title))
		if len(rels) != 1 {
			continue // "as chairman and CEO": one may be new
		}
		if org.slug == "" && org.m == nil {
			if org, ok = x.successorOrg(c, s, apposFrom, v, rels[0]); !ok {
				continue
			}
		}
		sa, qa := c.args(x, s), c.args(x, q)
		if len(sa) != 1 || len(qa) != 1 || sa[0].slug == qa[0].slug {
			continue
		}
		x.rule = "title.succeed-as"
		x.emitFact(c.s, rels[0], sa[0], org, c.us[v].words, 0.7, schema.Fact{})
		x.emitFact(c.s, rels[0], qa[0], org, "former", 0.65, schema.Fact{})
	}
}

// succeedingPerson is the person subject of verb v, across an apposition
// between commas ("P, its chief operating officer, takes over"), and
// where that apposition starts (or -1).
func (c *clauses) succeedingPerson(x *extractor, v int) (int, int) {
	j, from := v-1, -1
	if j >= 2 && c.us[j].words == "who" && c.isPunct(j-1, ",") {
		j -= 2 // "P, who succeeded Q as X's chief executive," (roles_succeed_who_test.go)
	} else if c.isPunct(j, ",") {
		i := j - 1
		for i >= 0 && !c.isPunct(i, ",") && c.us[i].Kind != 'V' && !c.boundary(i) {
			i--
		}
		if i < 1 || !c.isPunct(i, ",") {
			return -1, -1
		}
		from, j = i+1, i-1
	}
	if j < 0 || c.us[j].Kind != 'E' || !c.isPerson(x, j) || c.ents[c.us[j].ent].poss {
		return -1, -1
	}
	return j, from
}

// asTitle reads the title after "as" at unit a: an organisation's
// possessive before it ("as Nokia's president and CEO") or "of X" after
// it. The organisation is empty when neither is there.
func (x *extractor) asTitle(c *clauses, a int) (arg, string, bool) {
	k := a + 1
	var org arg
	if k < len(c.us) && c.us[k].Kind == 'E' && c.ents[c.us[k].ent].poss && !c.isPerson(x, k) && !c.isCountry(k) {
		as := c.args(x, k)
		if len(as) != 1 {
			return arg{}, "", false
		}
		org = as[0]
		k++
	}
	var ws []string
	for ; k < len(c.us); k++ {
		u := c.us[k]
		if (u.Kind == 'N' || u.Kind == 'M') && allTitleWords(u.words) || u.Kind == 'O' && u.words == "and" && len(ws) > 0 {
			ws = append(ws, u.words)
			continue
		}
		break
	}
	if len(ws) == 0 {
		return arg{}, "", false
	}
	if org.m == nil && k+1 < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].Lemma == "of" || c.us[k].Lemma == "at") && c.us[k+1].Kind == 'E' &&
		!c.isPerson(x, k+1) && !c.isCountry(k+1) {
		as := c.args(x, k+1)
		if len(as) != 1 {
			return arg{}, "", false
		}
		org = as[0]
	}
	return org, strings.Join(ws, " "), true
}

// successorOrg is the organisation of a title given without one: the
// "its" of the successor's apposition, else the one organisation the
// article has already given the successor that title at.
func (x *extractor) successorOrg(c *clauses, s, apposFrom, v int, rel schema.Relation) (arg, bool) {
	if apposFrom >= 0 {
		for i := apposFrom; i < v; i++ {
			if c.us[i].Kind == 'E' && (c.us[i].words == "its" || c.us[i].words == "their") {
				if as := c.args(x, i); len(as) == 1 {
					return as[0], true
				}
			}
			if c.us[i].Kind == 'N' && strings.HasPrefix(c.us[i].words, "its ") {
				// "P, its finance chief,": the organisation named before P
				for j := s - 1; j >= 0; j-- {
					if c.us[j].Kind == 'E' && !c.isPerson(x, j) && !c.isCountry(j) {
						if as := c.args(x, j); len(as) == 1 {
							return as[0], true
						}
						break
					}
				}
			}
		}
		return arg{}, false
	}
	sa := c.args(x, s)
	if len(sa) != 1 {
		return arg{}, false
	}
	var org arg
	n := 0
	for _, f := range x.facts {
		if f.Subject.ID == sa[0].slug && f.Relation == rel && f.Modality == "" && f.Object.ID != org.slug {
			org, n = arg{slug: f.Object.ID, text: f.Object.Text}, n+1
		}
	}
	return org, n == 1
}

// abbrevStop reports whether unit k is the full stop of a month's
// abbreviation ("on Nov. 1 from Q"), which ends no clause.
func abbrevStop(c *clauses, k int) bool {
	if !c.isPunct(k, ".") || k == 0 {
		return false
	}
	_, month := monthNames[c.us[k-1].words]
	return month && len(c.us[k-1].words) <= 4
}
