package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A predecessor in apposition (issue 13, misses of dev, dev2, dev3 and
// tune): "His predecessor, P, moved to the chair", "Ken Miyauchi, his
// predecessor, remains the company's chairman", "the alliances that his
// predecessor, P, spent two years assembling". P held, before him, the
// post the text gave "him": the chief executive's post if he holds one,
// else the chair. "He" is the nearest person before the apposition in
// the sentence, else the person who opened the previous sentence, else
// the person named last; his post is the last title the article stated
// for him (a former chief executive's predecessor held the post too),
// never an interim or acting one. Without such a title (a predecessor as
// head of a unit, as minister) nothing is said.

// famPredecessor reads "his predecessor, P" and "P, his predecessor".
func (x *extractor) famPredecessor(c *clauses) {
	for j := 0; j < len(c.us); j++ {
		u := c.us[j]
		if u.Kind != 'N' || u.Lemma != "predecessor" {
			continue
		}
		if u.words != "his predecessor" && u.words != "her predecessor" && u.words != "my predecessor" &&
			!(u.words == "predecessor" && j > 0 && (c.us[j-1].words == "his" || c.us[j-1].words == "her" || c.us[j-1].words == "my")) {
			continue
		}
		from := j // the first unit of "his predecessor"
		if u.words == "predecessor" {
			from = j - 1
		}
		p := -1
		asTitle := ""
		if j+3 < len(c.us) && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "as" && c.us[j+2].Kind == 'N' && hasTitle(c.us[j+2].words) && c.isPunct(j+3, ",") {
			asTitle = c.us[j+2].words // "His predecessor as chief executive, P," (round 41)
			j += 2
		}
		switch {
		case c.isPunct(j+1, ",") && c.person(x, j+2) >= 0:
			p = c.person(x, j+2) // "his predecessor, P"
		case from >= 2 && c.isPunct(from-1, ",") && c.person(x, from-2) == from-2:
			p = from - 2 // "P, his predecessor"
		}
		if p < 0 {
			continue
		}
		pa := c.args(x, p)
		if len(pa) != 1 {
			continue
		}
		ps := x.resolve(pa[0], personTypes)
		rel, org := x.heldPost(c, from, p, ps)
		if org == "" {
			continue
		}
		if asTitle != "" {
			if rels, _ := titleRels(asTitle); len(rels) != 1 || rels[0] != rel {
				continue // "his predecessor as chairman" of a chief executive: not the post his facts give
			}
		}
		x.rule = "title.predecessor"
		x.emitFact(c.s, rel, pa[0], arg{slug: org, text: "(" + x.nameOf(org) + ")"}, "former", 0.65, schema.Fact{})
	}
}

// heldPost is the post of the "he" of "his predecessor" at unit from: a
// chief executive's (else a chair's) relation and its organisation, or
// "" when the article stated none.
func (x *extractor) heldPost(c *clauses, from, p int, ps string) (schema.Relation, string) {
	var cands []string
	for k := from - 1; k >= 0; k-- {
		if k != p && c.us[k].Kind == 'E' && c.isPerson(x, k) {
			if as := c.args(x, k); len(as) == 1 {
				if s := x.resolve(as[0], personTypes); s != "" {
					cands = append(cands, s)
				}
			}
			break // the nearest person only
		}
	}
	cands = append(cands, x.subjPerson, x.lastPerson)
	for _, h := range cands {
		if h == "" || h == ps {
			continue
		}
		for _, rel := range []schema.Relation{schema.RelCEOOf, schema.RelChairmanOf} {
			for i := len(x.facts) - 1; i >= 0; i-- {
				f := x.facts[i]
				if f.Relation == rel && f.Subject.ID == h &&
					!strings.Contains(f.Evidence, "interim") && !strings.Contains(f.Evidence, "acting") {
					return rel, f.Object.ID
				}
			}
		}
		return "", "" // the nearest "he" has no post: no one else's is his
	}
	return "", ""
}
